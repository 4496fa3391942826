// test-weight: 3 (slow for its size; see scripts/runTests.mjs)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatWhen, titleOf } from '../../src/event/format';
import { channelIdentity, personKeyOf } from '../../src/identity';
import { isActive, type StoredRegistration } from '../../src/registrations/model';
import { cardsOf, speaker, textOf } from '../helpers/conversation';
import { eventFileFrom, eventsFolder, KL_EVENT_FILE, KL_NOW, SYNTHETIC_EVENT_FILE, TEST_EVENTS } from '../helpers/event';
import {
  ANNA,
  BO,
  LANGS,
  LOCALE,
  SAY,
  active,
  answerFor,
  askedField,
  asksYesNo,
  assertLanguage,
  calendarOf,
  cardJson,
  dialogIn,
  expectedAnswers,
  fieldOfKind,
  fieldsOf,
  harnessFor,
  isReview,
  labelOf,
  person,
  registerDirectly,
  signUp,
  stored,
} from '../helpers/signUp';
import { dialogHarness } from '../helpers/testBot';

const ownedBy = (id: string) => (r: StoredRegistration) => isActive(r) && r.personKey === personKeyOf(channelIdentity('test', id));

/**
 * After signing up: seeing one's registration, changing it, cancelling, deleting one's data, and the waiting list —
 * for every test event, in both languages.
 */
for (const test of TEST_EVENTS) {
  const { event } = test;
  const fields = fieldsOf(event);

  for (const lang of LANGS) {
    const say_ = SAY[lang];
    const open = (env: Record<string, string> = {}, file = test.file) => {
      const h = harnessFor({ file, now: test.now }, env);
      return { h, say: speaker(h, { locale: LOCALE[lang] }) };
    };

    describe(`managing a registration, ${test.name} event, ${lang}`, () => {
      it('when someone not registered asks to see their registration, then they hear so, and no card is shown', async () => {
        const { say } = open();
        const replies = await say(say_.myRegistration);
        assertLanguage(replies, lang);
        assert.deepEqual(cardsOf(replies), []);
      });

      it('when a registered person asks to see it, then a card shows every answer and the status', async () => {
        const { h, say } = open();
        await registerDirectly(h, event, lang);
        const replies = await say(say_.myRegistration);
        assertLanguage(replies, lang);
        const card = cardJson(replies);
        for (const field of fields) assert.ok(card.includes(labelOf(event, field, lang)), `the card labels ${field.id}`);
        for (const field of fields) assert.ok(card.includes(answerFor(field, lang).text), `the card shows ${field.id}`);
        assert.ok(card.includes(titleOf(event, lang)));
      });

      it('when the bot has a public address, then the registration card links the calendar file', async () => {
        const { h, say } = open({ PUBLIC_BASE_URL: 'https://moedebot.example' });
        await registerDirectly(h, event, lang);
        const actions = (cardsOf(await say(say_.myRegistration)) as Array<{ actions?: Array<{ type: string; url?: string }> }>).flatMap(
          (card) => card.actions ?? [],
        );
        assert.deepEqual(
          actions.filter((a) => a.type === 'Action.OpenUrl').map((a) => a.url),
          [`https://moedebot.example/calendar/${event.id}.ics`],
        );
      });

      it('when a registered person changes a field, then only that field is asked, the review follows, and the update is stored', async () => {
        const { h, say } = open();
        await registerDirectly(h, event, lang);
        const email = fieldOfKind(event, 'email')!;
        let replies = await say(say_.changeMine(labelOf(event, email, lang)));
        assertLanguage(replies, lang);
        assert.equal(askedField(event, lang, replies)?.id, email.id, textOf(replies));
        replies = await say(BO.email);
        assert.ok(isReview(replies));
        const choiceField = fields.find((field) => field.kind === 'choice')!;
        replies = await say(
          `${say_.changeMine(labelOf(event, choiceField, lang))} ${lang === 'da' ? 'til' : 'to'} ${answerFor(choiceField, lang, BO).text}`,
        );
        assert.ok(isReview(replies), textOf(replies));
        assert.equal((await stored(h, event))[0]?.answers[email.id], ANNA.email, 'nothing changes before it is confirmed');
        assertLanguage(await say(say_.yes), lang);
        const [registration, ...others] = await stored(h, event);
        assert.deepEqual(others, []);
        assert.deepEqual(registration?.answers, {
          ...expectedAnswers(event, lang),
          [email.id]: BO.email,
          [choiceField.id]: answerFor(choiceField, lang, BO).stored,
        });
      });

      it('when someone not registered asks to change their registration, then they hear so and no dialog starts', async () => {
        const { h, say } = open();
        const email = fieldOfKind(event, 'email')!;
        assertLanguage(await say(say_.changeMine(labelOf(event, email, lang))), lang);
        assert.equal(await dialogIn(h, 'conversation-user-1'), undefined);
        assert.deepEqual(await stored(h, event), []);
      });

      it('when cancelling is asked, then the bot asks first; "no" keeps it; "yes" deletes the person and keeps only what is counted', async () => {
        const { h, say } = open();
        await registerDirectly(h, event, lang);
        let replies = await say(say_.cancelRegistration);
        assertLanguage(replies, lang);
        assert.ok(asksYesNo(replies));
        assert.ok(textOf(replies).includes(titleOf(event, lang)), 'the question names the meeting');
        await say(say_.no);
        assert.equal((await active(h, event)).length, 1, '"no" keeps the registration');
        await say(say_.cancelRegistration);
        replies = await say(say_.yes);
        assertLanguage(replies, lang);
        assert.deepEqual(await active(h, event), []);
        // What the event counts cancellations by stays, without the person; nothing personal does.
        const kept = fields.filter((field) => field.keepAfterCancel && !field.personal);
        const records = await stored(h, event);
        assert.equal(records.length, 1);
        assert.equal(records[0]!.status, 'cancelled');
        assert.ok(!('personKey' in records[0]!));
        assert.deepEqual(records[0]!.answers, Object.fromEntries(kept.map((field) => [field.id, answerFor(field, lang).stored])));
        for (const field of kept)
          assert.ok(
            textOf(replies)
              .toLowerCase()
              .includes(labelOf(event, field, lang).toLowerCase()),
            `the reply says ${field.id} is kept`,
          );
        assert.doesNotMatch(JSON.stringify(records), /Anna|anna@/);
        assert.deepEqual(cardsOf(await say(say_.myRegistration)), [], 'nothing left to show');
      });

      it('when someone not registered asks to cancel, then they hear so and nothing is asked', async () => {
        const { h, say } = open();
        const replies = await say(say_.cancelRegistration);
        assertLanguage(replies, lang);
        assert.ok(!asksYesNo(replies));
        assert.equal(await dialogIn(h, 'conversation-user-1'), undefined);
      });

      it('when "delete my data" is confirmed, then the registration and the conversation state are gone; "no" deletes nothing', async () => {
        const { h, say } = open();
        await signUp(say, event, lang);
        assert.ok(asksYesNo(await say(say_.deleteData)));
        await say(say_.no);
        assert.equal((await active(h, event)).length, 1);
        await say(say_.deleteData);
        assertLanguage(await say(say_.yes), lang);
        assert.deepEqual(await stored(h, event), [], 'no registration, and no cancellation record either');
        const state = JSON.stringify(await h.stateStorage.read(['test/conversations/conversation-user-1/', 'test/users/user-1/']));
        assert.doesNotMatch(state, /Anna|anna@|"memory"/);
      });

      it('when "delete my data" comes from someone never registered, then it is confirmed all the same and nothing breaks', async () => {
        const { h, say } = open();
        assert.ok(asksYesNo(await say(say_.deleteData)));
        assertLanguage(await say(say_.yes), lang);
        assert.equal(await dialogIn(h, 'conversation-user-1'), undefined);
      });
    });

    describe(`the waiting list, ${test.name} event, ${lang}`, () => {
      // Written when a test runs: temporary files are removed when the test (not the collection) is done.
      const full = () => eventFileFrom(test.file, (raw) => ((raw.registration as Record<string, unknown>).capacity = 1));

      it('when the meeting is full, then the next person waits (no calendar file), sees the place, and moves up — and is told once — when someone cancels', async () => {
        const h = harnessFor({ file: full(), now: test.now });
        const anna = speaker(h, { id: 'anna', locale: LOCALE[lang] });
        const bo = speaker(h, { id: 'bo', locale: LOCALE[lang] });
        await registerDirectly(h, event, lang, ANNA, 'anna');
        // Bo signs up in the dialog: what its last turn says to someone put on the waiting list is under test.
        const waiting = await signUp(bo, event, lang, BO);
        assertLanguage(waiting, lang);
        assert.equal(calendarOf(waiting), undefined, 'no calendar file for a place on the waiting list');
        assert.equal((await stored(h, event)).find(ownedBy('bo'))?.status, 'waitlisted');
        assert.match(cardJson(await bo(SAY[lang].myRegistration)), /\b1\b/, 'the card shows the place in the queue');

        await anna(SAY[lang].cancelRegistration);
        assertLanguage(await anna(SAY[lang].yes), lang);
        const promoted = (await stored(h, event)).find(ownedBy('bo'));
        assert.equal(promoted?.status, 'registered');

        const next = await bo(lang === 'da' ? 'hej' : 'hello');
        assertLanguage(next, lang);
        assert.ok(
          textOf(next.slice(0, 1)).includes(titleOf(event, lang)) && textOf(next.slice(0, 1)).includes(formatWhen(event, lang)),
          `the first reply tells of the seat: ${textOf(next)}`,
        );
        const after = await bo(lang === 'da' ? 'hej' : 'hello');
        assert.ok(!textOf(after).includes(formatWhen(event, lang)), 'told once');
      });

      it('when a registered person deletes their data, then the first on the waiting list moves up', async () => {
        const h = harnessFor({ file: full(), now: test.now });
        const anna = speaker(h, { id: 'anna', locale: LOCALE[lang] });
        await registerDirectly(h, event, lang, ANNA, 'anna');
        assert.equal((await registerDirectly(h, event, lang, BO, 'bo')).kind, 'waitlisted');
        assert.equal((await registerDirectly(h, event, lang, person(3), 'carl')).kind, 'waitlisted');
        await anna(SAY[lang].deleteData);
        await anna(SAY[lang].yes);
        const all = await stored(h, event);
        assert.equal(all.find(ownedBy('anna')), undefined);
        assert.equal(all.find(ownedBy('bo'))?.status, 'registered');
        assert.equal(all.find(ownedBy('carl'))?.status, 'waitlisted');
      });
    });
  }
}

describe('registrations for several meetings in one deployment', () => {
  const [kl, synthetic] = TEST_EVENTS;
  /** A word of each event's own (its town), to name it in a message. */
  const townOf = (test: typeof kl | typeof synthetic) => test.event.venue.address!.city!;
  const bothOpen = () => dialogHarness({ EVENTS_DIR: eventsFolder([KL_EVENT_FILE, SYNTHETIC_EVENT_FILE]), BOT_NOW: KL_NOW });

  for (const lang of LANGS) {
    it(`when a person signs up for each meeting by naming it, then both are stored, shown, cancelled one at a time and erased together (${lang})`, async () => {
      const h = bothOpen();
      const say = speaker(h, { locale: LOCALE[lang] });
      for (const test of [kl, synthetic]) {
        const notice = await say(`${SAY[lang].signUp} ${lang === 'da' ? 'til mødet i' : 'for the meeting in'} ${townOf(test)}`);
        assert.ok(textOf(notice).includes(titleOf(test.event, lang)), `the notice names ${test.name}: ${textOf(notice)}`);
        let replies = await say(SAY[lang].yes);
        for (const field of fieldsOf(test.event)) {
          assert.equal(askedField(test.event, lang, replies)?.id, field.id);
          replies = await say(answerFor(field, lang).text);
        }
        assert.ok(isReview(replies));
        await say(SAY[lang].yes);
        assert.deepEqual((await stored(h, test.event))[0]?.answers, expectedAnswers(test.event, lang));
      }

      const mine = await say(SAY[lang].myRegistration);
      assertLanguage(mine, lang);
      for (const test of [kl, synthetic]) assert.ok(cardJson(mine).includes(titleOf(test.event, lang)), `both are shown: ${test.name}`);

      // Cancelling without naming which: the bot asks, with a card of the meetings.
      const which = await say(SAY[lang].cancelRegistration);
      const options = (cardsOf(which) as Array<{ actions?: Array<{ data?: { moedebot?: string; eventId?: string } }> }>)
        .flatMap((card) => card.actions ?? [])
        .map((a) => a.data?.eventId);
      assert.deepEqual(options.sort(), [kl.event.id, synthetic.event.id].sort());
      const question = await say({ value: { moedebot: 'event', eventId: synthetic.event.id } });
      assert.ok(asksYesNo(question) && textOf(question).includes(titleOf(synthetic.event, lang)), textOf(question));
      await say(SAY[lang].yes);
      assert.deepEqual(await active(h, synthetic.event), []);
      assert.equal((await active(h, kl.event)).length, 1, 'the other meeting is untouched');

      await say(SAY[lang].deleteData);
      await say(SAY[lang].yes);
      assert.deepEqual(await active(h, kl.event), []);
    });
  }
});

describe('cancelling when the message names another meeting than the one registered for', () => {
  it('when someone registered for one meeting cancels the other by name, then nothing is cancelled and they hear they are not registered there', async () => {
    const [kl, synthetic] = TEST_EVENTS;
    const h = dialogHarness({ EVENTS_DIR: eventsFolder([KL_EVENT_FILE, SYNTHETIC_EVENT_FILE]), BOT_NOW: KL_NOW });
    const say = speaker(h);
    await registerDirectly(h, synthetic.event, 'da');
    const answer = await say(`afmeld mig mødet i ${kl.event.venue.address!.city}`);
    assert.ok(!asksYesNo(answer), `no cancelling of the other meeting is offered: ${textOf(answer)}`);
    assert.ok(textOf(answer).includes(titleOf(kl.event, 'da')), textOf(answer));
    await say('ja');
    assert.equal((await active(h, synthetic.event)).length, 1);
  });
});
