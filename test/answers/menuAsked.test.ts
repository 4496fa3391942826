import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/** Letters written for these tests (made-up places): the dishes said apart from the sentence that names the meal. */
const MENU_LIST = `Sommerfest i Vejlby Vandværk

Festudvalget har drukket kaffe og spist kage og kan nu løfte sløret for årets sommerfest.

Festen er fredag den 11. juni 2027 kl. 17.00 i Vejlby Forsamlingshus, Møllevej 2, 8800 Vejlby.

MENUEN
Kokken serverer en klassisk aften:
- Laks med dildsovs
- Helstegt kalv med kartofler
- Is med jordbær

Tilmelding senest 1. juni til Else Borg, else@vejlby.example.`;

const PROGRAMME_MEAL = `Temadag for Nørbo Netværk

Temadagen er torsdag den 9. september 2027 på Hotel Fjordly, Strandgade 5, 6700 Nørbo. Og selvfølgelig en god middag om aftenen. Drikkevarer til middagen ud over vand er for egen regning.

Program:
10.00 Velkomst
12.00 Frokost
13.00 Oplæg om samarbejde
19.00 Middag (4 retter) i restauranten

Kaffen er gratis, og der er øl og vand til klubpris.

Tilmelding til Jonas Krog, jonas@norbo.example.`;

const OUTING = `Sommerudflugt til Tangholm

Seniorklubben Vestby tager på sommerudflugt torsdag den 17. juni 2027 kl. 8.00 fra Torvet i Vestby.

PRIS
Prisen er 375 kr. pr. person. Beløbet betales via MobilePay til Ole Friis senest 1. juni.

Tilmelding til Ole Friis, telefon 21 22 23 24.`;

const NOW = DateTime.fromISO('2027-05-20T10:00:00+02:00', { setZone: true });

describe('what is served', () => {
  it('quotes the menu the letter lists, not a sentence that only names eating', () => {
    const knowledge = draftKnowledge(MENU_LIST, '2027-05-01', 'menu-list');
    const [reply] = conversation(knowledge, NOW, 'hvad skal vi have at spise');
    assert.match(reply!, /Laks med dildsovs/);
  });

  it('answers the meal asked from its programme line, not from what the drinks cost', () => {
    const knowledge = draftKnowledge(PROGRAMME_MEAL, '2027-05-01', 'programme-meal');
    const [menu, eat] = conversation(knowledge, NOW, 'hvad står der på menuen til middagen', 'hvad er der at spise');
    assert.match(menu!, /4 retter/);
    assert.doesNotMatch(eat!, /klubpris/);
  });
});

describe('the price of the meeting by a word of its kind', () => {
  it('gives the price of "turen" when the letter is an outing', () => {
    const knowledge = draftKnowledge(OUTING, '2027-05-01', 'outing');
    const [reply] = conversation(knowledge, NOW, 'hvad koster turen');
    assert.match(reply!, /375/);
  });
});
