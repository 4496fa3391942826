import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { importLetter } from '../../src/event/import';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/**
 * A made-up calendar invitation as Outlook writes it: a header of "Label: value" lines (one of them long), a Teams
 * block, then the organiser's note. Each header line is a field of its own, the room in "Placering" is the venue's
 * room, and the organiser named in "Arrangør" answers who called the meeting.
 */
const LETTER = `Emne: Arbejdsgruppe – Trafikplan for Nordby midtby
Tidspunkt: tirsdag 9. november 2027 09:00-11:00 (UTC+01:00) Bruxelles, København, Madrid, Paris.
Placering: Mødelokale 3.07 "Lyngen", Borgernes Hus, Torvet 4, 9990 Nordby; Microsoft Teams-møde
Arrangør: Pernille Aagaard Holm
Obligatoriske deltagere: Arbejdsgruppe Trafik; Ole Brandt
Valgfrie deltagere: Vej og Park – sekretariat

________________________________________________________________________________
Microsoft Teams-møde
Deltag på din computer, mobilapp eller rumenhed
Klik her for at deltage i mødet<https://teams.microsoft.com/l/meetup-join/19%3ameeting_fiktivTrafikAG9nov>
Møde-id: 512 300 771 204
Adgangskode: Hq3Zt9
Download Teams | Deltag på internettet
________________________________________________________________________________

Hej alle

Mødet er hybridt: vi sidder i 3.07, men I kan også deltage via Teams-linket ovenfor.

Vh Pernille

Pernille Aagaard Holm
Trafikplanlægger
Mobil: 20 30 40 50`;

describe('a calendar invitation header', () => {
  const draft = importLetter(LETTER, { today: '2027-11-01', id: 'trafik-ag' }).event;

  it('takes the room from the location field', () => {
    assert.match(JSON.stringify(draft.venue), /3\.07/);
    assert.match(JSON.stringify(draft.venue), /Torvet 4/);
  });

  it('answers where it is with the room, and who called the meeting', () => {
    const knowledge = draftKnowledge(LETTER, '2027-11-01', 'trafik-ag');
    const now = DateTime.fromISO('2027-11-02T10:00:00+01:00', { setZone: true });
    assert.match(conversation(knowledge, now, 'hvor er det henne')[0]!, /3\.07/);
    assert.match(conversation(knowledge, now, 'hvem har indkaldt')[0]!, /Pernille Aagaard Holm/);
  });
});
