import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { importLetter } from '../../src/event/import';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/** The same meeting in three towns, a table row each (town, date, time, place), and a sign-up line per town. */
const TOWNS_DA = [
  '# Egnsforsyningen inviterer til borgermøde',
  '',
  'Kære borger',
  '',
  'Vi skifter målere i hele kommunen. Vi holder derfor det samme borgermøde tre steder, så du kan vælge det,',
  'der passer dig bedst:',
  '',
  '| By | Dato | Tid | Sted |',
  '|---|---|---|---|',
  '| **Nordvig** | mandag den 4. oktober 2027 | kl. 19.00–21.00 | Nordvig Kulturhus, Havnegade 2, 7100 Nordvig |',
  '| **Østerby** | torsdag den 14. oktober 2027 | kl. 19.00–21.00 | Østerby Skole, aulaen, Skolevej 9, 7200 Østerby |',
  '| **Vestrup** | tirsdag den 19. oktober 2027 | kl. 16.30–18.30 | Vestrup Hallen, Idrætsvej 4, 7300 Vestrup |',
  '',
  '## Tilmelding',
  '',
  'Tilmelding pr. by:',
  '',
  '- Nordvig: www.egnsforsyningen.dk/nordvig – senest fredag den 1. oktober',
  '- Østerby: www.egnsforsyningen.dk/oesterby – senest mandag den 11. oktober',
  '- Vestrup: www.egnsforsyningen.dk/vestrup – senest fredag den 15. oktober',
  '',
  'Mødet er gratis.',
  '',
  'Venlig hilsen',
  '',
  'Karen Holt',
  'Kundechef, Egnsforsyningen',
  'kh@egnsforsyningen.example',
].join('\n');

/** The same workshop in two cities, in English, with a "Venue" column. */
const CITIES_EN = [
  'Dear colleague,',
  '',
  'We run the same workshop in two cities; choose the one nearest you.',
  '',
  '| City | Date | Time | Venue |',
  '|---|---|---|---|',
  '| Lindholm | Tuesday 8 June 2027 | 10:00–15:00 | Harbour House, Kajgade 1, 9000 Lindholm |',
  '| Brekke | Thursday 17 June 2027 | 10:00–15:00 | Brekke Library, Torvet 5, 8000 Brekke |',
  '',
  'Register at www.workshops.example/register by 1 June.',
  '',
  'Best regards,',
  'Anna Berg',
  'anna@workshops.example',
].join('\n');

const now = DateTime.fromISO('2027-09-20T10:00:00+02:00', { setZone: true });

describe('a meeting held in several towns, a row of a table each', () => {
  it('imports a session per town, with its own place and sign-up deadline, and no place as a person', () => {
    const { event } = importLetter(TOWNS_DA, { today: '2027-09-20', id: 'towns-da' });
    assert.deepEqual(
      event.sessions?.map((s) => [s.label, s.start, s.deadline]),
      [
        ['Nordvig', '2027-10-04T19:00', '2027-10-01'],
        ['Østerby', '2027-10-14T19:00', '2027-10-11'],
        ['Vestrup', '2027-10-19T16:30', '2027-10-15'],
      ],
    );
    assert.match(JSON.stringify(event.sessions[2]!.venue), /Idrætsvej 4/);
    assert.ok(!(event.people ?? []).some((p) => /Kulturhus|Skole|Hallen/.test(p.name)));
  });

  it('answers when, where, which towns and the deadline of the town named, typed with or without æøå', () => {
    const knowledge = draftKnowledge(TOWNS_DA, '2027-09-20', 'towns-da');
    const [when] = conversation(knowledge, now, 'hvornår er mødet i osterby');
    assert.match(when!, /14\. oktober/);
    assert.doesNotMatch(when!, /(?<!\d)4\. oktober|19\. oktober/);
    const [where] = conversation(knowledge, now, 'where is the vestrup meeting');
    assert.match(where!, /Idrætsvej 4/);
    assert.doesNotMatch(where!, /Havnegade|Skolevej/);
    const [towns] = conversation(knowledge, now, 'hvilke byer holder i møder i');
    for (const town of ['Nordvig', 'Østerby', 'Vestrup']) assert.match(towns!, new RegExp(town));
    const [deadline] = conversation(knowledge, now, 'sign up deadline for vestrup?');
    assert.match(deadline ?? '', /15 October/);
  });

  it('keeps the town through a follow-up and across the clauses of one question', () => {
    const knowledge = draftKnowledge(TOWNS_DA, '2027-09-20', 'towns-da');
    const [, where] = conversation(knowledge, now, 'hvornår er der møde i nordvig', 'og hvor?');
    assert.match(where!, /Havnegade 2/);
    assert.doesNotMatch(where!, /Skolevej|Idrætsvej/);
    const [both] = conversation(knowledge, now, 'hvornår og hvor er mødet i vestrup');
    assert.match(both!, /19\. oktober/);
    assert.match(both!, /Idrætsvej 4/);
    assert.doesNotMatch(both!, /(?<!\d)4\. oktober|Havnegade/);
  });

  it('checks a weekday of the town named, not of any town', () => {
    const knowledge = draftKnowledge(TOWNS_DA, '2027-09-20', 'towns-da');
    const [no] = conversation(knowledge, now, 'er nordvig mødet torsdag');
    assert.match(no!, /^Nej/);
    assert.match(no!, /4\. oktober/);
    const [yes] = conversation(knowledge, now, 'er nordvig mødet mandag');
    assert.match(yes!, /^Ja/);
  });

  it('gives the sign-up of the town named, not another town’s', () => {
    const knowledge = draftKnowledge(TOWNS_DA, '2027-09-20', 'towns-da');
    const [how] = conversation(knowledge, now, 'hvordan tilmelder jeg mig i østerby');
    assert.match(how!, /egnsforsyningen\.dk\/oesterby/);
    assert.doesNotMatch(how!, /\/nordvig|\/vestrup/);
  });

  it('reads an English table of cities with a venue column', () => {
    const { event } = importLetter(CITIES_EN, { today: '2027-05-01', id: 'cities-en' });
    assert.deepEqual(
      event.sessions?.map((s) => [s.label, s.start]),
      [
        ['Lindholm', '2027-06-08T10:00'],
        ['Brekke', '2027-06-17T10:00'],
      ],
    );
    const knowledge = draftKnowledge(CITIES_EN, '2027-05-01', 'cities-en');
    const [where] = conversation(knowledge, DateTime.fromISO('2027-05-01T10:00:00+02:00', { setZone: true }), 'where is it in brekke');
    assert.match(where!, /Torvet 5/);
    assert.doesNotMatch(where!, /Kajgade/);
  });
});
