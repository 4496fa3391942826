// test-weight: 3 (slow for its size; see scripts/runTests.mjs)
import assert from 'node:assert/strict';
import { mkdirSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { formatDate, formatWhen, localText } from '../../src/event/format';
import { messages } from '../../src/i18n';
import { aadIdentity, channelIdentity, personKeyOf } from '../../src/identity';
import { isActive } from '../../src/registrations/model';
import { cardsOf, speaker, textOf } from '../helpers/conversation';
import { eventFileFrom, TEST_EVENTS } from '../helpers/event';
import {
  ANNA,
  BO,
  LANGS,
  LOCALE,
  SAY,
  active,
  answerAll,
  answerFor,
  askedField,
  asksYesNo,
  assertLanguage,
  calendarOf,
  cardJson,
  choiceLabel,
  dialogIn,
  expectedAnswers,
  fieldOfKind,
  fieldsOf,
  harnessFor,
  icsStart,
  isReview,
  labelOf,
  nowAround,
  otherPromptOf,
  plainChoices,
  signUp,
  startSignUp,
  stored,
} from '../helpers/signUp';

/**
 * The sign-up dialog, driven through the real bot on botbuilder's TestAdapter, for every test event and in both
 * languages. Which field the bot asks is read from the event's prompts; what it stores is checked in the store.
 */
for (const test of TEST_EVENTS) {
  const { event } = test;
  const fields = fieldsOf(event);

  for (const lang of LANGS) {
    const say_ = SAY[lang];
    const open = (env: Record<string, string> = {}) => {
      const h = harnessFor(test, env);
      return { h, say: speaker(h, { locale: LOCALE[lang] }) };
    };

    describe(`sign-up, ${test.name} event, ${lang}`, () => {
      it('when someone only asks about the meeting or greets, then no sign-up starts', async () => {
        const { h, say } = open();
        for (const text of [say_.where, lang === 'da' ? 'hej' : 'hello', lang === 'da' ? 'hvad er programmet?' : "what's the programme?"]) {
          const replies = await say(text);
          assertLanguage(replies, lang, text);
          assert.equal(askedField(event, lang, replies), undefined, text);
          assert.equal(await dialogIn(h, 'conversation-user-1'), undefined, text);
        }
        assert.deepEqual(await stored(h, event), []);
      });

      it('when asked to sign up, then the privacy notice comes first: every field, who stores it, how long; nothing asked or stored before consent', async () => {
        const { h, say } = open();
        const notice = await say(say_.signUp);
        assertLanguage(notice, lang);
        const text = textOf(notice).toLowerCase();
        for (const field of fields) assert.ok(text.includes(labelOf(event, field, lang).toLowerCase()), `the notice names ${field.id}`);
        for (const organiser of event.organisers)
          assert.ok(text.includes(localText(event, organiser.name, lang).text.toLowerCase()), 'the notice names who stores it');
        assert.match(text, new RegExp(`\\b${event.retentionDays ?? h.config.RETENTION_DAYS}\\b`), 'the notice says how long');
        assert.ok(asksYesNo(notice), 'the notice asks for consent');
        assert.equal(askedField(event, lang, notice), undefined, 'no field before consent');
        assert.equal((await dialogIn(h, 'conversation-user-1'))?.kind, 'signUp');
        assert.deepEqual(await stored(h, event), []);
      });

      it('when the notice is declined, then the sign-up ends and nothing is stored', async () => {
        const { h, say } = open();
        await say(say_.signUp);
        assertLanguage(await say(say_.no), lang);
        assert.equal(await dialogIn(h, 'conversation-user-1'), undefined);
        // What comes next is no answer to a field.
        assert.equal(askedField(event, lang, await say(ANNA.name)), undefined);
        assert.deepEqual(await stored(h, event), []);
      });

      it("when every field is answered, then each is asked in the event's order, the review shows them, and confirming stores exactly them with a calendar file", async () => {
        const { h, say } = open();
        let replies = await startSignUp(say, lang);
        for (const [i, field] of fields.entries()) {
          assert.equal(askedField(event, lang, replies)?.id, field.id, `field ${i}`);
          assertLanguage(replies, lang, field.id);
          const answer = answerFor(field, lang);
          replies = await say(answer.text);
          // What was taken is shown back before the next question.
          assert.ok(textOf(replies).includes(answer.text), `${field.id} shown back`);
        }
        assert.ok(isReview(replies));
        assertLanguage(replies, lang, 'review');
        for (const field of fields) assert.ok(cardJson(replies).includes(answerFor(field, lang).text), `review shows ${field.id}`);
        assert.deepEqual(await stored(h, event), [], 'nothing stored before confirmation');

        const done = await say(say_.yes);
        assertLanguage(done, lang, 'confirmation');
        const [registration, ...more] = await stored(h, event);
        assert.deepEqual(more, []);
        assert.ok(isActive(registration));
        assert.equal(registration.status, 'registered');
        assert.deepEqual(registration.answers, expectedAnswers(event, lang));
        assert.equal(registration.personKey, personKeyOf(channelIdentity('test', 'user-1')));
        assert.equal(await dialogIn(h, 'conversation-user-1'), undefined, 'the dialog has ended');
        // The calendar file: the meeting, and nothing of the person.
        const ics = calendarOf(done);
        assert.ok(ics, 'a calendar file is attached');
        assert.match(ics, new RegExp(`DTSTART:${icsStart(event)}`));
        assert.doesNotMatch(ics, /Anna|anna@/);
        assert.ok(textOf(done).includes(formatWhen(event, lang)), 'the confirmation says when');
      });

      it('when answers come in sentences, with a full stop, by alias or number, then they are taken as meant', async () => {
        const { h, say } = open();
        let replies = await startSignUp(say, lang);
        const expected: Record<string, string> = {};
        for (const field of fields) {
          assert.equal(askedField(event, lang, replies)?.id, field.id);
          let text: string;
          switch (field.kind) {
            case 'name':
              text = say_.nameLeadIn(ANNA.name);
              expected[field.id] = ANNA.name;
              break;
            case 'email':
              text = say_.emailLeadIn(ANNA.email.toUpperCase());
              expected[field.id] = ANNA.email;
              break;
            case 'choice': {
              // An alias where the event gives one, else the option's number.
              const aliased = field.choices.find((choice) => choice.aliases.length > 0);
              text = aliased ? aliased.aliases[0]! : '2';
              expected[field.id] = aliased ? aliased.id : field.choices[1]!.id;
              break;
            }
            case 'text':
              text = field.optional ? say_.skip : ANNA.text;
              expected[field.id] = field.optional ? '' : ANNA.text;
              break;
            default: {
              const answer = answerFor(field, lang);
              text = answer.text;
              expected[field.id] = answer.stored;
            }
          }
          replies = await say(text);
          assert.ok(!asksYesNo(replies) || isReview(replies), `${field.id}: "${text}" is taken without asking: ${textOf(replies)}`);
        }
        assert.ok(isReview(replies), textOf(replies));
        await say(say_.yes);
        assert.deepEqual((await stored(h, event))[0]?.answers, expected);
      });

      it('when an answer is only a guess, then the bot asks first; "no" asks the field again, "yes" takes it', async () => {
        const { h, say } = open();
        let replies = await startSignUp(say, lang);
        const name = fieldOfKind(event, 'name')!;
        assert.equal(askedField(event, lang, replies)?.id, name.id);
        // A name in lower case is capitalised — and confirmed.
        replies = await say(ANNA.name.toLowerCase());
        assert.ok(asksYesNo(replies));
        assert.ok(textOf(replies).includes(ANNA.name));
        assert.equal(askedField(event, lang, await say(say_.no))?.id, name.id, '"no" asks the name again');
        await say(ANNA.name.toLowerCase());
        replies = await say(say_.yes);
        assert.notEqual(askedField(event, lang, replies)?.id, name.id, '"yes" moves on');
        // A choice with a typo is confirmed, shown by its proper label.
        const choiceField = fields.find(
          (field) => field.kind === 'choice' && plainChoices(field).some((c) => choiceLabel(c, lang).length >= 6),
        )!;
        for (const field of fields.slice(fields.indexOf(name) + 1, fields.indexOf(choiceField)))
          replies = await say(answerFor(field, lang).text);
        assert.equal(askedField(event, lang, replies)?.id, choiceField.id);
        const choice = plainChoices(choiceField).find((c) => choiceLabel(c, lang).length >= 6)!;
        const label = choiceLabel(choice, lang);
        replies = await say(`${label.slice(0, -1)}${label.at(-1) === 'x' ? 'y' : 'x'}`);
        assert.ok(asksYesNo(replies), textOf(replies));
        assert.ok(textOf(replies).includes(label));
        replies = await say(say_.yes);
        assert.notEqual(askedField(event, lang, replies)?.id, choiceField.id);
        for (const field of fields.slice(fields.indexOf(choiceField) + 1)) replies = await say(answerFor(field, lang).text);
        assert.ok(isReview(replies));
        await say(say_.yes);
        const answers = (await stored(h, event))[0]?.answers;
        assert.equal(answers?.[name.id], ANNA.name);
        assert.equal(answers?.[choiceField.id], choice.id);
      });

      it('when an answer is wrong, then the same field is asked again, in the same language, and nothing is stored', async () => {
        const { h, say } = open();
        let replies = await startSignUp(say, lang);
        const wrong: Record<string, string[]> = {
          name: ['**Anna**', '<b></b>', '😀🎉', 'A'.repeat(1999), say_.yes],
          email: ['anna@', 'anna.example.dk', say_.no],
          phone: ['12'],
          organisation: ['**KL**'],
          choice: ['9999', say_.yes],
          text: ['x'.repeat(1999)],
        };
        for (const field of fields) {
          assert.equal(askedField(event, lang, replies)?.id, field.id);
          for (const text of wrong[field.kind] ?? []) {
            replies = await say(text);
            assertLanguage(replies, lang, `${field.id} "${text.slice(0, 10)}"`);
            assert.equal(
              askedField(event, lang, replies)?.id,
              field.id,
              `${field.id} asked again after "${text.slice(0, 10)}": ${textOf(replies)}`,
            );
          }
          if (!field.optional) {
            replies = await say({ text: '' });
            assert.equal(askedField(event, lang, replies)?.id, field.id, `${field.id} asked again after an empty message`);
          }
          replies = await say(answerFor(field, lang).text);
        }
        assert.ok(isReview(replies));
        assert.deepEqual(await stored(h, event), []);
        await say(say_.yes);
        assert.deepEqual((await stored(h, event))[0]?.answers, expectedAnswers(event, lang));
      });

      const withOther = fields.find((field) => field.kind === 'choice' && field.other);
      if (withOther) {
        it('when a choice is answered outside its list, then it is kept as written under "other", once confirmed; the "other" button asks for it', async () => {
          const { h, say } = open();
          let replies = await startSignUp(say, lang);
          for (const field of fields.slice(0, fields.indexOf(withOther))) replies = await say(answerFor(field, lang).text);
          assert.equal(askedField(event, lang, replies)?.id, withOther.id);
          replies = await say('Nordby Lokalforening');
          assert.ok(asksYesNo(replies), 'an answer off the list is confirmed');
          replies = await say(say_.yes);
          for (const field of fields.slice(fields.indexOf(withOther) + 1)) replies = await say(answerFor(field, lang).text);
          assert.ok(cardJson(replies).includes('Nordby Lokalforening'));
          await say(say_.yes);
          const answers = (await stored(h, event))[0]!.answers;
          assert.equal(answers[`${withOther.id}Other`], 'Nordby Lokalforening');
          assert.ok(
            !withOther.choices.some((c) => c.id === answers[withOther.id] && !/^(andet|other)/.test(c.id)),
            'stored as "other", not as a listed choice',
          );

          // The same through the card's "other" button, by another person.
          const bo = speaker(h, { id: 'bo', locale: LOCALE[lang] });
          await startSignUp(bo, lang);
          for (const field of fields.slice(0, fields.indexOf(withOther))) await bo(answerFor(field, lang, BO).text);
          replies = await bo({ value: { moedebot: 'field', field: withOther.id, choice: 'other' } });
          assert.ok(textOf(replies).includes(otherPromptOf(event, withOther, lang)), textOf(replies));
          replies = await bo('Sydby Borgerforening');
          for (const field of fields.slice(fields.indexOf(withOther) + 1)) replies = await bo(answerFor(field, lang, BO).text);
          assert.ok(isReview(replies));
          await bo(say_.yes);
          const bos = (await stored(h, event)).find((r) => isActive(r) && r.personKey === personKeyOf(channelIdentity('test', 'bo')));
          assert.equal(bos?.answers[`${withOther.id}Other`], 'Sydby Borgerforening');
        });
      }

      it("when a card's choice is used, then it is taken; a choice the field does not have is refused and the field asked again", async () => {
        const { h, say } = open();
        const choiceField = fields.find((field) => field.kind === 'choice')!;
        await startSignUp(say, lang);
        for (const field of fields.slice(0, fields.indexOf(choiceField))) await say(answerFor(field, lang).text);
        let replies = await say({ value: { moedebot: 'field', field: choiceField.id, choice: 'atlantis' } });
        assert.equal(askedField(event, lang, replies)?.id, choiceField.id);
        // A submit for another field than the one asked is stale: the pending field is asked again.
        const other = fields.find((field) => field !== choiceField)!;
        replies = await say({ value: { moedebot: 'field', field: other.id, choice: 'x' } });
        assert.equal(askedField(event, lang, replies)?.id, choiceField.id);
        const chosen = plainChoices(choiceField).at(-1)!;
        replies = await say({ value: { moedebot: 'field', field: choiceField.id, choice: chosen.id } });
        assert.notEqual(askedField(event, lang, replies)?.id, choiceField.id);
        for (const field of fields.slice(fields.indexOf(choiceField) + 1)) await say(answerFor(field, lang).text);
        await say(say_.yes);
        assert.equal((await stored(h, event))[0]?.answers[choiceField.id], chosen.id);
      });

      it('when a question about the meeting comes mid-sign-up, then it is answered and the pending field asked again', async () => {
        const { h, say } = open();
        await startSignUp(say, lang);
        const [first, second] = fields;
        const replies = await say(answerFor(first!, lang).text);
        assert.equal(askedField(event, lang, replies)?.id, second!.id);
        const answered = await say(say_.where);
        assertLanguage(answered, lang);
        const address = event.venue.address?.line;
        if (address) assert.ok(textOf(answered).includes(address), textOf(answered));
        assert.equal(askedField(event, lang, answered)?.id, second!.id);
        assert.deepEqual((await dialogIn(h, 'conversation-user-1'))?.answers, { [first!.id]: answerFor(first!, lang).stored });
      });

      it('when help is asked mid-sign-up, then it comes in the same language and the pending field is asked again', async () => {
        const { say } = open();
        const replies = await startSignUp(say, lang);
        const pending = askedField(event, lang, replies)!;
        const help = await say(say_.help);
        assertLanguage(help, lang);
        assert.ok(
          textOf(help)
            .toLowerCase()
            .includes(labelOf(event, pending, lang).toLowerCase()),
          'help names the field still missing',
        );
        assert.equal(askedField(event, lang, help)?.id, pending.id);
      });

      it('when the person stops mid-sign-up, then the dialog ends, nothing is stored, and a later answer is no answer', async () => {
        const { h, say } = open();
        await startSignUp(say, lang);
        await say(answerFor(fields[0]!, lang).text);
        const stop = await say(say_.stop);
        assertLanguage(stop, lang);
        assert.equal(await dialogIn(h, 'conversation-user-1'), undefined);
        assert.equal(askedField(event, lang, await say(answerFor(fields[1]!, lang).text)), undefined);
        assert.deepEqual(await stored(h, event), []);
      });

      it('when "delete my data" comes mid-sign-up, then the sign-up stops, the deletion is asked, and "yes" erases the draft', async () => {
        const { h, say } = open();
        await startSignUp(say, lang);
        await say(answerFor(fields[0]!, lang).text);
        const replies = await say(say_.deleteData);
        assertLanguage(replies, lang);
        assert.ok(asksYesNo(replies));
        assert.equal((await dialogIn(h, 'conversation-user-1'))?.kind, 'confirm');
        await say(say_.yes);
        assert.equal(await dialogIn(h, 'conversation-user-1'), undefined);
        assert.doesNotMatch(
          JSON.stringify(await h.stateStorage.read(['test/conversations/conversation-user-1/', 'test/users/user-1/'])),
          /Anna/,
        );
        assert.deepEqual(await stored(h, event), []);
      });

      it('when a field is changed at the review, then that field alone is asked, the review comes back with the new value, and confirming stores it', async () => {
        const { h, say } = open();
        await answerAll(say, event, lang);
        const email = fieldOfKind(event, 'email')!;
        let replies = await say(say_.change(labelOf(event, email, lang)));
        assert.equal(askedField(event, lang, replies)?.id, email.id);
        replies = await say(BO.email);
        assert.ok(isReview(replies));
        assert.ok(cardJson(replies).includes(BO.email));

        // "change" alone: the bot asks which; the field is named; its question follows.
        const choiceField = fields.find((field) => field.kind === 'choice')!;
        replies = await say(say_.changeAlone);
        assert.equal(askedField(event, lang, replies), undefined);
        assert.ok(!isReview(replies));
        replies = await say(labelOf(event, choiceField, lang));
        assert.equal(askedField(event, lang, replies)?.id, choiceField.id);
        replies = await say(answerFor(choiceField, lang, BO).text);
        assert.ok(isReview(replies));

        // The new value in the same sentence.
        const name = fieldOfKind(event, 'name')!;
        replies = await say(`${say_.change(labelOf(event, name, lang))} ${lang === 'da' ? 'til' : 'to'} ${BO.name}`);
        assert.ok(isReview(replies), textOf(replies));
        assert.ok(cardJson(replies).includes(BO.name));

        assert.deepEqual(await stored(h, event), []);
        await say(say_.yes);
        const answers = (await stored(h, event))[0]?.answers;
        assert.deepEqual(answers, {
          ...expectedAnswers(event, lang),
          [email.id]: BO.email,
          [choiceField.id]: answerFor(choiceField, lang, BO).stored,
          [name.id]: BO.name,
        });
      });

      it("when the review's cancel button is used, then the dialog ends and nothing is stored", async () => {
        const { h, say } = open();
        await answerAll(say, event, lang);
        assertLanguage(await say({ value: { moedebot: 'review', choice: 'cancel' } }), lang);
        assert.equal(await dialogIn(h, 'conversation-user-1'), undefined);
        assert.deepEqual(await stored(h, event), []);
      });

      it("when the review's confirm button is used, then the registration is stored", async () => {
        const { h, say } = open();
        await answerAll(say, event, lang);
        await say({ value: { moedebot: 'review', choice: 'confirm' } });
        assert.deepEqual((await stored(h, event))[0]?.answers, expectedAnswers(event, lang));
      });

      it('when a registered person signs up again, then the registration is shown and a change offered, and there is never a second one', async () => {
        const { h, say } = open();
        await signUp(say, event, lang);
        const again = await say(say_.signUp);
        assertLanguage(again, lang);
        assert.ok(cardJson(again).includes(ANNA.email), 'the registration is shown');
        assert.ok(asksYesNo(again), 'a change is offered');
        await say(say_.no);
        assert.equal(await dialogIn(h, 'conversation-user-1'), undefined);
        await say(say_.signUp);
        assert.ok(isReview(await say(say_.yes)), '"yes" leads to the review of the stored answers');
        const unchanged = await say(say_.yes);
        assertLanguage(unchanged, lang);
        assert.equal(calendarOf(unchanged), undefined, 'nothing new to put in a calendar');
        assert.equal((await active(h, event)).length, 1);
        assert.deepEqual((await stored(h, event))[0]?.answers, expectedAnswers(event, lang));
      });

      it('when storing fails, then the answers are kept, and "try again" stores them once when the store is back', async () => {
        const { h, say } = open();
        await signUp(speaker(h, { id: 'first', locale: LOCALE[lang] }), event, lang);
        // Break the store for real: a folder where its file must be written, so every write fails.
        const file = path.join(h.config.DATA_DIR, 'registrations', `${event.id}.json`);
        rmSync(file);
        mkdirSync(file);
        await answerAll(say, event, lang, BO);
        const failed = await say(say_.yes);
        assertLanguage(failed, lang);
        assert.ok(asksYesNo(failed), 'a retry is offered');
        assert.equal((await dialogIn(h, 'conversation-user-1'))?.step, 'retry');
        await say(say_.retry);
        assert.deepEqual((await dialogIn(h, 'conversation-user-1'))?.answers, expectedAnswers(event, lang, BO), 'the answers are kept');
        rmdirSync(file);
        const done = await say(say_.retry);
        assert.ok(calendarOf(done));
        const mine = (await stored(h, event)).filter((r) => isActive(r) && r.personKey === personKeyOf(channelIdentity('test', 'user-1')));
        assert.equal(mine.length, 1);
        assert.deepEqual(mine[0]?.answers, expectedAnswers(event, lang, BO));
        assert.equal((await active(h, event)).length, 2);
      });

      it('when a card sends something the bot did not send, or a stale button, then a polite reply and nothing changes', async () => {
        const { h, say } = open();
        for (const value of [{ hack: '<script>' }, { moedebot: 'review', choice: 'confirm' }, { moedebot: 'yesNo', answer: 'yes' }]) {
          const replies = await say({ value });
          assertLanguage(replies, lang, JSON.stringify(value));
          assert.equal(await dialogIn(h, 'conversation-user-1'), undefined);
        }
        assert.deepEqual(await stored(h, event), []);
      });

      it("when the programme card's sign-up button or the welcome's sign-up suggestion is used, then the sign-up starts", async () => {
        const { h, say } = open();
        const programme = await say(lang === 'da' ? 'program' : 'programme');
        const action = (cardsOf(programme)[0] as { actions?: Array<{ data?: Record<string, unknown> }> }).actions?.find(
          (a) => a.data?.moedebot === 'signUp',
        );
        assert.deepEqual(action?.data, { moedebot: 'signUp', eventId: event.id });
        assert.ok(asksYesNo(await say({ value: action.data })));
        assert.equal((await dialogIn(h, 'conversation-user-1'))?.kind, 'signUp');
        const welcome = await speaker(h, { id: 'newcomer', locale: LOCALE[lang] })({
          type: 'conversationUpdate',
          membersAdded: [{ id: 'newcomer', name: 'N' }],
        });
        const suggestions = welcome[0]?.suggestedActions?.actions.map((a) => a.title) ?? [];
        assert.ok(suggestions.includes(messages(lang).suggestions.signUp), suggestions.join(', '));
        const button = speaker(h, { id: 'button-user', locale: LOCALE[lang] });
        assert.ok(asksYesNo(await button(messages(lang).suggestions.signUp)));
        assert.equal((await dialogIn(h, 'conversation-button-user'))?.kind, 'signUp');
      });
    });
  }

  describe(`sign-up, ${test.name} event: what people type is stored and shown as text`, () => {
    const text = fields.find((field) => field.kind === 'text');

    it('when a typed answer holds control or format characters, then they are not stored', async () => {
      const h = harnessFor(test);
      const say = speaker(h);
      let replies = await startSignUp(say, 'da');
      for (const field of fields) {
        assert.equal(askedField(event, 'da', replies)?.id, field.id);
        const answer =
          field.kind === 'name'
            ? 'Anna\u0000 Jen\u202Esen\u001b'
            : field.kind === 'text'
              ? 'Inklusion\u200B i ud\u0301\u0301\u0301\u0301skolingen'
              : answerFor(field, 'da').text;
        replies = await say(answer);
        if (asksYesNo(replies) && !isReview(replies)) replies = await say('ja');
      }
      await say('ja');
      const answers = (await stored(h, event))[0]!.answers;
      assert.equal(answers[fieldOfKind(event, 'name')!.id], 'Anna Jensen');
      // eslint-disable-next-line no-control-regex -- control characters are what must not be kept
      assert.doesNotMatch(JSON.stringify(answers), /[\u0000-\u001f\u200b\u202e]/);
      if (text) assert.doesNotMatch(answers[text.id] ?? '', /\p{M}{3}/u);
    });

    if (text) {
      it('when an answer looks like markdown, then cards show it literally, never as markdown', async () => {
        const h = harnessFor(test);
        const say = speaker(h);
        let replies = await startSignUp(say, 'da');
        for (const field of fields)
          replies = await say(field === text ? '**vigtigt** [link](http://x) _emne_' : answerFor(field, 'da').text);
        assert.ok(isReview(replies), textOf(replies));
        const json = cardJson(replies);
        assert.match(json, /\{"type":"TextRun","text":"\*\*vigtigt\*\* \[link\]\(http:\/\/x\) _emne_"\}/);
        assert.doesNotMatch(json, /"type":"TextBlock","text":"\*\*vigtigt/);
      });
    }
  });

  describe(`sign-up, ${test.name} event: when the chat cannot take it`, () => {
    const closed = async (env: Record<string, string>, lang: 'da' | 'en') => {
      const h = harnessFor({ file: env.EVENT_FILE ?? test.file, now: env.BOT_NOW ?? test.now });
      const say = speaker(h, { locale: LOCALE[lang] });
      const replies = await say(SAY[lang].signUp);
      assertLanguage(replies, lang);
      assert.ok(!asksYesNo(replies), `no sign-up starts: ${textOf(replies)}`);
      assert.equal(await dialogIn(h, 'conversation-user-1'), undefined);
      assert.equal(askedField(event, lang, await say(SAY[lang].yes)), undefined);
      assert.deepEqual(await stored(h, event), []);
      return textOf(replies);
    };

    for (const lang of LANGS) {
      it(`when the meeting has been held, then sign-up is closed and says when it was (${lang})`, async () => {
        assert.ok((await closed({ BOT_NOW: nowAround(event, { days: 30 }) }, lang)).includes(formatWhen(event, lang)));
      });

      it(`when the meeting is under way, then sign-up is closed (${lang})`, async () => {
        assert.ok((await closed({ BOT_NOW: nowAround(event, { minutes: 30 }) }, lang)).includes(formatWhen(event, lang)));
      });

      it(`when the deadline has passed, then sign-up is closed and names the deadline (${lang})`, async () => {
        const deadline = DateTime.fromISO(nowAround(event, { days: -7 }), { setZone: true }).set({ hour: 12, minute: 0 });
        const file = eventFileFrom(
          test.file,
          (raw) => ((raw.registration as Record<string, unknown>).deadline = deadline.toFormat("yyyy-MM-dd'T'HH:mm")),
        );
        const text = await closed({ EVENT_FILE: file, BOT_NOW: deadline.plus({ hours: 1 }).toISO()! }, lang);
        assert.ok(text.includes(formatDate(deadline, lang)), text);
      });

      it(`when sign-up is not offered in the chat, then the organiser's own way is named (${lang})`, async () => {
        const file = eventFileFrom(test.file, (raw) => ((raw.registration as Record<string, unknown>).chat = false));
        const text = await closed({ EVENT_FILE: file }, lang);
        assert.ok(text.includes(event.registration!.url!), text);
      });

      it(`when the invitation says no sign-up is needed, then none starts (${lang})`, async () => {
        await closed(
          { EVENT_FILE: eventFileFrom(test.file, (raw) => ((raw.registration as Record<string, unknown>).required = false)) },
          lang,
        );
      });

      it(`when no sign-up is needed but the letter asks for a word to the chair, then that way is given, in its words (${lang})`, async () => {
        const said = 'Det er ikke nødvendigt at tilmelde sig, men giv gerne besked til formanden senest fredag den 16. april.';
        const file = eventFileFrom(test.file, (raw) => {
          const registration = raw.registration as Record<string, unknown>;
          registration.required = false;
          registration.text = { da: said };
        });
        const text = await closed({ EVENT_FILE: file }, lang);
        assert.ok(text.includes('besked til formanden senest fredag den 16. april'), text);
      });
    }

    it('when the deadline is a date, then sign-up is open all that day and closed the next', async () => {
      const day = DateTime.fromISO(nowAround(event, { days: -5 }), { setZone: true });
      const file = eventFileFrom(test.file, (raw) => ((raw.registration as Record<string, unknown>).deadline = day.toISODate()));
      const lastHour = harnessFor({ file, now: day.set({ hour: 23, minute: 30 }).toISO()! });
      assert.ok(asksYesNo(await speaker(lastHour)('tilmeld mig')));
      await closed({ EVENT_FILE: file, BOT_NOW: day.plus({ days: 1 }).set({ hour: 0, minute: 30 }).toISO()! }, 'da');
    });
  });

  describe(`sign-up in Teams, ${test.name} event`, () => {
    const AAD = '0d0d0d0d-0000-4000-8000-00000000000d';

    for (const lang of LANGS) {
      it(`when Teams knows the name and e-mail, then they are offered instead of asked; refusing one asks for it (${lang})`, async () => {
        const h = harnessFor(test, {}, { directory: { lookup: async () => ({ name: ANNA.name, email: 'Anna.Jensen@Example.dk' }) } });
        const say = speaker(h, { channelId: 'msteams', aad: AAD, locale: LOCALE[lang], id: '29:anna' });
        const name = fieldOfKind(event, 'name')!;
        const email = fieldOfKind(event, 'email')!;
        let replies = await startSignUp(say, lang);
        assertLanguage(replies, lang);
        assert.ok(asksYesNo(replies) && textOf(replies).includes(ANNA.name), `the Teams name is offered: ${textOf(replies)}`);
        assert.equal(askedField(event, lang, replies), undefined, 'instead of the question');
        replies = await say(SAY[lang].yes);
        assert.ok(
          asksYesNo(replies) && textOf(replies).includes('anna.jensen@example.dk'),
          `the Teams e-mail is offered: ${textOf(replies)}`,
        );
        replies = await say(SAY[lang].no);
        assert.equal(askedField(event, lang, replies)?.id, email.id, 'refused: the e-mail is asked');
        replies = await say(BO.email);
        for (const field of fields.filter((f) => f !== name && f !== email)) {
          assert.equal(askedField(event, lang, replies)?.id, field.id);
          replies = await say(answerFor(field, lang).text);
        }
        assert.ok(isReview(replies));
        const done = await say(SAY[lang].yes);
        // Teams takes no file attachment from a bot: no calendar file there.
        assert.equal(calendarOf(done), undefined);
        const [registration] = await stored(h, event);
        assert.ok(isActive(registration));
        assert.equal(registration.answers[name.id], ANNA.name);
        assert.equal(registration.answers[email.id], BO.email);
        assert.equal(registration.personKey, personKeyOf(aadIdentity(AAD)));
      });
    }

    it('when Teams gives nothing usable, then the person types as everywhere else', async () => {
      const h = harnessFor(test, {}, { directory: { lookup: async () => ({ name: '<b>x</b>', email: 'not-an-address' }) } });
      const say = speaker(h, { channelId: 'msteams', aad: AAD });
      assert.equal(askedField(event, 'da', await startSignUp(say, 'da'))?.id, fields[0]!.id);
    });
  });
}
