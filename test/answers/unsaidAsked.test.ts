import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask } from '../../src/answers/ask';
import type { MeetingEvent } from '../../src/event/model';
import { EventKnowledge } from '../../src/understanding/knowledge';
import { draftOf } from '../helpers/drafts';

/**
 * What a question asks that a reply about the same thing does not give: a sum in another currency, that a thing is
 * free when only the meeting is said to be, a total when the letter gives a number per part, that a party the letter
 * names elsewhere is invited or takes part. Each is said as not stated (with whom to ask) — and answered with the fact
 * when the letter does say it.
 */

/** The letters around what each says of the things asked: heading, programme, sign-up and signature. */
const frame = {
  da: {
    before: [
      'Kursus i klimatilpasning',
      '',
      'Kære alle',
      '',
      'Vestby Kommune inviterer til kursus i klimatilpasning tirsdag den 14. september og onsdag den 15. september 2027 kl. 9.00–15.00 i Vestby Hallen, Skolevej 3, 9990 Vestby.',
      '',
      'Program',
      '9.00 Velkomst v/ Hanne Lund, formand for Teknisk Udvalg',
      '10.00 Regnvand i byen v/ Mads Holm, Holm Rådgivning',
      '12.00 Frokost',
      '',
    ],
    after: [
      '',
      'Tilmelding senest 1. september på www.vestby.example.dk/klima.',
      '',
      'Venlig hilsen',
      'Per Smed',
      'Projektleder, Vestby Kommune',
      'Tlf. 86 12 34 56',
    ],
  },
  en: {
    before: [
      'Course in flood defences',
      '',
      'Dear colleagues,',
      '',
      'Vestby Municipality invites you to a course in flood defences on Thursday 20 May and Friday 21 May 2027, 09:00–15:00 at Vestby Town Hall, Harbour Street 4, 9990 Vestby.',
      '',
      'Programme',
      '09:00 Welcome by Anna Berg, chair of the climate committee',
      '10:00 Pumps in practice by Mads Kjeldsen, Nordic Pumps',
      '12:00 Lunch',
      '',
    ],
    after: [
      '',
      'Register by 1 May at www.vestby.example.dk/flood.',
      '',
      'Kind regards',
      'Ole Smith',
      'Coordinator, Vestby Municipality',
      'Phone 86 98 76 54',
    ],
  },
};

const letter = (lang: 'da' | 'en', middle: string[]) => draftOf([...frame[lang].before, ...middle, ...frame[lang].after]).event;

/** Letters that speak of each thing without saying what is asked. */
const silent = {
  da: letter('da', [
    'Kurset er gratis for kommunens ansatte; andre betaler 450 kr. pr. dag. Der er plads til 25 deltagere pr. hold.',
    'Der serveres kaffe og frokost begge dage. Der er parkering bag hallen.',
    '',
    'Kurset er en del af et projekt, som Vestby Klimafond har betalt, og tegningerne er lavet af Nordby Entreprise.',
    'Frivillige i foreninger, der er medlem af Frivilligcenter Vestby, betaler halv pris.',
  ]),
  en: letter('en', [
    'The course is free for municipal staff; others pay DKK 900 per day. There is room for 30 participants per group.',
    'Coffee and lunch are served on both days. There is parking behind the town hall.',
    '',
    'The course is part of a project paid for by the Vestby Climate Fund, and the drawings were made by Harbour Engineering.',
  ]),
};

/** The same letters saying it: the sum in euro, what is free, the total, who takes part. */
const saying = {
  da: letter('da', [
    'Kurset koster 900 kr. i alt for begge dage (120 euro). Der er plads til 60 deltagere i alt.',
    'Kaffen er gratis. Parkering er gratis bag hallen.',
    '',
    'Nordby Entreprise deltager og fortæller om tegningerne.',
  ]),
  en: letter('en', [
    'The fee is DKK 1,800 in total for both days (EUR 240). There is room for 60 participants in total.',
    'The coffee is free. Parking behind the town hall is free.',
    '',
    'Harbour Engineering will attend and present the drawings.',
  ]),
};

const NOW = { da: '2027-09-01T12:00:00+02:00', en: '2027-04-01T12:00:00+02:00' };

function answer(event: MeetingEvent, now: string, question: string) {
  return ask(question, new EventKnowledge(event), { now: DateTime.fromISO(now, { setZone: true }) }).answer!;
}

const cases = {
  da: {
    currency: ['hvad koster det i euro', 'hvad er prisen i EUR'],
    free: ['er kaffen gratis', 'er parkeringen gratis'],
    total: ['hvor mange deltagere er der plads til i alt', 'hvad koster det i alt for begge dage'],
    party: ['kommer Nordby Entreprise?', 'er Nordby Entreprise inviteret', 'deltager Vestby Klimafond'],
    facts: { currency: '120', free: 'gratis', total: ['60', '900'], party: 'Nordby Entreprise' },
  },
  en: {
    currency: ['how much is it in euro', 'how much in EUR'],
    free: ['is the coffee free', 'is parking free'],
    total: ['how many seats are there in total', 'how much is it in total for both days'],
    party: ['is Harbour Engineering invited', 'will Harbour Engineering be there', 'is the Vestby Climate Fund coming'],
    facts: { currency: '240', free: 'free', total: ['60', '1,800'], party: 'Harbour Engineering' },
  },
} as const;

describe('what is asked of a thing the letter speaks of but does not say', () => {
  for (const lang of ['da', 'en'] as const) {
    const { currency, free, total, party, facts } = cases[lang];
    const now = NOW[lang];

    it(`(${lang}) a sum in a currency the letter gives no amount in is not stated, never the price in another`, () => {
      for (const question of currency) {
        const reply = answer(silent[lang], now, question);
        assert.notEqual(reply.kind, 'answer', `${question}: ${reply.text}`);
        assert.doesNotMatch(reply.text, /\d\s*(eur|euro|€)/i, `${question}: ${reply.text}`);
        const said = answer(saying[lang], now, question);
        assert.equal(said.kind, 'answer', `${question}: ${said.text}`);
        assert.ok(said.text.includes(facts.currency), `${question}: ${said.text}`);
      }
      // The letter's own currency is answered as before.
      const own = answer(silent[lang], now, lang === 'da' ? 'hvad koster det i kroner' : 'how much is it in DKK');
      assert.equal(own.kind, 'answer', own.text);
    });

    it(`(${lang}) a thing free only where the letter says that thing is free`, () => {
      for (const question of free) {
        const reply = answer(silent[lang], now, question);
        assert.notEqual(reply.kind, 'answer', `${question}: ${reply.text}`);
        const said = answer(saying[lang], now, question);
        assert.equal(said.kind, 'answer', `${question}: ${said.text}`);
        assert.match(said.text, new RegExp(facts.free, 'i'), `${question}: ${said.text}`);
      }
    });

    it(`(${lang}) a total is not the number per part`, () => {
      for (const question of total) {
        const reply = answer(silent[lang], now, question);
        assert.notEqual(reply.kind, 'answer', `${question}: ${reply.text}`);
        const said = answer(saying[lang], now, question);
        assert.equal(said.kind, 'answer', `${question}: ${said.text}`);
        assert.ok(
          facts.total.some((fact) => said.text.includes(fact)),
          `${question}: ${said.text}`,
        );
      }
    });

    it(`(${lang}) a party the letter names elsewhere is not said to be invited or taking part`, () => {
      for (const question of party) {
        const reply = answer(silent[lang], now, question);
        assert.notEqual(reply.kind, 'answer', `${question}: ${reply.text}`);
      }
      const said = answer(saying[lang], now, party[0]);
      assert.equal(said.kind, 'answer', `${party[0]}: ${said.text}`);
      assert.ok(said.text.includes(facts.party), said.text);
      // A speaker of the programme takes part.
      const speaker = answer(silent[lang], now, lang === 'da' ? 'kommer hanne lund' : 'is anna berg coming');
      assert.equal(speaker.kind, 'answer', speaker.text);
      assert.match(speaker.text, /(Hanne Lund|Anna Berg)/, speaker.text);
    });
  }

  it('a meeting asked of in a place the letter never names is another meeting; its own place is this one', () => {
    for (const [lang, place, own, date] of [
      ['da', 'hvornår er mødet i Odense', 'hvornår er mødet i Vestby', 'september'],
      ['en', 'when is the course in Odense', 'when is the course in Vestby', 'May'],
    ] as const) {
      const other = answer(silent[lang], NOW[lang], place);
      assert.notEqual(other.kind, 'answer', `${place}: ${other.text}`);
      assert.match(other.text, /Odense/, other.text);
      const reply = answer(silent[lang], NOW[lang], own);
      assert.equal(reply.kind, 'answer', `${own}: ${reply.text}`);
      assert.ok(reply.text.includes(date), reply.text);
    }
  });

  it('a name the question writes and the letter never has is not said by a sentence in the other language', () => {
    const reply = answer(silent.da, NOW.en, 'is my association (Vestby Strikkeklub) a member of the volunteer centre');
    assert.notEqual(reply.kind, 'answer', reply.text);
  });
});
