import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { conversation, draftKnowledge } from '../helpers/knowledge';

/**
 * "who takes the sign-ups?", "hvem samler ind?", "who do I call if I'm late?": the person the letter names for that
 * task, in the sentence that gives it, not the general contact; and "her number?" after it, that person's own detail.
 */

const now = DateTime.fromISO('2027-05-03T10:00:00+02:00', { setZone: true });

const TRIP = draftKnowledge(
  [
    'Forårsudflugt til Vestby Mølle',
    '',
    'Pensionistforeningen Nordstrand inviterer alle medlemmer på udflugt lørdag den 22. maj 2027 kl. 9.00–16.00.',
    '',
    'Vi kører i bus fra Nordstrand Kirke kl. 9.00. Tilmelding sker telefonisk til Ingeborg Fals på tlf. 61 72 83 94 senest fredag den 14. maj.',
    '',
    'På dagen kan buschauffør Ole Brask kontaktes på 52 63 74 85, hvis du bliver forsinket.',
    '',
    'Spørgsmål til turen kan sendes på forhånd til Ingeborg, så vi kan svare inden afgang. Spørgsmål om medlemskab kan sendes til medlem@nordstrand.example.',
    '',
    'Sig lige til Keld på sms 43 54 65 76, hvis du spiser med om aftenen.',
    '',
    'Venlig hilsen',
    'Svend Ørum, formand',
    'tlf. 29 38 47 56',
  ].join('\n'),
  '2027-05-03',
  'udflugt-vestby-moelle',
);

describe('the person for a task', () => {
  it('names who takes the sign-ups, and gives her number when asked after', () => {
    const [who, number] = conversation(TRIP, now, 'who takes the sign ups?', 'whats her number');
    assert.match(who!, /Ingeborg Fals/);
    assert.match(number!, /61 72 83 94/);
    assert.doesNotMatch(number!, /29 38 47 56/);
  });

  it('names whom to call when running late, not the general contact', () => {
    const answer = conversation(TRIP, now, 'if im running late on the day who do i call')[0]!;
    assert.match(answer, /52 63 74 85/);
    assert.doesNotMatch(answer, /29 38 47 56/);
  });

  it('names whom to tell about dinner', () => {
    const answer = conversation(TRIP, now, 'hvem skal jeg sige til hvis vi spiser med')[0]!;
    assert.match(answer, /Keld/);
    assert.match(answer, /43 54 65 76/);
  });

  it('names whom to send questions to, and her e-mail-less number from beside her full name', () => {
    const [who, number] = conversation(TRIP, now, 'hvor sender jeg spørgsmål til turen hen', 'hvad er nummeret?');
    assert.match(who!, /Ingeborg/);
    assert.match(number!, /61 72 83 94/);
  });
});

const FAREWELL = draftKnowledge(
  [
    'Farewell reception for Per Ulvsund',
    '',
    'After 25 years with us, Per Ulvsund is retiring, and we would like to say goodbye on Friday 18 June 2027 at 14:00 in the canteen, Havnevej 3, 6000 Vestby.',
    '',
    "We're collecting for a gift – MobilePay any amount to Rikke on 36 47 58 69 by Wednesday 16 June.",
    '',
    'Best wishes,',
    'The staff committee',
  ].join('\n'),
  '2027-05-03',
  'farewell-per',
);

describe('the person for a task across languages', () => {
  it('finds who collects of a Danish verb with its particle in an English letter, and the number after', () => {
    const [who, number] = conversation(FAREWELL, now, 'hvem samler ind', 'hvad er nummeret?');
    assert.match(who!, /Rikke/);
    assert.match(number!, /36 47 58 69/);
  });
});

const FORWARDED = draftKnowledge(
  [
    'Fra: Eskild Brun <kasserer@vestby-roklub.example>',
    'Sendt: 4. maj 2027 08:42',
    'Til: Bestyrelsen <bestyrelse@vestby-roklub.example>',
    'Emne: VS: Invitation til foreningsmøde om ny bådehal',
    '',
    'Hej alle, se nedenfor. Sig til mig senest fredag den 14. maj, hvis I vil med, så melder jeg os til samlet.',
    '',
    'Mvh Eskild',
    '',
    'Eskild Brun',
    'Kasserer, Vestby Roklub',
    'Mobil 27 38 49 50',
    '',
    '---------- Videresendt meddelelse ----------',
    'Fra: Fritid, Vestby Kommune <fritid@vestby.example>',
    'Dato: mandag den 3. maj 2027 kl. 13.05',
    'Emne: Invitation til foreningsmøde om ny bådehal',
    '',
    'Kære foreninger',
    '',
    'Vi inviterer til foreningsmøde om den nye bådehal onsdag den 26. maj 2027 kl. 19.00–21.00 på Vestby Rådhus, Torvet 1, 6000 Vestby.',
    '',
    'Spørgsmål kan rettes til foreningskonsulent Grete Mørch, gm@vestby.example, tlf. 61 50 40 30.',
    '',
    'Venlig hilsen',
    'Fritid, Vestby Kommune',
  ].join('\n'),
  '2027-05-03',
  'foreningsmoede-baadehal-fwd',
);

describe('the one who forwarded the invitation', () => {
  it('says who forwarded it, from the forwarding mail, not a speaker or the contact', () => {
    const answer = conversation(FORWARDED, now, 'who forwarded this')[0]!;
    assert.match(answer, /Eskild Brun/);
    assert.doesNotMatch(answer, /Grete Mørch/);
  });

  it('says when they sent it on, from the header', () => {
    assert.match(conversation(FORWARDED, now, 'when did eskild send this')[0]!, /4 May/);
  });

  it('says who they are, and their number after', () => {
    const [who, number] = conversation(FORWARDED, now, 'who is eskild', 'his number?');
    assert.match(who!, /Kasserer/);
    assert.match(number!, /27 38 49 50/);
    assert.doesNotMatch(number!, /61 50 40 30/);
  });

  it('gives the date their note asks to be told by', () => {
    assert.match(conversation(FORWARDED, now, 'hvornår skal jeg sige til eskild')[0]!, /14\. maj/);
  });
});
