import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/**
 * A letter's lists: a heading alone on its line ("Menu") over list lines is a section whose items are its facts, and a
 * sentence that ends in a colon says its facts in the list lines below it, which need not repeat the topic's words.
 */

const now = DateTime.fromISO('2027-10-01T10:00:00+02:00', { setZone: true });

const PARTY = draftKnowledge(
  [
    'Emne: Høstfest i Vestby Vandværk',
    '',
    'Kære kolleger',
    '',
    'Vi inviterer til høstfest fredag den 15. oktober 2027 kl. 18.00 i Vestby Forsamlingshus, Møllevej 3, 6000 Vestby.',
    '',
    'Vi har bestilt bus hjem to gange, så alle kan nå hjem:',
    '- kl. 22.15',
    '- kl. 23.45 (sidste bus)',
    'Bussen kører til Torvet.',
    '',
    'Menu',
    '- Græskarsuppe med brød',
    '- Kalvesteg med svampesauce',
    '- Æblekage med flødeskum',
    'Sig til ved tilmeldingen, hvis du har allergier.',
    '',
    'Tilmelding senest 5. oktober til Lise Bro, lise@vestby-vand.example',
    '',
    'Venlig hilsen',
    'Lise Bro',
  ].join('\n'),
  '2027-10-01',
  'hoestfest-vestby-vand',
);

describe('facts a letter gives as lists', () => {
  it('a "Menu" heading over a list is the food, asked in Danish and English', () => {
    const food = PARTY.event.practical?.food?.text;
    assert.match(JSON.stringify(food), /Kalvesteg/);
    for (const question of ['hvad er menuen', "what's on the menu", 'whats the menu?']) {
      const [text] = conversation(PARTY, now, question);
      assert.match(text!, /Kalvesteg/, question);
      assert.match(text!, /Æblekage/, question);
    }
  });

  it('a sentence ending in a colon keeps the list lines below it', () => {
    const transport = JSON.stringify(PARTY.event.practical?.transport?.text);
    assert.match(transport, /22\.15/);
    assert.match(transport, /23\.45/);
  });
});
