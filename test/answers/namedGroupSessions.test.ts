import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { importLetter } from '../../src/event/import';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/** Two groups, each heading its own block with a group name in brackets and "Dato:", "Tid:", "Tilmelding senest:". */
const NAMED_GROUPS_DA = [
  'Fra: Lise Dam <ld@vestby.example>',
  'Til: Rengøring Øst; Rengøring Vest',
  'Emne: Kursus i sikker løfteteknik 2027 – Hold A og Hold B',
  '',
  'Kære alle i Rengøring Øst og Rengøring Vest',
  '',
  'Vi tilbyder alle et kursus i sikker løfteteknik. Kurset holdes to gange. Rengøring Øst er Hold A, og Rengøring Vest er Hold B.',
  '',
  'HOLD A (Rengøring Øst)',
  'Dato: mandag den 3. maj 2027',
  'Tid: kl. 9.00–14.00',
  'Tilmelding senest: fredag den 16. april',
  '',
  'HOLD B (Rengøring Vest)',
  'Dato: onsdag den 19. maj 2027',
  'Tid: kl. 9.00–14.00',
  'Tilmelding senest: fredag den 30. april',
  '',
  'Begge hold foregår i kantinen på Vestby Rådhus, Torvet 1, 6000 Vestby. Vi sørger for frokost og kaffe.',
  '',
  'Tilmelding: send en mail til mig på ld@vestby.example. Har du spørgsmål, kan du ringe på 70 11 22 33 (hverdage kl. 9–14).',
  '',
  'Venlig hilsen',
  'Lise Dam',
  'Arbejdsmiljøkonsulent',
].join('\n');

const now = DateTime.fromISO('2027-04-01T10:00:00+02:00', { setZone: true });
const knowledge = draftKnowledge(NAMED_GROUPS_DA, '2027-03-20', 'loefteteknik-hold');
const ask = (...turns: string[]): string[] => conversation(knowledge, now, ...turns);

describe('sessions of named groups ("HOLD A (Rengøring Øst)")', () => {
  it('are read as sessions with the group in the label, not as programme items', () => {
    const { event } = importLetter(NAMED_GROUPS_DA, { today: '2027-03-20' });
    assert.deepEqual(
      event.sessions?.map((session) => session.label),
      ['HOLD A (Rengøring Øst)', 'HOLD B (Rengøring Vest)'],
    );
    const titles = (event.programme ?? []).map((item) => item.title);
    assert.ok(!titles.some((title) => /HOLD|Tid:|ringe/i.test(title)), titles.join(' | '));
  });

  it('a group named by the other word ("team B") or by its name ("rengøring vest") is that session', () => {
    const [team] = ask('when is team B');
    assert.match(team!, /19 May/);
    assert.doesNotMatch(team!, /3 May/);
    const [which, then] = ask('which team is rengøring vest', 'and when is that one');
    assert.match(which!, /HOLD B/);
    assert.match(then!, /19 May/);
    assert.doesNotMatch(then!, /3 May/);
  });

  it('a deadline of one group is that group’s', () => {
    const [deadline] = ask('deadline for team A?');
    assert.match(deadline!, /16 April/);
    assert.doesNotMatch(deadline!, /30 April/);
    const [danish] = ask('hvornår er fristen for hold B');
    assert.match(danish!, /30\. april/);
  });

  it('"hvornår er der frokost" of a letter that gives no time says it does not say, with no time', () => {
    const [lunch] = ask('hvornår holder vi frokostpause');
    assert.doesNotMatch(lunch!, /\d{1,2}[.:]\d{2}/);
    assert.match(lunch!, /ikke/);
  });
});
