import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importLetter, renderDraft, type ImportResult } from '../../src/event/import';
import { parseEventText } from '../../src/event/load';
import type { MeetingEvent } from '../../src/event/model';

/** Letters of other shapes than the examples, written for these tests; each must give a valid draft. */
function imported(lines: string[], today = '2026-11-30'): { result: ImportResult; yaml: string; event: MeetingEvent } {
  const result = importLetter(lines.join('\n'), { today });
  const yaml = renderDraft(result.event, result.checks, { letter: 'letter.txt', file: `events/${result.event.id}.yaml`, generatedOn: today });
  return { result, yaml, event: parseEventText(yaml, 'letter.txt') };
}

describe('letters of other shapes', () => {
  it('two days at a conference hotel, with a programme for each day', () => {
    const { event, yaml } = imported(
      [
        'Internat for skoleledere 2027',
        '',
        'Torsdag den 22. april – fredag den 23. april 2027',
        'Hotel Vejlefjord, Oddervej 200, 7100 Vejle',
        '',
        'Program',
        '',
        'Torsdag den 22. april',
        '10.00 Ankomst og kaffe',
        '10.30 Velkomst v/ formand Karen Friis',
        '16.00 Tak for i dag',
        '',
        'Fredag den 23. april',
        '09.00 Oplæg v/ professor Ole Sand, Aarhus Universitet',
        '12.00 Frokost og afslutning',
      ],
      '2026-03-01',
    );
    // Written in March 2026 without a year before the range: the year after the range counts for both days.
    assert.deepEqual([event.start, event.end], ['2027-04-22T10:00', '2027-04-23T12:00']);
    assert.match(yaml, /# CHECK: the letter gives no time beside the date; the start is the programme’s first time\nstart:/);
    assert.match(yaml, /# CHECK: the letter gives no end time beside the date; the end is the programme’s closing item\nend:/);
    assert.deepEqual([event.venue.name?.da, event.venue.address?.line], ['Hotel Vejlefjord', 'Oddervej 200, 7100 Vejle']);
    assert.deepEqual(event.programme.map((item) => [item.date, item.start, item.end]), [
      ['2027-04-22', '10:00', '10:30'],
      ['2027-04-22', '10:30', '16:00'],
      ['2027-04-22', '16:00', undefined],
      ['2027-04-23', '09:00', '12:00'],
      ['2027-04-23', '12:00', undefined],
    ]);
    assert.equal(event.people.find((p) => p.name === 'Ole Sand')?.organisation?.da, 'Aarhus Universitet');
  });

  it('an e-mail with a box of facts, a bold title, and a date written short after it is written in full', () => {
    const { event, result } = imported([
      'Fra: Ældresagen Lokalafdeling Hobro <hobro@example.dk>',
      'Emne: Foredrag',
      '',
      '**Foredrag om demens og pårørende**',
      '',
      'Dato: onsdag den 6. oktober 2027',
      'Tid: kl. 14.00–16.00',
      'Sted: Medborgerhuset, Store Torv 3, 9500 Hobro',
      '',
      'Vi ses d. 6/10! Kaffe og kage koster 30 kr.',
      '',
      'Tilmelding er ikke nødvendigt at tilmelde sig – mød bare op.',
    ]);
    assert.equal(event.title.da, 'Foredrag om demens og pårørende');
    assert.deepEqual([event.start, event.end], ['2027-10-06T14:00', '2027-10-06T16:00']);
    assert.equal(event.letterDate, undefined);
    assert.deepEqual([event.venue.name?.da, event.venue.address?.line], ['Medborgerhuset', 'Store Torv 3, 9500 Hobro']);
    assert.deepEqual([event.sender?.name.da, event.sender?.email], ['Ældresagen Lokalafdeling Hobro', 'hobro@example.dk']);
    assert.deepEqual([event.practical.price?.amount, event.practical.price?.currency], [30, 'DKK']);
    assert.match(event.practical.food?.text.da ?? '', /Kaffe og kage/);
    assert.equal(event.registration?.required, false);
    assert.deepEqual(result.checks.filter((check) => check.path[0] === 'start'), []);
  });

  it('an English invitation to a hybrid meeting with organisers "in cooperation with", a fee and a Zoom link', () => {
    const { event } = imported([
      'Annual Members Meeting 2027',
      '',
      'The meeting is organised by the Danish Design Association in cooperation with Kolding Municipality.',
      '',
      'Date: Friday 14 May 2027, 13:00–16:30',
      'Venue: Design School Kolding, Ågade 10, 6000 Kolding',
      '',
      'You can also join online via Zoom: https://zoom.us/j/123456789. The meeting will be recorded.',
      '',
      'Fee: EUR 25 for non-members. Lunch is served from 12:00.',
      '',
      'Register by 30 April 2027 at designassociation.dk/members-meeting. Please state any dietary requirements when you register.',
      '',
      'Questions? Contact our secretary Ruth Mikkelsen at ruth@example.org or +45 12 34 56 78.',
    ]);
    assert.equal(event.language, 'en');
    assert.deepEqual([event.start, event.end], ['2027-05-14T13:00', '2027-05-14T16:30']);
    assert.deepEqual([event.venue.name?.en, event.venue.online], ['Design School Kolding', false]);
    assert.deepEqual(event.organisers.map((o) => o.name.en), ['Danish Design Association', 'Kolding Municipality']);
    assert.deepEqual([event.practical.online?.url, event.practical.online?.recording], ['https://zoom.us/j/123456789', true]);
    assert.deepEqual([event.practical.price?.amount, event.practical.price?.currency], [25, 'EUR']);
    assert.deepEqual([event.registration?.url, event.registration?.deadline], ['designassociation.dk/members-meeting', '2027-04-30T23:59']);
    const diet = event.registration?.fields.find((f) => f.kind === 'text');
    assert.equal(diet?.label?.en, 'Any dietary requirements');
    assert.equal(diet?.prompt?.en, 'Please state any dietary requirements when you register.');
    const contact = event.people.find((p) => p.roles.includes('contact'));
    assert.deepEqual([contact?.name, contact?.title?.en, contact?.email, contact?.phone], ['Ruth Mikkelsen', 'secretary', 'ruth@example.org', '+45 12 34 56 78']);
  });

  it('an addressee block at the top is no title, and a letter date at the top right is the letter’s', () => {
    const { event } = imported([
      'Til',
      'Bestyrelserne i idrætsforeningerne',
      '',
      'Vejle, 3. marts 2027',
      '',
      'Invitation til dialogmøde om haltider',
      '',
      'Vi inviterer jer til dialogmøde tirsdag den 13. april kl. 19-21 i Idrætshallen, Hallvej 1, 7100 Vejle.',
    ]);
    assert.equal(event.title.da, 'Dialogmøde om haltider');
    assert.equal(event.letterDate, '2027-03-03');
    assert.deepEqual([event.start, event.end], ['2027-04-13T19:00', '2027-04-13T21:00']);
    assert.match(event.audience?.da ?? '', /^Til: Bestyrelserne i idrætsforeningerne\. Vi inviterer jer til dialogmøde/);
  });
});
