import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftOf } from '../helpers/drafts';
import { conversationAnswers, knowledgeOf } from '../helpers/knowledge';

/**
 * "when are we back in Vestby?", "when are we back from the walk?": coming back is answered by the sentence that
 * says it, never by the time the bus leaves or the meeting's start.
 */

const letter = draftOf([
  'Studietur til Nordby for Miljøudvalget',
  '',
  'Kære udvalg',
  '',
  'Miljøudvalget tager på studietur til Nordby torsdag den 9. september 2027 kl. 8.30-17.45 for at se byens nye regnvandsbassiner.',
  '',
  'Vi kører i bus fra Vestby. Bussen holder på pladsen foran rådhuset, Torvet 2, og kører præcis kl. 7.20. Forventet hjemkomst til rådhuset er ca. kl. 19.10.',
  '',
  'Venlig hilsen',
  'Karen Holm',
  'Udvalgssekretær',
]).event;

// A meeting whose walk is a part of the day: "from the walk" asks no start.
const walk = draftOf([
  'Netværksmøde for regnvandsfolk',
  '',
  'Kære netværk',
  '',
  'Vi mødes tirsdag den 14. september 2027 kl. 10.00-15.00 hos Vestby Forsyning, Åvej 3, 7100 Vestby.',
  '',
  'Efter frokost går vi en tur ned til bassinerne ved søen. Vi er tilbage ved 14.40 og slutter af med en kort drøftelse.',
  '',
  'Venlig hilsen',
  'Karen Holm',
]).event;

const now = DateTime.fromISO('2027-09-01T10:00:00+02:00', { setZone: true });
const answer = (question: string) => conversationAnswers(knowledgeOf(letter), now, question)[0]!;

describe('when we are back', () => {
  it('from the trip is the time of coming home, not of leaving', () => {
    for (const question of ['when are we back in vestby?', 'hvornår er vi tilbage i vestby']) {
      const reply = answer(question);
      assert.match(reply.text, /19\.10/, question);
      assert.doesNotMatch(reply.text, /7\.20/, question);
    }
  });

  it('from a part of the day is the sentence saying so', () => {
    const reply = conversationAnswers(knowledgeOf(walk), now, 'when are we back from the walk')[0]!;
    assert.match(reply.text, /14\.40/);
  });
});

// A day with a bus out in the morning and buses home, one of them a programme item.
const busDay = draftOf([
  'Personaledag for Vestby Skole',
  '',
  'Kære kolleger',
  '',
  'Personaledagen holdes fredag den 10. september 2027 kl. 9.00-16.00 på Nordby Kursuscenter, Skovvej 5, 7100 Nordby.',
  '',
  'Bussen kører fra skolens parkeringsplads kl. 7.50, så vær der i god tid.',
  '',
  'Hjem igen? Vi har bestilt bus hjem to gange, så alle kan være med:',
  '- kl. 16.30',
  '- kl. 23.15',
  '',
  'Program',
  '09.00 Velkomst',
  '12.00 Frokost',
  '18.00 Middag',
  '23.15 Bussen kører hjem',
  '',
  'Venlig hilsen',
  'Karen Holm',
]).event;

// Only the coming home is timed: the bus out has no time of its own in the letter.
const homeOnly = draftOf([
  'Sommertur for Vestby Pensionistforening',
  '',
  'Kære medlemmer',
  '',
  'Vi tager på sommertur torsdag den 16. september 2027 til Nordby Mølle.',
  '',
  'Bussen samler op ved rådhuset i Vestby. Forventet hjemkomst er ca. kl. 18.40 ved rådhuset, hvor bussen sætter af.',
  '',
  'Venlig hilsen',
  'Karen Holm',
]).event;

describe('the bus out and the bus home', () => {
  const ask = (event: typeof busDay, question: string) => conversationAnswers(knowledgeOf(event), now, question)[0]!.text;

  it('in the morning is the bus out, not the programme item of the bus home', () => {
    for (const question of ['what time is the bus in the morning', 'hvornår kører bussen om morgenen']) {
      const reply = ask(busDay, question);
      assert.match(reply, /7[.:]50/, question);
      assert.doesNotMatch(reply, /23[.:]15/, question);
    }
  });

  it('home is the sentence of the buses home, not the bus out', () => {
    for (const question of ['hvornår kører bussen hjem', 'hvornår kan man komme hjem', 'when is the last bus home']) {
      const reply = ask(busDay, question);
      assert.match(reply, /23[.:]15/, question);
      assert.doesNotMatch(reply, /7[.:]50/, question);
    }
  });

  it('the last one after the buses home is the same sentence', () => {
    const reply = conversationAnswers(knowledgeOf(busDay), now, 'hvornår kører bussen hjem', 'og den sidste?')[1]!.text;
    assert.match(reply, /23[.:]15/);
    assert.doesNotMatch(reply, /7[.:]50/);
  });

  it('leaving from a stop is not answered by the time of coming home', () => {
    for (const question of ['hvornår kører bussen fra rådhuset', 'when does the bus leave']) {
      assert.doesNotMatch(ask(homeOnly, question), /18[.:]40/, question);
    }
  });
});
