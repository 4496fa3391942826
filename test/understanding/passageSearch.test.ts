import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import MiniSearch from 'minisearch';
import { parse } from 'yaml';
import { ask } from '../../src/answers/ask';
import { parseEvent } from '../../src/event/load';
import type { MeetingEvent } from '../../src/event/model';
import { knowledgeOf } from '../helpers/knowledge';
import { nearTermsOf, PassageSearch } from '../../src/understanding/passageSearch';
import { tokenize } from '../../src/understanding/normalize';
import { TEST_EVENTS } from '../helpers/event';

const passages = [
  { id: 'p1', text: 'Mødet holdes i den store sal på kursuscentret, og der er gratis parkering ved indgangen.' },
  { id: 'p2', text: 'Mødet bliver ikke optaget, men slides fra oplæggene bliver lagt på intranettet bagefter.' },
  { id: 'p3', text: 'Kaffe og kage serveres i pausen, og frokosten spiser vi sammen i kantinen.' },
  // A letter has many paragraphs: a word that only one of them uses stands out among them.
  ...['budgettet', 'strategien', 'samarbejdet', 'visionen', 'handleplanen', 'evalueringen', 'indsatsen', 'retningen'].map((subject, i) => ({
    id: `q${i}`,
    text: `Derefter drøfter vi ${subject} for de kommende år med udvalget og forvaltningen.`,
  })),
];
const generic = new Set(['modet', 'der', 'den', 'vi', 'og', 'for', 'far', 'hvor', 'kan', 'jeg', 'finde', 'bagefter', 'er', 'pa']);

describe('searching the letter for a paragraph', () => {
  it('when the one word a question names is used by one paragraph only, then that paragraph answers it', () => {
    const search = new PassageSearch(passages, generic);
    assert.equal(search.search('får vi slides')?.id, 'p2');
    assert.equal(search.search('hvor kan jeg finde slides bagefter')?.id, 'p2');
  });

  it('when the question also names something no paragraph beside it says, then there is no answer', () => {
    const search = new PassageSearch(passages, generic);
    assert.equal(search.search('er der wifi på kursuscentret'), undefined);
    assert.equal(search.search('får vi slides på papir'), undefined);
  });

  it('when a question word and its translation both match, then they are one word, not two', () => {
    const search = new PassageSearch(
      [...passages, { id: 'p4', text: 'Byrådet har besluttet at bygge skolen om, og byggeriet begynder efter sommerferien.' }],
      generic,
    );
    const translates = new Map([
      ['byggeri', 'byggeriet'],
      ['construction', 'byggeriet'],
    ]);
    assert.equal(search.search('hvor længe varer byggeriet', { also: [...translates.keys()], translates }), undefined);
  });

  it('when a name stands before a colon, then that paragraph does not define it', () => {
    const search = new PassageSearch(
      [
        ...passages,
        { id: 'n1', text: 'Skolen i Nørreby har i år fået nye lokaler til de yngste elever.' },
        { id: 'n2', text: 'Kommer I fra Vesterby eller Nørreby: der er gratis parkering bag hallen, men den er ofte fyldt.' },
        { id: 'n3', text: 'Borgere fra Nørreby har før været med til at forme planerne for området.' },
      ],
      generic,
    );
    assert.equal(search.search('hvor er nørreby'), undefined);
  });

  it('when a topic cue is several words, then a paragraph with those words in a row has it', () => {
    const search = new PassageSearch(
      [...passages, { id: 'p5', text: 'Vi er omkring 85 medarbejdere i alt, og der er plads til alle i kantinen.' }],
      generic,
    );
    assert.deepEqual(search.containing(['plads til']), ['Vi er omkring 85 medarbejdere i alt, og der er plads til alle i kantinen.']);
    assert.deepEqual(search.containing(['til plads']), []);
  });
});

/** One of the test events with paragraphs added to its letter (in memory), and what else `change` does. */
function withParagraphs(file: string, ...paragraphs: string[]): MeetingEvent {
  return variantOf(file, paragraphs, () => undefined);
}

function variantOf(file: string, paragraphs: string[], change: (raw: Record<string, unknown>) => void): MeetingEvent {
  const raw = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  raw.text = `${String(raw.text)}\n\n${paragraphs.join('\n\n')}\n`;
  change(raw);
  return parseEvent(raw, 'variant.yaml');
}

const reply = (event: MeetingEvent, text: string, now: string) =>
  ask(text, knowledgeOf(event), { now: DateTime.fromISO(now, { setZone: true }) }).answer!;

describe('which paragraph answers', () => {
  for (const { name, file, now } of TEST_EVENTS) {
    it(`when a short title names the same thing, then the ${name} letter's paragraph that also has the question's other words answers`, () => {
      const event = withParagraphs(
        file,
        'Invitation til høring om forslag til ny skolestruktur',
        'Forslaget til ny skolestruktur kan læses på kommune.dk/skolestruktur, og høringssvar sendes til skole@kommune.dk.',
      );
      const answer = reply(event, 'where can i read the draft?', now);
      assert.equal(answer.kind, 'answer');
      assert.match(answer.text, /kommune\.dk\/skolestruktur/);
    });

    it(`when several paragraphs of the ${name} letter use a term, then the one that introduces it with a colon says what it is`, () => {
      const event = withParagraphs(
        file,
        'Byrådet har vedtaget tre indsatsområder for de kommende år, og vi vil gerne høre jeres bud.',
        'Derefter præsenterer vi de tre indsatsområder: trivsel, læsning og bevægelse.',
        'Ved bordene drøfter vi et af de tre indsatsområder ad gangen.',
      );
      const answer = reply(event, 'hvad er de tre indsatsområder?', now);
      assert.equal(answer.kind, 'answer');
      assert.match(answer.text, /trivsel, læsning og bevægelse/);
      assert.notEqual(reply(event, 'hvor mange penge får indsatsområderne?', now).kind, 'answer');
    });

    it(`when no fact of the ${name} event is about food, then a paragraph with a food word answers only what it names`, () => {
      const event = variantOf(file, ['Mødet er et kaffemøde i den store sal, hvor vi fortæller om årets arbejde.'], (raw) => {
        if (raw.practical) delete (raw.practical as Record<string, unknown>).food;
      });
      assert.doesNotMatch(reply(event, 'er der kage?', now).text, /kaffemøde i den store sal/);
      const coffee = reply(event, 'er der kaffe?', now);
      assert.equal(coffee.kind, 'answer');
      assert.match(coffee.text, /kaffe/);
    });

    it(`when only a synonym in the ${name} letter's own language matches, then no paragraph is quoted for it`, () => {
      const event = withParagraphs(file, 'Over to dage er der god tid til at tale med kolleger fra de andre kommuner om de nye opgaver.');
      const answer = reply(event, 'kan jeg tage en medarbejder med?', now);
      assert.doesNotMatch(answer.text, /tale med kolleger/);
    });
  }
});

describe('words as the letter inflects or compounds them', () => {
  for (const { name, file, now } of TEST_EVENTS) {
    const event = variantOf(
      file,
      [
        'Vi opfordrer til, at du har kameraet tændt i grupperummene hele eftermiddagen.',
        'Du kan følge med på din computer eller i mobilappen, hvis du ikke kan komme.',
      ],
      () => undefined,
    );
    it(`the ${name} letter's "kameraet" answers "kamera", its "mobilappen" answers "mobilen"`, () => {
      assert.ok(reply(event, 'skal man have kamera på', now).text.includes('kameraet'));
      assert.ok(reply(event, 'kan jeg bruge mobilen', now).text.includes('mobilappen'));
    });
  }
  it("the letter's forms of a word stand for the question's word once, and a stem of under five letters finds nothing", () => {
    const search = new PassageSearch([...passages, { id: 'p5', text: 'Husk at have kameraet tændt, når vi er i grupperne.' }], generic);
    assert.deepEqual([search.search('kamera')?.id, search.search('kamera')?.matchedTerms], ['p5', 1]);
    assert.equal(search.search('kaffen'), undefined);
  });
});

describe('an English question of a Danish compound', () => {
  for (const { name, file, now } of TEST_EVENTS) {
    it(`the ${name} letter's "videooptagelsen" answers "recording": a topic's own word is found inside a compound`, () => {
      const event = withParagraphs(file, 'Videooptagelsen af paneldebatten sendes til alle tilmeldte bagefter.');
      for (const question of ['is there a recording', 'is the debate recorded', 'bliver det optaget']) {
        const answer = reply(event, question, now);
        assert.equal(answer.kind, 'answer', `${question}: ${answer.text}`);
        assert.match(answer.text, /Videooptagelsen af paneldebatten/);
      }
      // Without the paragraph nothing is said to be recorded.
      assert.notEqual(reply(withParagraphs(file), 'is there a recording', now).kind, 'answer');
    });
  }

  for (const [letter, question, translations, id] of [
    [
      'Hotelværelserne er klar fra kl. 15.00, og bagagen kan stilles i receptionen inden da.',
      'can i leave my luggage in the room',
      [
        ['verelse', 'room'],
        ['bagage', 'luggage'],
      ],
      'h1',
    ],
    [
      'Vi laver en videooptagelse af paneldebatten, og alle tilmeldte får kursusmaterialet tilsendt.',
      'can we get the recording and the materials',
      [
        ['materiale', 'materials'],
        ['optagelse', 'recording'],
      ],
      'h1',
    ],
  ] as const) {
    it(`a translation the letter has only inside a compound counts as the question's word: "${question}"`, () => {
      const translates = new Map<string, string>(translations.map(([da, en]) => [da, en]));
      const foreign = new Set(tokenizeWords(question));
      const options = { also: [...translates.keys()], translates, foreign };
      const search = new PassageSearch([...passages, { id: 'h1', text: letter }], generic);
      assert.equal(search.search(question, options)?.id, id);
      // Only one of the two words in the letter: not enough to quote it.
      const half = new Map([translations[0]].map(([da, en]) => [da, en] as [string, string]));
      assert.equal(search.search(question, { also: [...half.keys()], translates: half, foreign }), undefined);
    });
  }
});

const tokenizeWords = (text: string) => text.toLowerCase().split(/\s+/);

describe('a list of facts written as one paragraph', () => {
  const list =
    '• Sted: Medborgerhuset, Torvet 2 • Pris: Det er gratis at deltage • Tilmelding: senest 1. maj; er der fuldt, kommer du på ' +
    'venteliste, og vi giver besked senest 5. maj • Forplejning: Kaffe og rundstykker ved ankomst • Husk: Tag gode sko på';
  it('the bullet that answers is found among the others and quoted alone', () => {
    const search = new PassageSearch([...passages, { id: 'p9', text: list }], generic);
    const hit = search.search('hvornår får man besked fra ventelisten');
    assert.ok(hit?.text.includes('5. maj'), hit?.text);
    assert.ok(!hit?.text.includes('rundstykker'), hit?.text);
  });
  for (const { name, file, now } of TEST_EVENTS) {
    it(`in the ${name} letter, a bullet naming the question's own word answers though another names only its translation`, () => {
      const event = variantOf(
        file,
        [
          '- Mødet åbner kl. 8.45, så du kan teste lyd og billede. - Vi opfordrer til, at du har kameraet tændt i grupperne. - Slides sendes bagefter.',
        ],
        () => undefined,
      );
      const answered = reply(event, 'skal man have kamera på', now);
      assert.ok(answered.text.includes('kameraet'), answered.text);
      assert.ok(!answered.text.includes('8.45'), answered.text);
    });
  }
});

describe("near spellings of a word among the letter's terms", () => {
  /** MiniSearch's own term tree, to compare with. */
  class Probe extends MiniSearch<{ id: string; text: string }> {
    tree() {
      return this._index;
    }
  }

  it("finds the same terms at the same distances in the same order as MiniSearch's own look-up", () => {
    for (const { name, event } of TEST_EVENTS) {
      const probe = new Probe({ fields: ['text'], tokenize: (text) => tokenize(text).map((token) => token.folded) });
      probe.addAll(event.passages);
      const tree = probe.tree();
      const near = nearTermsOf(tree);
      const words = [...new Set(event.passages.flatMap((passage) => tokenize(passage.text).map((token) => token.folded)))];
      // The letter's own words, and typos of them: a letter left out, doubled, changed; and words of no letter.
      const keys = [
        ...words,
        ...words.map((word) => word.slice(1)),
        ...words.map((word) => `${word}${word.at(-1)}`),
        ...words.map((word) => `${word.slice(0, 2)}x${word.slice(3)}`),
        'hvornaar',
        'parkeringspladsen',
        'zzz',
      ];
      let found = 0;
      for (const key of keys)
        for (const distance of [1, 2, 3]) {
          const own = [...tree.fuzzyGet(key, distance)];
          const ours = [...near(key, distance)];
          assert.deepEqual(
            ours.map(([term, [, d]]) => `${term}:${d}`),
            own.map(([term, [, d]]) => `${term}:${d}`),
            `${name}: ${key} within ${distance}`,
          );
          ours.forEach(([, [data]], i) => assert.equal(data, own[i]![1][0]));
          found += ours.length;
        }
      assert.ok(found > keys.length, `${name}: ${found} near terms`);
    }
  });
});
