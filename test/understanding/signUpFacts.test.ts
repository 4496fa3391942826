import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { importLetter } from '../../src/event/import';
import { parseEvent } from '../../src/event/load';
import { EventKnowledge } from '../../src/understanding/knowledge';
import { normaliseFact, runEntry } from '../helpers/questionSets';

/** Letters written for these tests: deadlines of several things, and sign-up that is or is not needed. */
function knowledgeOf(lines: string[], today: string): EventKnowledge {
  return new EventKnowledge(parseEvent(importLetter(lines.join('\n'), { today, id: 'test-letter' }).event, 'test-letter.txt'));
}

/** A Danish association's meeting: proposals, regrets and a word about coming each have their own date. */
const ASSOCIATION = knowledgeOf(
  [
    'Generalforsamling i Bakkedalens Vandværk 2027',
    '',
    'Torsdag den 22. april 2027 kl. 19.00–21.00',
    'Sted: Bakkedal Forsamlingshus, Skolevej 4, 8600 Silkeborg',
    '',
    'Dagsorden',
    '1. Valg af dirigent',
    '2. Bestyrelsens beretning',
    '3. Indkomne forslag',
    '',
    'FORSLAG',
    'Forslag, som ønskes behandlet på generalforsamlingen, skal være formanden i hænde senest torsdag den 8. april 2027.',
    'Forslag sendes pr. mail til formand@bakkedal.example eller afleveres i formandens postkasse på Bakkevej 7.',
    '',
    'AFBUD',
    'Hvis du ikke kan komme, så giv besked til kassereren senest mandag den 19. april 2027.',
    '',
    'TILMELDING',
    'Det er ikke nødvendigt at tilmelde sig, men giv gerne besked til formanden senest fredag den 16. april 2027 af hensyn til planlægningen af kaffen.',
    '',
    'Med venlig hilsen',
    'Bestyrelsen',
  ],
  '2027-03-01',
);

/** An English seminar: questions in advance and proposals have deadlines before the sign-up deadline. */
const SEMINAR = knowledgeOf(
  [
    'Seminar on Harbour Development 2027',
    '',
    'Tuesday 14 September 2027, 10:00–15:00',
    'Venue: Harbour House, Kajgade 4, 6700 Esbjerg',
    '',
    'Questions in advance',
    'If you have questions for the panel, please send them to plan@esbjerg.example no later than 7 September 2027.',
    '',
    'Proposals',
    'Proposals for the open session must be sent by 1 September 2027.',
    '',
    'Comments on the draft',
    'Comments on the draft can be submitted on https://esbjerg.example/hearing or by e-mail to hearing@esbjerg.example.',
    '',
    'Registration',
    'Please register via https://esbjerg.example/coastal no later than 10 September 2027, so we can plan the seating. The seminar is limited to a maximum of 60 participants.',
    '',
    'Contact: Anna Holm, anna.holm@esbjerg.example, phone 75 16 16 16',
  ],
  '2027-08-01',
);

const NOW = { association: DateTime.fromISO('2027-03-10T10:00:00+01:00'), seminar: DateTime.fromISO('2027-08-10T10:00:00+02:00') };

function ask(knowledge: EventKnowledge, q: string): { text: string; kind: string } {
  const result = runEntry({ q }, knowledge, knowledge === ASSOCIATION ? NOW.association : NOW.seminar);
  return { text: result.reply, kind: result.kind };
}

/** The answer names the fact, in any spelling the question sets accept ("8. april", "8 April"). */
function says(text: string, fact: string): boolean {
  return normaliseFact(text).includes(normaliseFact(fact));
}

describe('a deadline of something other than signing up', () => {
  const cases: Array<[EventKnowledge, string, string, string]> = [
    [ASSOCIATION, 'hvornår er fristen for forslag??', '8. april', '16. april'],
    [ASSOCIATION, 'whats the deadline for proposals', '8 April', '16 April'],
    [SEMINAR, 'deadline for sending questions in advance?', '7 September', '10 September'],
    [SEMINAR, 'hvad er fristen for forslag', '1 September', '10 September'],
  ];
  for (const [knowledge, q, fact, signUp] of cases) {
    it(`when asked "${q}", then the letter's sentence with that thing's date answers, not the sign-up deadline`, () => {
      const { text, kind } = ask(knowledge, q);
      assert.equal(kind, 'answer', text);
      assert.ok(says(text, fact), text);
      assert.ok(!says(text, signUp), text);
    });
  }

  it('when a deadline of a thing the letter gives no date for is asked, then it is not stated, and not the sign-up deadline', () => {
    for (const [knowledge, q, signUp] of [
      [SEMINAR, 'deadline for the catering order?', '10 September'],
      [ASSOCIATION, 'hvad er fristen for regnskabet', '16. april'],
    ] as const) {
      const { text, kind } = ask(knowledge, q);
      assert.notEqual(kind, 'answer', `${q}: ${text}`);
      assert.ok(!says(text, signUp), `${q}: ${text}`);
    }
  });

  it('when the deadline for signing up is asked with words after "deadline", then it is the sign-up deadline', () => {
    assert.ok(says(ask(SEMINAR, 'whats the deadline for signing up').text, '10 September'));
    assert.ok(says(ask(SEMINAR, 'whens the deadline to register').text, '10 September'));
  });

  it('when the deadline for regrets is asked, then the paragraph about not coming answers, in either form', () => {
    for (const q of ['hvornår er fristen for afbud', 'hvornår er afbudsfristen']) {
      const { text } = ask(ASSOCIATION, q);
      assert.ok(says(text, '19. april'), `${q}: ${text}`);
    }
  });

  it('when a when-question names a thing the sign-up sentence mentions in passing, then the sign-up deadline is no answer', () => {
    for (const [knowledge, q, signUp] of [
      [ASSOCIATION, 'hvornår bliver planen vedtaget', '16. april'],
      [SEMINAR, 'when is the seating plan ready', '10 September'],
    ] as const) {
      const { text } = ask(knowledge, q);
      assert.ok(!says(text, signUp), `${q}: ${text}`);
    }
  });

  it('when a when-question names a word that is only part of an e-mail address, then that sentence does not answer it', () => {
    assert.ok(!says(ask(SEMINAR, 'until when can i send in comments on the plan').text, '7 September'));
  });
});

describe('a meeting that needs no sign-up', () => {
  it('when asked whether one needs to sign up, then it is a question, answered with the letter’s own way and date', () => {
    for (const q of ['do i need to sign up?', 'skal vi tilmelde os', 'er det nødvendigt at tilmelde sig?']) {
      const { text, kind } = ask(ASSOCIATION, q);
      assert.equal(kind, 'answer', q);
      assert.ok(says(text, '16. april'), `${q}: ${text}`);
      assert.doesNotMatch(text, /chatten|in the chat/, q);
    }
  });

  it('when the sign-up deadline is asked, then the letter’s words give the date of its word to the chair', () => {
    const { text } = ask(ASSOCIATION, 'hvornår er tilmeldingsfristen');
    assert.ok(says(text, '16. april'), text);
  });

  it('when someone asks to be put down with another person, then it is their own sign-up, not only the other’s', () => {
    assert.equal(ask(ASSOCIATION, 'skriv mig og min mand på, vi kommer begge to').kind, 'signUp');
    assert.equal(ask(SEMINAR, 'please sign me and my colleague up').kind, 'signUp');
    assert.equal(ask(SEMINAR, 'can you register my colleague').kind, 'signUpOthers');
  });
});

describe('how many can come, and when to cancel', () => {
  it('when the deadline for cancellation is asked in English of a letter that says "afmelding", then its date answers', () => {
    const course = knowledgeOf(
      [
        'Kursus i førstehjælp 2027',
        '',
        'Torsdag den 15. april 2027 kl. 8.30–15.30',
        'Sted: Sundhedshuset, Åboulevarden 41, 8940 Vesterkær',
        '',
        'Tilmelding på https://kursus.example/hlr senest mandag den 22. marts 2027.',
        '',
        'Afmelding er gratis indtil torsdag den 1. april 2027.',
      ],
      '2027-03-01',
    );
    const result = runEntry({ q: 'deadline for cancellation?' }, course, NOW.association);
    assert.ok(says(result.reply, '1 April'), result.reply);
    assert.ok(!says(result.reply, '22 March'), result.reply);
  });

  it('when asked "how many ppl can join" or "hvor mange personer kan deltage", then the seats answer', () => {
    for (const q of ['how many ppl can join', 'hvor mange personer kan deltage']) {
      const { text } = ask(SEMINAR, q);
      assert.match(text, /60/, q);
    }
  });
});

describe('how a thing other than the sign-up is sent', () => {
  const cases: Array<[EventKnowledge, string, string]> = [
    [SEMINAR, 'where do i send my questions', 'plan@esbjerg.example'],
    [SEMINAR, 'hvordan indsender jeg kommentarer', 'esbjerg.example/hearing'],
    [SEMINAR, 'whats the email for comments', 'hearing@esbjerg.example'],
    [ASSOCIATION, 'hvor afleverer jeg mit forslag', 'Bakkevej 7'],
    [ASSOCIATION, 'what email do i send proposals to', 'formand@bakkedal.example'],
  ];
  for (const [knowledge, q, fact] of cases) {
    it(`when asked "${q}", then the sentence that says how that thing is sent answers, not the contact or the sender`, () => {
      const { text, kind } = ask(knowledge, q);
      assert.equal(kind, 'answer', text);
      assert.ok(text.includes(fact), text);
      assert.doesNotMatch(text, /anna\.holm|sendt af|sent by/i);
    });
  }
});
