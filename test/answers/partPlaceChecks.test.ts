import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftKnowledge, conversation } from '../helpers/knowledge';

/**
 * Letters written for these tests (made-up places): a day out whose lunch, swim and trip are placed elsewhere than
 * where the day starts. A yes/no question whether a part of the day is at a place is held against the sentence that
 * places that part, never answered by the venue.
 */
const DANISH = `Sommertur for Vennekredsen Ørnebakke 2027

Kære medlemmer

Vi mødes torsdag den 10. juni 2027 kl. 8.30 ved Ørnebakke Forsamlingshus, Bakkevej 4, 6600 Ørnebakke, hvor bussen holder.

Program
Kl. 8.30 Afgang fra forsamlingshuset
Kl. 10.00 Rundvisning på Tjørnholm Hovedgård ved forvalteren
Kl. 12.00 Vi spiser frokost på Klintevig Kro, Strandvejen 9.
Kl. 14.00 Gåtur langs Mosesøen – tag evt. badetøj med, hvis du vil bade i Mosesøen.
Kl. 17.30 Hjemkomst

Prisen er 300 kr. pr. person. Tilmelding senest 1. juni til Grethe Lund, telefon 40 11 22 33.

Venlig hilsen
Grethe Lund`;

const ENGLISH = `Study visit to Fernhall 2027

Dear colleagues,

The study visit takes place on 9 September 2027 from 9:00 to 17:00. We meet at Brookside Civic Centre, 12 Mill Road, Brookside.

Programme
09:00 Welcome and coffee
10:00 Visit to the water works
12:30 Lunch at the Old Granary, 4 Quay Street
15:00 Walk through the park

The joint dinner is held at Restaurant Larkspur, 22 Harbour Lane, a short walk from the civic centre.
Rooms are reserved at Hotel Pinewood for the night.

Kind regards,
Edith Marlow`;

describe('a yes/no question whether a part of the day is at a place', () => {
  const danish = draftKnowledge(DANISH, '2027-05-01', 'sommertur-ornebakke-2027');
  const english = draftKnowledge(ENGLISH, '2027-08-01', 'study-visit-fernhall-2027');
  const daNow = DateTime.fromISO('2027-05-01T10:00:00+02:00');
  const enNow = DateTime.fromISO('2027-08-01T10:00:00+02:00');

  it('corrects a meal placed elsewhere from the sentence that places it, not the venue', () => {
    const [answer] = conversation(danish, daNow, 'er frokosten på tjørnholm hovedgård?');
    assert.match(answer!, /^Nej/);
    assert.match(answer!, /Klintevig Kro/);
    assert.doesNotMatch(answer!, /Forsamlingshus, Bakkevej/);
    const [lunch] = conversation(english, enNow, 'is lunch at the civic centre?');
    assert.match(lunch!, /^No/);
    assert.match(lunch!, /Old Granary/);
    const [dinner] = conversation(english, enNow, 'is the dinner at the hotel?');
    assert.match(dinner!, /^No/);
    assert.match(dinner!, /Larkspur/);
  });

  it('confirms a part placed where asked', () => {
    const [answer] = conversation(danish, daNow, 'er frokosten på klintevig kro?');
    assert.match(answer!, /^Ja/);
    assert.match(answer!, /Klintevig Kro/);
    const [dinner] = conversation(english, enNow, 'is the dinner at restaurant larkspur?');
    assert.match(dinner!, /^Yes/);
  });

  it('answers whether one can do something at a place by the sentence naming both', () => {
    const [answer] = conversation(danish, daNow, 'kan man bade i mosesøen');
    assert.match(answer!, /^Ja/);
    assert.match(answer!, /badetøj/);
    assert.doesNotMatch(answer!, /foregår på/);
  });

  it('does not read what the asker may do at a place as a part placed elsewhere', () => {
    // Lunch is placed by name in the programme; whether the asker may buy or eat one elsewhere the letter does not say.
    const [own] = conversation(danish, daNow, 'kan jeg købe frokost på tjørnholm hovedgård');
    assert.doesNotMatch(own!, /^Nej\b/);
    const [elsewhere] = conversation(english, enNow, 'can i buy lunch at the civic centre');
    assert.doesNotMatch(elsewhere!, /^No\b/);
  });
});
