import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { importLetter } from '../../src/event/import';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/**
 * A made-up letter whose venue is named in a chatty sentence with no "held at" ("we borrow Egely Kursusgård, …")
 * and whose only other address is where the bus leaves from: the meeting place is the first, not the pick-up place.
 */
const LETTER = `Til alle i Lagerafdelingen

INVITATION TIL TEMADAG
Onsdag d. 9/6-2027

Kære alle

Så er det tid til vores temadag, hvor vi lærer noget sammen. I år har vi fået lov at låne Egely Kursusgård, Skovbrynet 7, 9990 Egely, som ligger tæt ved skoven.

TRANSPORT
Vi kører samlet i bus fra firmaets parkeringsplads (ved porten, Fabriksvej 3, 9980 Nordby).
  Afgang:  kl. 07.30

PROGRAM
08.30  Ankomst og kaffe
09.00  Velkomst
15.00  Tak for i dag

Spørgsmål til Lise Vang, lv@lager.example

Venlig hilsen
Lise Vang`;

describe('a venue named in a sentence beside a bus pick-up address', () => {
  it('drafts the named place as the venue, not the pick-up place', () => {
    const venue = importLetter(LETTER, { today: '2027-05-01', id: 'egely' }).event.venue as Record<string, unknown>;
    assert.match(JSON.stringify(venue), /Skovbrynet 7/);
    assert.doesNotMatch(JSON.stringify(venue), /Fabriksvej/);
  });

  it('answers where it is and corrects a wrong town', () => {
    const knowledge = draftKnowledge(LETTER, '2027-05-01', 'egely');
    const now = DateTime.fromISO('2027-05-10T10:00:00+02:00', { setZone: true });
    const [where, wrongTown, address] = [
      conversation(knowledge, now, 'hvor er temadagen')[0]!,
      conversation(knowledge, now, 'er det i nordby?')[0]!,
      conversation(knowledge, now, 'adressen på kursusgården?')[0]!,
    ];
    assert.match(where, /Egely Kursusgård/);
    assert.match(wrongTown, /9990 Egely/);
    assert.match(address, /Skovbrynet 7/);
  });
});
