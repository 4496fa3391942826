import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import type { EventKnowledge } from '../../src/understanding/knowledge';
import { conversation as askInTurn, draftKnowledge } from '../helpers/knowledge';
import { SESSIONS_DA, SESSIONS_EN } from '../helpers/sessionLetters';

const danish = SESSIONS_DA.join('\n');

const english = SESSIONS_EN.join('\n');

const knowledgeOf = (letter: string): EventKnowledge => draftKnowledge(letter, '2027-06-01', 'sessions');

const now = DateTime.fromISO('2027-06-01T10:00:00+02:00', { setZone: true });

const conversation = (knowledge: EventKnowledge, ...turns: string[]) => askInTurn(knowledge, now, ...turns);

const cases = [
  {
    name: 'Danish',
    knowledge: knowledgeOf(danish),
    session: 'workshop b',
    host: 'Ole Brandt',
    room: 'Ask',
    other: 'Eg',
    first: 'workshop a',
  },
  {
    name: 'English',
    knowledge: knowledgeOf(english),
    session: 'session 2',
    host: 'Anna Berg',
    room: 'C2.16',
    other: 'C2.14',
    first: 'session 1',
  },
];

describe('parallel sessions with their own host and room', () => {
  for (const { name, knowledge, session, host, room, other, first } of cases) {
    it(`${name}: who hosts a session is its host`, () => {
      const [answer] = conversation(knowledge, `who hosts ${session}`);
      assert.match(answer!, new RegExp(host));
    });

    it(`${name}: which room a session is in is its own room, not the venue`, () => {
      for (const question of [`which room is ${session} in`, `hvilket lokale er ${session} i`, `where is ${session}`]) {
        const [answer] = conversation(knowledge, question);
        assert.match(answer!, new RegExp(`\\b${room.replace('.', '\\.')}\\b`), question);
        assert.doesNotMatch(answer!, /Rådhus|Harbour House/, question);
      }
    });

    it(`${name}: "is it in room X" is corrected from the session's own room`, () => {
      const [wrong] = conversation(knowledge, `is ${session} in room ${other}?`);
      assert.match(wrong!, /^No\b/);
      assert.match(wrong!, new RegExp(`\\b${room.replace('.', '\\.')}\\b`));
      const [right] = conversation(knowledge, `is ${session} in ${room}?`);
      assert.match(right!, /^Yes\b/);
    });

    it(`${name}: a follow-up asking the room of the session just talked about`, () => {
      const [, answer] = conversation(knowledge, `hvad handler ${first} om`, 'og hvilket lokale er den i');
      assert.match(answer!, new RegExp(`\\b${other.replace('.', '\\.')}\\b`));
    });

    it(`${name}: when the sessions are is the time of the item they fill`, () => {
      const [answer] = conversation(knowledge, name === 'Danish' ? 'hvornår er workshopsne' : 'when are the breakout sessions');
      assert.match(answer!, name === 'Danish' ? /11[.:]00–12[.:]30/ : /10:15–12:00/);
    });
  }

  it("the meeting's room is not the room of one of its sessions", () => {
    for (const { knowledge, room, other } of cases) {
      for (const question of ['hvilket lokale er mødet i', 'which room is the meeting in']) {
        const [answer] = conversation(knowledge, question);
        assert.doesNotMatch(answer!, new RegExp(`\\b(${room}|${other})\\b`.replace(/\./g, '\\.')), question);
      }
    }
  });
});

describe('a gathering the letter holds besides the meeting', () => {
  const agm = [
    'Subject: Notice of the Annual General Meeting 2027 – Thursday 9 September',
    '',
    'Dear members,',
    '',
    'The Board hereby gives notice of the Annual General Meeting (AGM) 2027.',
    '',
    'Date: Thursday 9 September 2027',
    'Time: 14.00–16.00',
    'Place: Harbour House, Kanalvej 14, 5000 Odense C',
    '',
    'AGENDA',
    '',
    '1. Election of a chair',
    '2. Annual report',
    '3. Any other business',
    '',
    'After the AGM, at 16.30, the Board invites all members to a reception in the Foyer of Harbour House.',
    '',
    'Kind regards',
    'Lena Dahl, secretary',
  ].join('\n');
  const generalforsamling = [
    'Indkaldelse til generalforsamling 2027',
    '',
    'Kære medlemmer',
    '',
    'Generalforsamlingen holdes torsdag den 9. september 2027 kl. 19.00–21.00 i Beboerhuset, Tranevej 12, 4293 Østerlund.',
    '',
    'Før generalforsamlingen holder vi et seminar om grønne fællesarealer kl. 17.00–18.30 i Mødesalen på Vestby Bibliotek.',
    '',
    'DAGSORDEN',
    '',
    '1. Valg af dirigent',
    '2. Bestyrelsens beretning',
    '3. Eventuelt',
    '',
    'Med venlig hilsen',
    'Mette Thy, formand',
  ].join('\n');

  it("when the reception or the seminar is: the sentence giving its time, not the meeting's time", () => {
    const [reception] = conversation(knowledgeOf(agm), 'when does the reception start');
    assert.match(reception!, /16[.:]30/);
    assert.doesNotMatch(reception!, /14[.:]00/);
    const [seminar] = conversation(knowledgeOf(generalforsamling), 'hvornår er seminaret');
    assert.match(seminar!, /17[.:]00/);
    assert.doesNotMatch(seminar!, /19[.:]00/);
  });

  it('where the reception or the seminar is: the sentence placing it, also as a follow-up to where the meeting is', () => {
    const [, reception] = conversation(knowledgeOf(agm), 'where is the agm held', 'and the reception?');
    assert.match(reception!, /Foyer/);
    const [seminar] = conversation(knowledgeOf(generalforsamling), 'hvor er seminaret');
    assert.match(seminar!, /Bibliotek/);
  });

  it('the meeting itself is still asked by its own name', () => {
    const [meeting] = conversation(knowledgeOf(generalforsamling), 'hvornår er generalforsamlingen');
    assert.match(meeting!, /19[.:]00/);
  });
});

describe('where an item starts, from what the letter says under it', () => {
  const danishTour = [
    'Åbent hus på Vestby Vandværk',
    '',
    'Lørdag den 2. oktober 2027 kl. 10.00–14.00, Vandværksvej 3, 6000 Vestby',
    '',
    'Kære borger',
    '',
    'Program',
    '',
    '10.00 Velkomst ved driftslederen',
    '10.30 Rundvisning på værket',
    '   Rundvisningen tager ca. 30 minutter og starter ved flagstangen ved porten.',
    '12.00 Frokost',
    '',
    'Med venlig hilsen',
    'Anne Kjær, Vestby Vand',
  ].join('\n');
  const englishTour = [
    'Open Day at the Harbour Lab',
    '',
    'Saturday 2 October 2027, 10:00–14:00, Harbour Lab, Kanalvej 14, 5000 Odense C',
    '',
    'Dear neighbours,',
    '',
    'PROGRAMME',
    '',
    '10:00 Welcome',
    '10:30 Guided tour of the lab',
    '   The guided tour takes about 30 minutes and starts at the blue container by the gate.',
    '12:00 Lunch',
    '',
    'Kind regards',
    'Lena Dahl, coordinator',
  ].join('\n');

  it('the sentence under the item that says where it starts, not the venue', () => {
    for (const [letter, question, place] of [
      [danishTour, 'hvor starter rundvisningen', /flagstangen/],
      [englishTour, 'where does the guided tour start', /blue container/],
    ] as const) {
      const [answer] = conversation(knowledgeOf(letter), question);
      assert.match(answer!, place, question);
    }
  });
});
