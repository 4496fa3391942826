// test-weight: 2 (slow for its size; see scripts/runTests.mjs)
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import type { AppOverrides } from '../../src/app';
import type { MeetingEvent } from '../../src/event/model';
import { messages } from '../../src/i18n';
import { createLogger } from '../../src/log';
import { StoreUnavailableError, type QuestionStore } from '../../src/storage/port';
import { speaker as anyone, textOf } from '../helpers/conversation';
import { TEST_EVENTS } from '../helpers/event';
import { dialogHarness } from '../helpers/testBot';

type Harness = ReturnType<typeof dialogHarness> & { sent: Array<Partial<Activity>> };
type TestEvent = (typeof TEST_EVENTS)[number];

/**
 * A question the event's letter does not answer, two other ways of asking it (one in English) and an organiser's
 * answer: parking where the letter says nothing of it, else wifi. Chosen from the event, not named for one.
 */
function scenario(event: MeetingEvent) {
  return event.practical.parking
    ? {
        ask: 'er der wifi?',
        again: 'kan man få wifi',
        english: 'is there wifi?',
        answer: 'Ja, netværket hedder Gæst og kræver ingen kode',
        fact: /netværket hedder Gæst/,
      }
    : {
        ask: 'er der parkering?',
        again: 'hvor kan jeg parkere',
        english: 'where can I park?',
        answer: 'Der er gratis parkering bag bygningen',
        fact: /gratis parkering bag bygningen/,
      };
}

/** The real bot on the TestAdapter, with every activity it sends noted (its messages to those who asked included). */
function harness(entry: TestEvent, env: Record<string, string> = {}, overrides: AppOverrides = {}): Harness {
  const h = dialogHarness({ EVENT_FILE: entry.file, BOT_NOW: entry.now, ORGANISER_IDS: 'test:org-1', ...env }, overrides);
  const sent: Array<Partial<Activity>> = [];
  const send = h.adapter.sendActivities.bind(h.adapter);
  h.adapter.sendActivities = async (context, activities) => {
    sent.push(...activities);
    return send(context, activities);
  };
  return Object.assign(h, { sent });
}

const to = (activities: Array<Partial<Activity>>, conversationId: string) =>
  activities.filter((activity) => activity.conversation?.id === conversationId);

/** Everything sent to a conversation outside its own turns: the bot's messages to those who asked, once sent. */
async function toldAfterwards(h: Harness, conversationId: string): Promise<Array<Partial<Activity>>> {
  await h.bot.idle();
  return to(h.sent, conversationId).filter((activity) => LOOP_STARTS.some((start) => (activity.text ?? '').startsWith(start)));
}

/** How the message to someone whose question was answered begins, in either language. */
const LOOP_STARTS = [messages('da'), messages('en')].map((m) => m.unanswered.closingTheLoop('\u0000', '', undefined).split('\u0000')[0]!);

/** One user in their own 1:1 conversation: the replies of their turn in that conversation only. */
function speaker(h: Harness, options: Parameters<typeof anyone>[1] & { id: string }) {
  const say = anyone(h, options);
  return async (input: Parameters<typeof say>[0]) => to(await say(input), options.conversationId ?? `conversation-${options.id}`);
}
const feedbackButtons = (replies: Partial<Activity>[]) =>
  replies.flatMap((reply) => reply.suggestedActions?.actions ?? []).filter((action) => action.title === '👍' || action.title === '👎');

/** A logger whose lines the test can read. */
function capturedLog() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger('info', stream), lines };
}

const da = messages('da');

for (const entry of TEST_EVENTS) {
  const { event } = entry;
  const s = scenario(event);

  describe(`unanswered questions, answered by organisers in chat (${entry.name} event)`, () => {
    it('when an invitee asks what the letter does not say, then an honest "don\'t know"; an organiser answers it in one message; the next invitee gets the answer; the first is told', async () => {
      const h = harness(entry);
      const first = speaker(h, { id: 'asker-1' });
      const dontKnow = textOf(await first(s.ask));
      assert.doesNotMatch(dontKnow, s.fact);
      assert.ok(dontKnow.includes(da.answers.dontKnow([]).slice(0, 30)), dontKnow);

      const org = speaker(h, { id: 'org-1' });
      const list = textOf(await org('ubesvarede spørgsmål'));
      assert.match(list, new RegExp(`1\\. „${s.ask.replace('?', '')}`));
      const shown = textOf(await org(`svar på 1: ${s.answer}`));
      assert.ok(shown.includes(s.answer), 'the answer is shown back for confirmation');
      assert.equal(await h.questionStore.get(event.id, 'faq'), undefined, 'nothing is saved before "ja"');
      assert.match(textOf(await org('ja')), /1/);

      const told = await toldAfterwards(h, 'conversation-asker-1');
      assert.equal(told.length, 1);
      assert.match(textOf(told), s.fact);
      assert.ok(textOf(told).includes(s.ask.replace('?', '')), 'names what they asked');

      const next = textOf(await speaker(h, { id: 'asker-2' })(s.again));
      assert.match(next, s.fact);
      assert.match(
        textOf(await speaker(h, { id: 'asker-3', locale: 'en-GB' })(s.english)),
        s.fact,
        'an English question gets the Danish answer',
      );
    });

    it('when an organiser answers in Danish and adds an English version, then English questions get the English one, and Danish ones the Danish', async () => {
      const h = harness(entry);
      await speaker(h, { id: 'asker' })(s.ask);
      const org = speaker(h, { id: 'org-1' });
      await org(`svar på 1: ${s.answer}`);
      await org('ja');
      const english = textOf(await speaker(h, { id: 'en-1', locale: 'en-GB' })(s.english));
      assert.match(english, s.fact);
      assert.match(english, /Danish/, 'says the answer is in Danish');
      assert.match(textOf(await org('ret svar 1: Yes, the network is called Guest')), /Guest/);
      assert.match(textOf(await org('ja')), /1/);
      const again = textOf(await speaker(h, { id: 'en-2', locale: 'en-GB' })(s.english));
      assert.match(again, /the network is called Guest/);
      assert.doesNotMatch(again, /Danish/);
      assert.match(textOf(await speaker(h, { id: 'da-1' })(s.again)), s.fact);
    });

    it('when questions are recorded, then e-mail addresses, phone numbers and names are masked, and nothing says who asked', async () => {
      const h = harness(entry);
      const person = event.people[0]!;
      await speaker(h, { id: 'anna-user' })(
        `${s.ask.replace('?', '')} for Anna Jensen? Skriv til anna.jensen@example.dk eller ring 12 34 56 78`,
      );
      await speaker(h, { id: 'bo-user' })(`kan ${person.name} tage sin hund med?`);
      const stored = JSON.stringify(await h.questionStore.list(event.id, 'question'));
      for (const secret of ['Anna', 'Jensen', 'anna.jensen@example.dk', '12 34 56 78', person.name, 'anna-user', 'bo-user'])
        assert.ok(!stored.includes(secret), `${secret} in ${stored}`);
      const list = textOf(await speaker(h, { id: 'org-1' })('ubesvarede spørgsmål'));
      assert.match(list, /\[navn\]/);
      assert.doesNotMatch(list, /Anna|anna\.jensen|12 34 56 78/);
    });

    it('when similar questions come, then the organisers see them grouped with counts, most asked first, across both languages', async () => {
      const h = harness(entry);
      await speaker(h, { id: 'a' })('må jeg tage min hund med?');
      for (const [id, text] of [
        ['b', s.ask],
        ['c', s.again],
        ['d', s.ask],
        ['e', s.english],
      ] as const)
        await speaker(h, { id, locale: id === 'e' ? 'en-GB' : 'da-DK' })(text);
      const list = textOf(await speaker(h, { id: 'org-1' })('ubesvarede spørgsmål'));
      const lines = list.split('\n').filter((line) => /^\d+\. /.test(line));
      assert.equal(lines.length, 2, list);
      assert.match(lines[0]!, /^1\. .*\(4 gange\)/);
      assert.match(lines[1]!, /^2\. .*hund/);
      assert.match(textOf(await speaker(h, { id: 'org-1' })('unanswered questions')), /\(4 times\)/);
    });

    it('when someone who is not an organiser asks for the questions or answers one, then one polite refusal, nothing is shown and nothing is saved', async () => {
      const { log, lines } = capturedLog();
      const h = harness(entry, {}, { log });
      await speaker(h, { id: 'asker' })(s.ask);
      const stranger = speaker(h, { id: 'stranger' });
      for (const text of [
        'ubesvarede spørgsmål',
        `svar på 1: ${s.answer}`,
        'vis svar',
        'ret svar 1: noget andet',
        'fjern svar 1',
        'unanswered questions',
        'answer question 1',
      ]) {
        const reply = textOf(await stranger(text));
        assert.ok(reply === da.organiser.notOrganiser || reply === messages('en').organiser.notOrganiser, `${text}: ${reply}`);
        assert.ok(!reply.includes(s.ask.replace('?', '')));
      }
      assert.equal(textOf(await stranger('ja')).includes(s.answer), false);
      assert.equal(await h.questionStore.get(event.id, 'faq'), undefined);
      assert.doesNotMatch(textOf(await speaker(h, { id: 'later' })(s.again)), s.fact);
      const refused = lines.filter((line) => (line.audit as { allowed?: boolean } | undefined)?.allowed === false);
      assert.ok(refused.length >= 7);
      assert.ok(refused.every((line) => (line.audit as { actor: string }).actor === 'test:stranger'));
    });

    it('when an organiser lists, answers, changes and removes answers, then every step is in the audit log, without the texts', async () => {
      const { log, lines } = capturedLog();
      const h = harness(entry, {}, { log });
      await speaker(h, { id: 'asker' })(s.ask);
      const org = speaker(h, { id: 'org-1' });
      for (const text of [
        'ubesvarede spørgsmål',
        `svar på 1: ${s.answer}`,
        'ja',
        'vis svar',
        'ret svar 1: Nyt svar om det',
        'ja',
        'fjern svar 1',
        'ja',
      ])
        await org(text);
      const audits = lines
        .filter((line) => line.audit)
        .map((line): Record<string, unknown> => ({ ...(line.audit as Record<string, unknown>), msg: line.msg }));
      const changed = audits.filter((a) => a.msg === 'organiser answers changed').map((a) => a.action);
      assert.deepEqual(changed, ['orgAnswer', 'orgEditAnswer', 'orgRemoveAnswer']);
      assert.ok(audits.every((a) => a.actor === 'test:org-1' && a.eventId === event.id && a.allowed === true));
      assert.ok(audits.some((a) => a.action === 'orgUnanswered' && a.msg === 'organiser data accessed'));
      const logged = JSON.stringify(lines);
      assert.ok(!logged.includes(s.answer) && !logged.includes('Nyt svar'), 'no answer text in the log');
      assert.ok(!logged.includes(s.ask.replace('?', '')), 'no question text in the log');
    });

    it('when the organiser says no, or asks for an answer without giving it, then nothing is saved until the text is given and confirmed', async () => {
      const h = harness(entry);
      await speaker(h, { id: 'asker' })(s.ask);
      const org = speaker(h, { id: 'org-1' });
      await org(`svar på 1: ${s.answer}`);
      assert.equal(textOf(await org('nej')), da.unanswered.notSaved);
      assert.equal(await h.questionStore.get(event.id, 'faq'), undefined);
      assert.ok(textOf(await org('svar på 1')).includes(s.ask.replace('?', '')), 'asks for the answer to that question');
      assert.ok(textOf(await org(s.answer)).includes(s.answer), 'shows it back');
      await org('ja');
      assert.match(textOf(await speaker(h, { id: 'next' })(s.again)), s.fact);
      assert.match(textOf(await org('svar på 7: noget')), /7/, 'a number not on the list is said to be none');
    });

    it('when an organiser removes an answer, then the bot no longer gives it and the questions are unanswered again', async () => {
      const h = harness(entry);
      await speaker(h, { id: 'asker' })(s.ask);
      const org = speaker(h, { id: 'org-1' });
      await org(`svar på 1: ${s.answer}`);
      await org('ja');
      assert.equal(textOf(await org('ubesvarede spørgsmål')), da.unanswered.none);
      assert.match(textOf(await org('vis svar')), s.fact);
      assert.match(textOf(await org('fjern svar 1')), s.fact);
      await org('ja');
      assert.doesNotMatch(textOf(await speaker(h, { id: 'next' })(s.again)), s.fact);
      assert.match(textOf(await org('ubesvarede spørgsmål')), /^1\. /m);
      assert.equal(textOf(await org('vis svar')), da.unanswered.noAnswers);
    });

    it('when an answer says something, then it carries 👍/👎; a "don\'t know", a dialog\'s question and a channel get none', async () => {
      const h = harness(entry);
      const invitee = speaker(h, { id: 'invitee' });
      assert.equal(feedbackButtons(await invitee('hvornår er mødet?')).length, 2);
      assert.equal(feedbackButtons(await invitee(s.ask)).length, 0);
      assert.equal(feedbackButtons(await invitee('tilmeld mig')).length, 0);
      const inChannel = await h.turn({
        type: 'message',
        text: '<at>Mødebot</at> hvornår er mødet?',
        channelId: 'msteams',
        from: { id: '29:someone', name: 'Someone' },
        recipient: { id: 'bot', name: 'Mødebot' },
        entities: [{ type: 'mention', text: '<at>Mødebot</at>', mentioned: { id: 'bot', name: 'Mødebot' } }],
        conversation: { id: '19:channel@thread', isGroup: true, conversationType: 'channel', name: 'General' },
      });
      assert.match(textOf(inChannel), /\d/);
      assert.equal(feedbackButtons(inChannel).length, 0);
    });

    it('when someone answers 👎 (or its button, or a sad reaction in Teams), then the question goes to the organisers; 👍 records nothing', async () => {
      const h = harness(entry);
      const question = 'hvornår er mødet?';
      const thumbs = speaker(h, { id: 'thumbs' });
      await thumbs(question);
      assert.equal(textOf(await thumbs('👍')), da.feedback.thanks);
      assert.equal((await h.questionStore.list(event.id, 'question')).length, 0);
      await thumbs(question);
      assert.equal(textOf(await thumbs('👎')), da.feedback.recorded);
      await thumbs(question);
      assert.equal(textOf(await thumbs({ value: { moedebot: 'feedback', helpful: 'no' } })), da.feedback.recorded);
      const conversation = { id: 'a:teams-personal', conversationType: 'personal', isGroup: false, name: '' };
      await h.turn({
        type: 'message',
        text: question,
        channelId: 'msteams',
        from: { id: '29:react', name: 'React' },
        recipient: { id: 'bot', name: 'Mødebot' },
        conversation,
      });
      await h.turn({
        type: 'messageReaction',
        reactionsAdded: [{ type: 'sad' }],
        channelId: 'msteams',
        from: { id: '29:react', name: 'React' },
        recipient: { id: 'bot', name: 'Mødebot' },
        conversation,
        replyToId: 'x',
      });
      const recorded = await h.questionStore.list(event.id, 'question');
      assert.equal(recorded.length, 3);
      assert.ok(recorded.every((record) => record.reason === 'feedback'));
      const list = textOf(await speaker(h, { id: 'org-1' })('ubesvarede spørgsmål'));
      assert.match(list, /hvornår er mødet.*\(3 gange\)/);
    });
  });

  describe(`unanswered questions when the question store does not answer (${entry.name} event)`, () => {
    it('when the store is slow and then fails, then a question is still answered — from what the bot knew — without waiting for it', async () => {
      // As Cosmos DB under an outage: each operation ends in StoreUnavailableError at its deadline (here 3 s).
      const failing = () =>
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new StoreUnavailableError(new Error('no answer'), 'question store')), 3_000),
        );
      const down: QuestionStore = { kind: 'cosmos', create: failing, get: failing, replace: failing, delete: failing, list: failing };
      const h = harness(entry, { ORGANISER_IDS: '' }, { questions: down });
      const started = Date.now();
      const unknown = textOf(await speaker(h, { id: 'patient' })(s.ask));
      assert.ok(unknown.includes(da.answers.dontKnow([]).slice(0, 30)), unknown);
      // Looking up owed answers, checking for new ones and recording the question each wait a second at most.
      assert.ok(Date.now() - started < 3 * 1_000 + 1_000, `${Date.now() - started} ms`);
    });
  });

  describe(`telling those who asked, and its limits (${entry.name} event)`, () => {
    it('when someone asked in a channel, then the question is recorded but nobody is told in the channel', async () => {
      const h = harness(entry);
      await h.turn({
        type: 'message',
        text: `<at>Mødebot</at> ${s.ask}`,
        channelId: 'msteams',
        from: { id: '29:asker', name: 'Asker' },
        recipient: { id: 'bot', name: 'Mødebot' },
        entities: [{ type: 'mention', text: '<at>Mødebot</at>', mentioned: { id: 'bot', name: 'Mødebot' } }],
        conversation: { id: '19:channel@thread', isGroup: true, conversationType: 'channel', name: 'General' },
      });
      assert.equal((await h.questionStore.list(event.id, 'question')).length, 1);
      assert.equal((await h.questionStore.list(event.id, 'notice')).length, 0);
      const org = speaker(h, { id: 'org-1' });
      await org(`svar på 1: ${s.answer}`);
      await org('ja');
      assert.deepEqual(await toldAfterwards(h, '19:channel@thread'), []);
    });

    it("when one person's two questions are answered the same day, then they get one message that day, and each answer only once", async () => {
      const h = harness(entry);
      const asker = speaker(h, { id: 'curious' });
      await asker(s.ask);
      await asker('må jeg tage min hund med?');
      const org = speaker(h, { id: 'org-1' });
      await org('ubesvarede spørgsmål');
      await org(`svar på 1: ${s.answer}`);
      await org('ja');
      assert.equal((await toldAfterwards(h, 'conversation-curious')).length, 1);
      await org('svar på 2: Kun førerhunde');
      await org('ja');
      assert.equal((await toldAfterwards(h, 'conversation-curious')).length, 1, 'no second message the same day');
      const next = textOf(await asker('tak'));
      assert.doesNotMatch(next, /Kun førerhunde/, 'not even when they write again that day');
      await org(`ret svar 1: ${s.answer}, også om aftenen`);
      await org('ja');
      assert.equal((await toldAfterwards(h, 'conversation-curious')).length, 1, 'a changed answer is not sent again');
    });

    it('when someone says "slet mine data" before their question is answered, then they are not told, and nothing of theirs is kept', async () => {
      const h = harness(entry);
      const asker = speaker(h, { id: 'private' });
      await asker(s.ask);
      assert.equal((await h.questionStore.list(event.id, 'notice')).length, 1);
      await asker('slet mine data');
      await asker('ja');
      assert.equal((await h.questionStore.list(event.id, 'notice')).length, 0);
      const org = speaker(h, { id: 'org-1' });
      await org(`svar på 1: ${s.answer}`);
      await org('ja');
      assert.deepEqual(await toldAfterwards(h, 'conversation-private'), []);
      assert.equal(
        (await h.questionStore.list(event.id, 'question')).length,
        1,
        'the question itself, kept without them, stays for the organisers',
      );
    });
  });
}
