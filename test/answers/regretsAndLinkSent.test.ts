import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/**
 * Sending regrets and getting the link to join: "vi kan desværre ikke komme" is asked how to say so, answered by the
 * letter's sentence on it with the sign-up's number or link when that sentence only says "ring" or "samme link"; "when
 * do I get the link?" is the letter's sentence on sending the link, not the link or deadline to sign up.
 */

const now = DateTime.fromISO('2027-02-01T10:00:00+01:00', { setZone: true });

const CLUBS = draftKnowledge(
  [
    'Fordelingsmøde om baneture i Østerby',
    '',
    'Kære foreninger',
    '',
    'Østerby Kommune inviterer til fordelingsmøde tirsdag den 9. marts 2027 kl. 19.00-21.00 i Østerby Svømmecenter, Bakkevej 7, 6900 Østerby.',
    '',
    'Tilmelding på tlf. 61 23 45 67 senest d. 1/3. Kan jeres forening ikke deltage, så ring og giv besked – ellers fordeler vi banerne uden jeres ønsker.',
    '',
    'Venlig hilsen',
    'Ida Holst, fritidskonsulent',
  ].join('\n'),
  '2027-02-01',
  'fordelingsmoede-baner',
);

const WEBINAR = draftKnowledge(
  [
    'Webinar: Open data in small municipalities',
    '',
    'The Nordic Data Forum invites you to a webinar on Thursday 11 March 2027, 13:00-14:30, on Teams.',
    '',
    'Register at https://ndf.example.org/open-data by 5 March 2027.',
    '',
    'The Teams link will be e-mailed to everyone registered on Tuesday 9 March. If you have not received it by then, please check your spam folder.',
    '',
    'Meld afbud på samme link, hvis du bliver forhindret.',
    '',
    'Kind regards',
    'Petra Lund, coordinator, petra@ndf.example.org',
  ].join('\n'),
  '2027-02-01',
  'webinar-open-data',
);

describe('sending regrets', () => {
  for (const question of ['vi kan desværre ikke komme', 'jeg kan ikke komme, hvad skal jeg gøre']) {
    it(`"${question}": the letter's sentence, with the number it says to ring`, () => {
      const [reply] = conversation(CLUBS, now, question);
      assert.match(reply!, /ring og giv besked/);
      assert.match(reply!, /61 23 45 67/);
    });
  }

  it('"what if i cant make it": the sentence on cancelling, with the link it calls the same', () => {
    const [reply] = conversation(WEBINAR, now, "what if i can't make it");
    assert.match(reply!, /samme link/);
    assert.match(reply!, /ndf\.example\.org\/open-data/);
  });
});

const HYBRID = draftKnowledge(
  [
    'Temamøde om trafiksikkerhed',
    '',
    'Nordby Kommune inviterer til temamøde onsdag den 10. marts 2027 kl. 16.00-18.00 på Nordby Rådhus, Torvet 1, 7000 Nordby.',
    '',
    'Tilmelding til fremmøde senest 3. marts på nordby.example.dk/tema.',
    '',
    'Mødet streames også. Deltagelse via livestream kræver ikke tilmelding.',
    '',
    'Venlig hilsen',
    'Jens Bak, trafikplanlægger',
  ].join('\n'),
  '2027-02-01',
  'temamoede-trafik',
);

describe('a way of taking part that needs no sign-up', () => {
  it('"skal jeg tilmelde mig hvis jeg ser med via livestream": the sentence that it needs none', () => {
    const [reply] = conversation(HYBRID, now, 'skal jeg tilmelde mig hvis jeg ser med via livestream');
    assert.match(reply!, /kræver ikke tilmelding/);
  });

  it('"hvordan tilmelder jeg mig": the sign-up link', () => {
    const [reply] = conversation(HYBRID, now, 'hvordan tilmelder jeg mig');
    assert.match(reply!, /nordby\.example\.dk\/tema/);
  });
});

describe('a regret to a letter silent on regrets', () => {
  for (const question of ['vi kan desværre ikke komme', "i can't make it that afternoon"]) {
    it(`"${question}": what the letter offers those who cannot come`, () => {
      const [reply] = conversation(HYBRID, now, question);
      assert.match(reply!, /streames/);
    });
  }
});

describe('getting the link to join', () => {
  for (const question of ['when do i get the teams link', 'i signed up but havent got any link', 'hvornår får jeg linket']) {
    it(`"${question}": when the link is sent`, () => {
      const [reply] = conversation(WEBINAR, now, question);
      assert.match(reply!, /9 March/);
      assert.doesNotMatch(reply!, /5 March/);
    });
  }

  it('"link to sign up?" is still the sign-up link', () => {
    const [reply] = conversation(WEBINAR, now, 'link to sign up?');
    assert.match(reply!, /ndf\.example\.org\/open-data/);
  });
});
