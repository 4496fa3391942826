import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadEventFile } from '../../src/event/load';
import type { FieldKind, RegistrationField } from '../../src/event/model';
import { messages, type Lang } from '../../src/i18n';
import {
  displayAnswer,
  fieldLabel,
  fieldPrompt,
  findFieldByName,
  matchChoice,
  otherChoiceOf,
  parseFieldAnswer,
  parseOtherAnswer,
  setAnswer,
} from '../../src/registrations/fields';
import { eventFileFrom, TEST_EVENTS } from '../helpers/event';
import { fieldOfKind, fieldsOf, fieldsOfKind } from '../helpers/registrations';

/**
 * Neither meeting asks for a phone number or an organisation, and both let a choice be answered with something
 * else: each is loaded here with those kinds added — a phone, an organisation and a closed choice — so every kind
 * is tried on both. Fields are found by kind and role, never by id.
 */
const ADDED_FIELDS = [
  { id: 'mobil', kind: 'phone' },
  { id: 'arbejdsplads', kind: 'organisation' },
  {
    id: 'maaltid',
    kind: 'choice',
    label: { da: 'Måltid', en: 'Meal' },
    prompt: { da: 'Hvad spiser du med til?', en: 'Which meal will you join?' },
    choices: [
      { id: 'frokost', label: { da: 'Frokost', en: 'Lunch' } },
      { id: 'aftensmad', label: { da: 'Aftensmad', en: 'Dinner' } },
      { id: 'kaffe', label: { da: 'Kaffe', en: 'Coffee' } },
    ],
  },
];

const EVENTS = TEST_EVENTS.map(({ name, file, event }) => ({
  name,
  original: event,
  event: loadEventFile(eventFileFrom(file, (raw) => (raw.registration as { fields: unknown[] }).fields.push(...ADDED_FIELDS))),
}));

const LANGS: Lang[] = ['da', 'en'];
const ok = (value: string, extra: Record<string, unknown> = {}) => ({ ok: true, value, ...extra });
const problem = (name: string) => ({ ok: false, problem: name });
/** Only what the parse decided: value, other text, problem (display and confirm are checked where they matter). */
const core = (result: ReturnType<typeof parseFieldAnswer>) =>
  result.ok ? { ok: true, value: result.value, ...(result.other !== undefined ? { other: result.other } : {}) } : result;
/** Whether the answer is shown back for a yes before it is taken. */
const confirms = (result: ReturnType<typeof parseFieldAnswer>) => result.ok && result.confirm === true;
const labelsOf = (choice: RegistrationField['choices'][number]) => Object.values(choice.label);
/** How people type Danish letters on a keyboard without them: "Ringkobing", "Samsoe", "Aarhus". */
const asciiSpellings = (text: string) => [
  text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa'),
  text.toLowerCase().replace(/æ/g, 'e').replace(/ø/g, 'o').replace(/å/g, 'a'),
];
/** The text with one letter left out in its middle: a typo. */
const dropLetter = (text: string) => text.slice(0, Math.floor(text.length / 2)) + text.slice(Math.floor(text.length / 2) + 1);
/** Whether the field takes an answer that is not on its list: free text, or its own "Andet" choice. */
const takesOther = (field: RegistrationField) => field.other !== undefined || otherChoiceOf(field) !== undefined;

for (const { name, original, event } of EVENTS) {
  const parse = (kind: FieldKind, text: string, lang: Lang = 'da') => parseFieldAnswer(fieldOfKind(event, kind), text, lang);

  describe(`sign-up answers by field kind (${name} event)`, () => {
    it('when a name is given, then it is taken from a sentence, tidied, and shown back for confirmation when it was changed', () => {
      assert.deepEqual(core(parse('name', '  Anne-Marie   Ø. Sørensen ')), ok('Anne-Marie Ø. Sørensen'));
      assert.deepEqual(core(parse('name', "Seán O'Brien")), ok("Seán O'Brien"));
      assert.deepEqual(core(parse('name', 'Per Hansen.')), ok('Per Hansen'));
      const led = parse('name', 'jeg hedder per hansen');
      assert.deepEqual(core(led), ok('Per Hansen'));
      assert.equal(confirms(led), true, 'capitalised for the user: confirmed');
      assert.deepEqual(core(parse('name', 'My name is Ann Smith', 'en')), ok('Ann Smith'));
      const single = parse('name', 'Per');
      assert.equal(confirms(single), true, 'a first name alone: confirmed');
      const plain = parse('name', 'Per Hansen');
      assert.equal(confirms(plain), false);
    });

    it('when a name holds markup, emoji or is too long or empty, then it is refused with the reason', () => {
      const field = fieldOfKind(event, 'name');
      for (const markup of ['**Anna**', '<script>alert(1)</script>', '<at>Mødebot</at>', 'Anna [x](http://evil)'])
        assert.deepEqual(parse('name', markup), problem('markup'), markup);
      for (const notName of ['😀😀', 'Anna 😀', '12345', 'a']) assert.deepEqual(parse('name', notName), problem('notAName'), notName);
      assert.deepEqual(parse('name', 'A'.repeat(field.maxLength + 1)), problem('tooLong'));
      assert.deepEqual(parse('name', 'x'.repeat(5000)), problem('tooLong'));
      assert.deepEqual(parse('name', '   '), problem('empty'));
    });

    it('when an e-mail address is given, then it is found in the sentence, checked and lower-cased', () => {
      assert.deepEqual(core(parse('email', 'Anna_Jensen@Herning.DK')), ok('anna_jensen@herning.dk'));
      const led = parse('email', 'min mail er Per.Hansen@Lemvig.DK.');
      assert.deepEqual(core(led), ok('per.hansen@lemvig.dk'));
      assert.equal(confirms(led), false, 'a lead-in and a full stop are no reason to ask');
      const inSentence = parse('email', 'skriv til anna@herning.dk tak', 'da');
      assert.deepEqual(core(inSentence), ok('anna@herning.dk'));
      assert.equal(confirms(inSentence), true, 'picked out of a longer text: confirmed');
      for (const bad of ['anna@', 'anna herning.dk', 'anna@@herning.dk', 'anna..jensen@herning.dk'])
        assert.deepEqual(parse('email', bad), problem('notAnEmail'), bad);
    });

    it('when an e-mail address has æ, ø or å in its name or its domain (Danish IDN domains exist), then it is taken as typed', () => {
      for (const address of ['søren.ærø@herning.dk', 'post@ærøkommune.dk', 'Åse.Øster@Ærø.DK']) {
        const parsed = parse('email', address);
        assert.deepEqual(core(parsed), ok(address.toLowerCase()), address);
        assert.equal(confirms(parsed), false, address);
      }
    });

    it('when a phone number is given, then Danish eight digits are taken with spaces, dashes, +45 or 0045', () => {
      for (const phone of [
        '12 34 56 78',
        '12345678',
        '+45 12 34 56 78',
        '+4512345678',
        '0045 12345678',
        '(+45) 12-34-56-78',
        '+44 20 7946 0958',
      ]) {
        assert.deepEqual(core(parse('phone', phone)), ok(phone), phone);
      }
      assert.deepEqual(core(parse('phone', 'mit nummer er 20 30 40 50.')), ok('20 30 40 50'));
      assert.deepEqual(core(parse('phone', 'tlf. 20304050')), ok('20304050'));
      assert.deepEqual(core(parse('phone', 'my number is +45 20 30 40 50', 'en')), ok('+45 20 30 40 50'));
      for (const bad of ['1234', '12 34 56', 'tolv', 'ring til mig', '+45 1234 567', '+45 1234 56789', '1234567890123456']) {
        assert.deepEqual(parse('phone', bad), problem('notAPhone'), bad);
      }
    });

    it('when an organisation is given, then it is taken from a sentence, without markup', () => {
      const plain = parse('organisation', 'Testby Lokalråd');
      assert.deepEqual(core(plain), ok('Testby Lokalråd'));
      assert.equal(confirms(plain), false);
      const led = parse('organisation', 'jeg kommer fra Herning Kommune');
      assert.deepEqual(core(led), ok('Herning Kommune'));
      assert.equal(confirms(led), true);
      assert.deepEqual(core(parse('organisation', 'I work at Aarhus University', 'en')), ok('Aarhus University'));
      assert.deepEqual(parse('organisation', '<b>KL</b>'), problem('markup'));
      assert.deepEqual(parse('organisation', '12'), problem('notAName'));
    });

    it('when a choice is given by its number, label (either language), alias or a keyboard spelling, then it is that choice, taken without asking', () => {
      for (const field of fieldsOfKind(event, 'choice')) {
        field.choices.forEach((choice, index) => {
          const names = [
            String(index + 1),
            ...labelsOf(choice),
            ...labelsOf(choice).map((l) => l.toLowerCase()),
            ...choice.aliases,
            ...labelsOf(choice).flatMap(asciiSpellings),
          ];
          for (const text of names) {
            for (const lang of LANGS) {
              const result = parseFieldAnswer(field, text, lang);
              assert.deepEqual(core(result), ok(choice.id), `${field.id}: ${text}`);
              assert.equal(confirms(result), false, `${field.id}: ${text}`);
            }
          }
          // Shown back in the user's language.
          const shown = parseFieldAnswer(field, String(index + 1), 'en');
          assert.equal(shown.ok && shown.display, choice.label.en ?? Object.values(choice.label)[0]);
          // In a sentence, with a full stop.
          assert.deepEqual(core(parseFieldAnswer(field, `det er ${labelsOf(choice)[0]}.`, 'da')), ok(choice.id));
        });
      }
    });

    it('when a choice is typed with one letter missing, then it is that choice, asked back first', () => {
      for (const field of fieldsOfKind(event, 'choice')) {
        for (const choice of field.choices.filter((c) => !otherChoiceOf(field) || c !== otherChoiceOf(field))) {
          const label = labelsOf(choice)[0]!;
          if (label.replace(/[^\p{L}]/gu, '').length < 6) continue;
          const typo = dropLetter(label);
          // A typo that leaves a whole alias ("Ikast-rande" still says "Ikast") is no guess.
          const words = typo.toLowerCase().split(/[^\p{L}]+/u);
          const guessed = !choice.aliases.some((alias) => words.includes(alias.toLowerCase()));
          const matched = matchChoice(field, typo, 'da');
          assert.equal(matched?.choice.id, choice.id, `${field.id}: ${typo}`);
          assert.equal(matched?.exact, !guessed, `${field.id}: ${typo}`);
          const result = parseFieldAnswer(field, typo, 'da');
          assert.deepEqual(core(result), ok(choice.id), typo);
          assert.equal(confirms(result), guessed, typo);
        }
      }
    });

    it('when a number is outside the list, or the answer has no letters, then it is no choice', () => {
      for (const field of fieldsOfKind(event, 'choice')) {
        for (const text of ['0', String(field.choices.length + 1), '🙂', '?!'])
          assert.deepEqual(parseFieldAnswer(field, text, 'da'), problem('noSuchChoice'), `${field.id}: ${text}`);
        assert.equal(matchChoice(field, String(field.choices.length + 1), 'da'), undefined);
      }
    });

    it('when an answer is not on the list, then a field that takes "other" keeps it as written (asked back); a closed one refuses it', () => {
      const fields = fieldsOfKind(event, 'choice');
      assert.ok(fields.some(takesOther) && fields.some((f) => !takesOther(f)), 'both sorts are tried');
      for (const field of fields) {
        const result = parseFieldAnswer(field, 'Et sted uden for listen', 'da');
        if (takesOther(field)) {
          assert.deepEqual(core(result), ok(otherChoiceOf(field)?.id ?? 'other', { other: 'Et sted uden for listen' }), field.id);
          assert.equal(confirms(result), true, field.id);
          assert.deepEqual(parseFieldAnswer(field, 'Et <b>sted</b>', 'da'), problem('markup'), field.id);
          assert.deepEqual(parseFieldAnswer(field, 'x'.repeat(field.maxLength + 10), 'da'), problem('tooLong'), field.id);
        } else {
          assert.deepEqual(result, problem('noSuchChoice'), field.id);
        }
      }
    });

    it('when someone answers "other" itself, then a field with a free-text option asks for the text, and one with an "Andet" choice takes that choice', () => {
      for (const field of fieldsOfKind(event, 'choice').filter(takesOther)) {
        const otherLabels = field.other ? Object.values(field.other.label) : [];
        for (const text of ['andet', 'Andet.', 'other', 'anden', ...otherLabels]) {
          const result = parseFieldAnswer(field, text, 'da');
          if (field.other) {
            assert.deepEqual(core(result), ok('other'), `${field.id}: ${text} asks for the text`);
          } else {
            assert.deepEqual(core(result), ok(otherChoiceOf(field)!.id), `${field.id}: ${text}`);
            assert.equal(confirms(result), false, `${field.id}: ${text}`);
          }
        }
      }
    });

    it('when the "other" text is asked separately, then it is kept as written, under the field\'s "other" answer', () => {
      for (const field of fieldsOfKind(event, 'choice').filter(takesOther)) {
        assert.deepEqual(
          core(parseOtherAnswer(field, ' Region Midtjylland. ')),
          ok(otherChoiceOf(field)?.id ?? 'other', { other: 'Region Midtjylland' }),
        );
        assert.deepEqual(parseOtherAnswer(field, '  '), problem('empty'));
        assert.deepEqual(parseOtherAnswer(field, '[KL]'), problem('markup'));
        assert.deepEqual(parseOtherAnswer(field, '42'), problem('notAName'));
      }
    });

    it('when an optional text is skipped in Danish or English, then it is left empty; else it is kept as written', () => {
      const optional = fieldsOfKind(event, 'text').filter((f) => f.optional);
      assert.ok(optional.length > 0);
      for (const field of optional) {
        for (const skip of ['spring over', 'Spring over.', 'skip', 'Skip!', 'nej tak', 'nej', 'ingen', 'no thanks', '-', '–', '']) {
          for (const lang of LANGS) assert.deepEqual(core(parseFieldAnswer(field, skip, lang)), ok(''), `${field.id}: "${skip}"`);
        }
        assert.deepEqual(core(parseFieldAnswer(field, 'Trafikken på Kirkevej', 'da')), ok('Trafikken på Kirkevej'));
        assert.deepEqual(core(parseFieldAnswer(field, 'det er trafikken.', 'da')), ok('trafikken'));
        assert.deepEqual(
          core(parseFieldAnswer(field, 'Nej til flere huller i vejen', 'da')),
          ok('Nej til flere huller i vejen'),
          'a "no" that starts a text is text',
        );
        assert.deepEqual(parseFieldAnswer(field, 'x'.repeat(field.maxLength + 1), 'da'), problem('tooLong'));
      }
    });

    it('when a required field is left empty, or the person does not know, then that is the problem, for every kind', () => {
      for (const field of fieldsOf(event)) {
        if (!field.optional) assert.deepEqual(parseFieldAnswer(field, '  ', 'da'), problem('empty'), field.id);
        for (const unsure of [
          'ved ikke',
          'Det ved jeg ikke',
          'jeg ved det ikke',
          'aner det ikke',
          "I don't know",
          'I do not know',
          'hvad skal jeg skrive?',
        ])
          assert.deepEqual(parseFieldAnswer(field, unsure, 'da'), problem('unsure'), `${field.id}: ${unsure}`);
      }
    });

    it('when answers are read back, then a choice shows its label in the language, an "other" its text; changing a choice drops the old text', () => {
      for (const field of fieldsOfKind(event, 'choice')) {
        const [first] = field.choices;
        let answers = setAnswer({}, field, { value: first!.id });
        assert.equal(displayAnswer(field, answers, 'en'), first!.label.en ?? Object.values(first!.label)[0]);
        assert.equal(displayAnswer(field, answers, 'da'), first!.label.da ?? Object.values(first!.label)[0]);
        if (!takesOther(field)) continue;
        answers = setAnswer(answers, field, { value: otherChoiceOf(field)?.id ?? 'other', other: 'Fællesskabet' });
        assert.equal(displayAnswer(field, answers, 'da'), 'Fællesskabet');
        answers = setAnswer(answers, field, { value: first!.id });
        assert.equal(answers[`${field.id}Other`], undefined);
        assert.equal(displayAnswer(field, answers, 'da'), first!.label.da ?? Object.values(first!.label)[0]);
      }
      const name = fieldOfKind(event, 'name');
      assert.equal(displayAnswer(name, { [name.id]: 'Anna Jensen' }, 'da'), 'Anna Jensen');
    });

    it('when a user names a field ("ret min e-mail", its label), then that field is found; an unknown name finds none', () => {
      const fields = fieldsOf(event);
      const byKind: Array<[FieldKind, string[]]> = [
        ['name', ['skift mit navn', 'change my name']],
        ['email', ['ret min e-mail', 'change my email', 'ret mailadressen']],
        ['phone', ['ret mit telefonnummer', 'change my phone']],
      ];
      for (const [kind, texts] of byKind)
        for (const text of texts) assert.equal(findFieldByName(fields, text, event)?.id, fieldOfKind(event, kind).id, text);
      for (const field of fields.filter((f) => f.label)) {
        for (const label of Object.values(field.label!))
          assert.equal(findFieldByName(fields, `ret ${label.toLowerCase()}`, event)?.id, field.id, label);
      }
      for (const nothing of ['ret noget', 'hvad så', '']) assert.equal(findFieldByName(fields, nothing, event), undefined, nothing);
    });

    it("when a field has its own label and prompt, then they are used; else the bot's words for its kind, in each language", () => {
      for (const field of fieldsOf(event)) {
        for (const lang of LANGS) {
          const label = fieldLabel(field, lang, event);
          const prompt = fieldPrompt(field, lang, event);
          assert.equal(
            label,
            field.label ? (field.label[lang] ?? field.label[event.language]) : messages(lang).registration.fieldLabel(field.kind),
            field.id,
          );
          assert.equal(
            prompt,
            field.prompt ? (field.prompt[lang] ?? field.prompt[event.language]) : messages(lang).registration.fieldPrompt(field.kind),
            field.id,
          );
          assert.ok(label.length > 0 && prompt.length > 0);
        }
      }
      // The kinds the form names itself differ by language.
      const phone = fieldOfKind(event, 'phone');
      assert.notEqual(fieldPrompt(phone, 'da', event), fieldPrompt(phone, 'en', event));
    });

    it('when the event is loaded, then its own fields are unchanged by the added ones', () => {
      assert.deepEqual(fieldsOf(event).slice(0, fieldsOf(original).length), fieldsOf(original));
    });
  });
}
