import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftKnowledge, conversation } from '../helpers/knowledge';

/**
 * A letter written for these tests (made-up people and places): it names a hospital, a bus company, a boat and a
 * video service beside their kind's word, and gives a case number and a booking code after their labels.
 */
const LETTER = `Udflugt for personalet i Ortved Afdeling

Sagsnr.: 31/90412

Kære alle

Hermed inviteres til sommerudflugt for alle faggrupper på Birkeskov Sygehus torsdag den 17. juni 2027 kl. 8.00–17.00.

Vi kører i bus fra Nellerup Rejsebusser. Bussen holder på p-pladsen ved hovedindgangen, Lyngvej 4, 6990 Ortved.

Kl. 13.00 sejler vi en tur på søen med det lille motorskib M/S Hejren.

Kan du ikke deltage fysisk, kan du følge formiddagens oplæg online på Zoom.

Overnatning er ikke nødvendig, men vil du blive en nat, så ring til Hotel Vibehuset og oplys bookingkoden ORTVED27.

Tilmelding senest 1. juni til Gerda Malmkvist, gema@ortved.example.

Venlig hilsen
Gerda Malmkvist, sekretær`;

const knowledge = draftKnowledge(LETTER, '2027-05-01', 'ortved-udflugt');
const now = DateTime.fromISO('2027-05-03T10:00:00+02:00', { setZone: true });
const answer = (text: string) => conversation(knowledge, now, text)[0]!;

describe('which <kind> is it: the name or code the letter writes beside the kind', () => {
  for (const [question, name] of [
    ['which hospital is this', 'Birkeskov Sygehus'],
    ['hvilket sygehus er det', 'Birkeskov Sygehus'],
    ['hvilket busselskab er det', 'Nellerup Rejsebusser'],
    ['which bus company', 'Nellerup Rejsebusser'],
    ['whats the name of the boat', 'M/S Hejren'],
    ['hvad hedder skibet', 'M/S Hejren'],
    ['hvilken platform bruger de', 'Zoom'],
    ['is it on teams or zoom', 'Zoom'],
    ['case number?', '31/90412'],
    ['hvad er sagsnummeret', '31/90412'],
    ['whats the booking code for the hotel', 'ORTVED27'],
  ] as const)
    it(`${question} → ${name}`, () => {
      const text = answer(question);
      assert.ok(text.includes(name), `${question}: ${text}`);
    });

  it('names no other place of the letter for a kind it does not name', () => {
    for (const question of ['which restaurant is it', 'which band is playing']) {
      const text = answer(question);
      for (const other of ['Birkeskov', 'Nellerup', 'Hejren', 'Vibehuset', 'Lyngvej'])
        assert.ok(!text.includes(other), `${question}: ${text}`);
    }
  });
});
