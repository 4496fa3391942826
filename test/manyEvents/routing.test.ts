import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { DateTime } from 'luxon';
import type { Activity } from 'botbuilder';
import { teamsChatLink } from '../../src/bot/deepLinks';
import { startOf, titleOf } from '../../src/event/format';
import type { MeetingEvent } from '../../src/event/model';
import { messages } from '../../src/i18n';
import { speaker, textOf, type Speaker } from '../helpers/conversation';
import { KL_NOW, klEvent, SYNTHETIC_NOW, syntheticEvent, TEST_EVENTS } from '../helpers/event';
import { dialogHarness } from '../helpers/testBot';
import { bundledOthers, manyEventsFolder, offeredEventIds, pick, placeOf, storeSetups } from './helpers';

const setups = storeSetups();
const closers: Array<() => Promise<void>> = [];
after(async () => {
  for (const close of closers.splice(0)) await close();
});

let harnesses = 0;
/** A bot on a folder of many events, on the given store, with the clock at `now`. */
async function botOn(setup: (typeof setups)[number], now: string, folder = manyEventsFolder()) {
  const overrides = await setup.overrides(`routing-${++harnesses}`);
  closers.push(overrides.close);
  return dialogHarness({ EVENTS_DIR: folder, BOT_NOW: now }, overrides);
}

const ALL = [klEvent, syntheticEvent, ...bundledOthers()];
/** The towns of the other events with a town: an answer naming one of them mixed two meetings up. */
const otherTowns = (event: MeetingEvent) =>
  ALL.filter((other) => other.id !== event.id && other.venue.address?.city && other.venue.address.city !== event.venue.address?.city).map(
    placeOf,
  );

function assertAbout(text: string, event: MeetingEvent) {
  assert.ok(text.includes(placeOf(event)), `names ${placeOf(event)}: ${text}`);
  for (const town of otherTowns(event)) assert.ok(!text.includes(town), `does not name ${town} (another meeting's town): ${text}`);
}

/** "den 10. juni", as people write a meeting's date. */
const dayAndMonth = (event: MeetingEvent) => startOf(event).setLocale('da').toFormat('d. MMMM');

for (const setup of setups) {
  describe(`which meeting a conversation is about (${setup.name})`, () => {
    for (const { name, event } of TEST_EVENTS) {
      it(`when a question names the ${name} meeting by its town, then it is answered for that meeting, with its title, and the next question stays there`, async () => {
        const bot = await botOn(setup, KL_NOW);
        const say = speaker(bot, { id: `by-town-${name}` });
        const first = textOf(await say(`hvor er mødet i ${placeOf(event)}?`));
        assertAbout(first, event);
        assert.ok(first.includes(titleOf(event, 'da')), 'several meetings are upcoming: the answer names its meeting');
        const next = await say('hvor er det?');
        assert.deepEqual(offeredEventIds(next), [], 'no choice asked: the conversation remembers the meeting');
        assertAbout(textOf(next), event);
      });

      it(`when a question names the ${name} meeting by its date, then it is answered for that meeting`, async () => {
        const bot = await botOn(setup, KL_NOW);
        const text = textOf(await speaker(bot, { id: `by-date-${name}` })(`hvor er mødet den ${dayAndMonth(event)}?`));
        assertAbout(text, event);
      });
    }

    it('when a question names a meeting by a word of its title only, then it is answered for that one (KL: its region; synthetic: its kind of meeting)', async () => {
      const bot = await botOn(setup, KL_NOW);
      assertAbout(textOf(await speaker(bot, { id: 'by-title-kl' })('hvor er mødet i Region Midtjylland?')), klEvent);
      assertAbout(textOf(await speaker(bot, { id: 'by-title-syn' })('hvor holdes sommermødet?')), syntheticEvent);
    });

    it('when several are upcoming and a question gives no clue, then the bot asks once with a card of the upcoming ones, and answers the question for the one picked', async () => {
      const bot = await botOn(setup, KL_NOW);
      for (const { name, event } of TEST_EVENTS) {
        const say = speaker(bot, { id: `choose-${name}` });
        const asked = await say('hvor er mødet?');
        assert.deepEqual(
          offeredEventIds(asked),
          bot.catalogue.upcoming(bot.clock()).map((e) => e.id),
        );
        assertAbout(textOf(await say(pick(event.id))), event);
        const followUp = await say('og hvornår starter det?');
        assert.deepEqual(offeredEventIds(followUp), [], 'asked only once');
        assert.ok(textOf(followUp).includes(titleOf(event, 'da')), `${name}: the follow-up is about the meeting picked`);
      }
    });

    it("when the choice is answered with its number or the meeting's name instead of a button, then the question is answered for that one", async () => {
      const bot = await botOn(setup, KL_NOW);
      const upcoming = bot.catalogue.upcoming(bot.clock());
      for (const { name, event } of TEST_EVENTS) {
        const byNumber = speaker(bot, { id: `number-${name}` });
        await byNumber('hvor er mødet?');
        assertAbout(textOf(await byNumber(String(upcoming.findIndex((e) => e.id === event.id) + 1))), event);
        const byName = speaker(bot, { id: `name-${name}` });
        await byName('hvor er mødet?');
        assertAbout(textOf(await byName(placeOf(event))), event);
      }
    });

    it("when every meeting is picked in turn for the same question, then each answer gives that meeting's place and no other's", async () => {
      const bot = await botOn(setup, KL_NOW);
      for (const event of bot.catalogue.upcoming(bot.clock()).filter((e) => e.venue.address?.city)) {
        const say = speaker(bot, { id: `each-${event.id}` });
        await say('hvor er mødet?');
        assertAbout(textOf(await say(pick(event.id))), event);
      }
    });

    for (const phrase of ['skift møde', 'andre møder', 'what other meetings are there?']) {
      it(`when someone writes "${phrase}", then the upcoming meetings are listed to pick from, and the pick sticks`, async () => {
        const bot = await botOn(setup, KL_NOW);
        const say = speaker(bot, { id: `switch-${phrase}` });
        assertAbout(textOf(await say(`hvor er mødet i ${placeOf(klEvent)}?`)), klEvent);
        const listed = await say(phrase);
        const upcoming = bot.catalogue.upcoming(bot.clock());
        assert.deepEqual(
          offeredEventIds(listed),
          upcoming.map((e) => e.id),
        );
        const lang = phrase.startsWith('what') ? 'en' : 'da';
        for (const event of upcoming) assert.ok(textOf(listed).includes(titleOf(event, lang)), `lists ${event.id}`);
        const picked = textOf(await say(pick(syntheticEvent.id)));
        assert.ok(picked.includes(titleOf(syntheticEvent, lang)));
        assertAbout(textOf(await say('hvor er det?')), syntheticEvent);
      });
    }

    it('when meetings are past, then they are not offered, but a question naming one is still answered', async () => {
      const bot = await botOn(setup, SYNTHETIC_NOW);
      const now = bot.clock();
      const past = bot.catalogue.all().filter((e) => !bot.catalogue.upcoming(now).includes(e));
      assert.ok(past.some((e) => e.id === klEvent.id) && past.length >= 2, 'the clock leaves several meetings in the past');
      const say = speaker(bot, { id: 'past' });
      const welcome = await say({
        type: 'conversationUpdate',
        membersAdded: [
          { id: 'past', name: 'Test User' },
          { id: 'bot', name: 'Mødebot' },
        ],
      });
      const offered = offeredEventIds(welcome);
      assert.deepEqual(
        offered,
        bot.catalogue.upcoming(now).map((e) => e.id),
      );
      for (const event of past) assert.ok(!offered.includes(event.id), `${event.id} is past and not offered`);
      assert.deepEqual(offeredEventIds(await say('andre møder')), offered);
      assertAbout(textOf(await say(`hvor var mødet i ${placeOf(klEvent)}?`)), klEvent);
    });

    it('when only one meeting is upcoming, then it is the default: answered without asking and without naming it first', async () => {
      const bot = await botOn(setup, SYNTHETIC_NOW, manyEventsFolder({ only: true }));
      assert.deepEqual(
        bot.catalogue.upcoming(bot.clock()).map((e) => e.id),
        [syntheticEvent.id],
      );
      const replies = await speaker(bot, { id: 'one-upcoming' })('hvor er mødet?');
      assert.deepEqual(offeredEventIds(replies), []);
      assertAbout(textOf(replies), syntheticEvent);
      assert.ok(
        !textOf(replies).startsWith(messages('da').events.about(titleOf(syntheticEvent, 'da'))),
        'one upcoming meeting: no heading naming it',
      );
    });
  });

  describe(`deep links (${setup.name})`, () => {
    /** A Web Chat message from a page opened with `?event=<id>`: the page puts the id in channelData. */
    const fromLink = (eventId: string, text: string): Partial<Activity> => ({ text, channelData: { eventId } });

    for (const { name, event } of TEST_EVENTS) {
      it(`when a Web Chat page opened with ?event= for the ${name} meeting sends a question, then it is answered for that meeting without asking`, async () => {
        const bot = await botOn(setup, KL_NOW);
        const replies = await speaker(bot, { id: `link-${name}`, channelId: 'webchat' })(fromLink(event.id, 'hvor er mødet?'));
        assert.deepEqual(offeredEventIds(replies), []);
        assertAbout(textOf(replies), event);
      });

      it(`when the page sends webchat/join for the ${name} meeting, then the welcome is for that meeting, and the member-added update does not welcome again`, async () => {
        const bot = await botOn(setup, KL_NOW);
        const say = speaker(bot, { id: `join-${name}`, channelId: 'webchat' });
        const welcome = await say({ type: 'event', name: 'webchat/join', channelData: { eventId: event.id } });
        assert.equal(welcome.length, 1);
        assert.ok(textOf(welcome).includes(titleOf(event, 'da')));
        assert.deepEqual(offeredEventIds(welcome), [], 'one meeting: no choice card');
        assert.deepEqual(
          await say({
            type: 'conversationUpdate',
            membersAdded: [
              { id: `join-${name}`, name: 'Test User' },
              { id: 'bot', name: 'Mødebot' },
            ],
          }),
          [],
        );
        assertAbout(textOf(await say('hvor er mødet?')), event);
      });
    }

    it('when the member-added welcome came first, then webchat/join (event in value.eventId) says which meeting it is now, and questions follow it', async () => {
      const bot = await botOn(setup, KL_NOW);
      const say = speaker(bot, { id: 'update-first', channelId: 'webchat' });
      const welcome = await say({
        type: 'conversationUpdate',
        membersAdded: [
          { id: 'update-first', name: 'Test User' },
          { id: 'bot', name: 'Mødebot' },
        ],
      });
      assert.deepEqual(
        offeredEventIds(welcome),
        bot.catalogue.upcoming(bot.clock()).map((e) => e.id),
      );
      const joined = await say({ type: 'event', name: 'webchat/join', value: { eventId: syntheticEvent.id } });
      assert.ok(textOf(joined).includes(titleOf(syntheticEvent, 'da')));
      assertAbout(textOf(await say('hvor er mødet?')), syntheticEvent);
    });

    it('when a linked conversation switches meeting, then the link (sent again with every message) does not switch it back; a new link does', async () => {
      const bot = await botOn(setup, KL_NOW);
      const say = speaker(bot, { id: 'switch-linked', channelId: 'webchat' });
      assertAbout(textOf(await say(fromLink(syntheticEvent.id, 'hvor er mødet?'))), syntheticEvent);
      await say(fromLink(syntheticEvent.id, 'skift møde'));
      await say({ ...pick(klEvent.id), channelData: { eventId: syntheticEvent.id } });
      assertAbout(textOf(await say(fromLink(syntheticEvent.id, 'hvor er mødet?'))), klEvent);
      assertAbout(textOf(await say(fromLink(klEvent.id, 'hvor er mødet?'))), klEvent);
      assertAbout(textOf(await say(fromLink(syntheticEvent.id, 'hvor er mødet?'))), syntheticEvent);
    });

    it('when a link names no event the bot knows, then it is ignored and the bot asks which meeting', async () => {
      const bot = await botOn(setup, KL_NOW);
      const replies = await speaker(bot, { id: 'unknown-link', channelId: 'webchat' })(fromLink('no-such-meeting', 'hvor er mødet?'));
      assert.deepEqual(
        offeredEventIds(replies),
        bot.catalogue.upcoming(bot.clock()).map((e) => e.id),
      );
    });

    for (const { name, event } of TEST_EVENTS) {
      it(`when the message of the ${name} meeting's Teams deep link is sent, then the bot welcomes to that meeting and answers for it`, async () => {
        const bot = await botOn(setup, KL_NOW);
        const link = new URL(teamsChatLink('11111111-2222-4333-8444-555555555555', event, 'da'));
        assert.equal(link.origin + link.pathname, 'https://teams.microsoft.com/l/chat/0/0');
        assert.equal(link.searchParams.get('users'), '28:11111111-2222-4333-8444-555555555555');
        const message = link.searchParams.get('message')!;
        const say: Speaker = speaker(bot, { id: `teams-link-${name}`, channelId: 'msteams' });
        const welcome = await say(message);
        assert.ok(textOf(welcome).includes(titleOf(event, 'da')));
        assert.deepEqual(offeredEventIds(welcome), []);
        assertAbout(textOf(await say('hvor er mødet?')), event);
      });
    }

    it('when a deep link message comes in the middle of a sign-up, then the conversation starts afresh on the linked meeting', async () => {
      const bot = await botOn(setup, KL_NOW);
      const say = speaker(bot, { id: 'link-mid-dialog', channelId: 'msteams' });
      await say(`tilmeld mig til mødet i ${placeOf(klEvent)}`);
      const link = new URL(teamsChatLink('11111111-2222-4333-8444-555555555555', syntheticEvent, 'en'));
      const welcome = textOf(await say(link.searchParams.get('message')!));
      assert.ok(welcome.includes(titleOf(syntheticEvent, 'en')));
      assertAbout(textOf(await say('where is it?')), syntheticEvent);
    });
  });

  describe(`the welcome (${setup.name})`, () => {
    it('when a conversation starts on a bot with several upcoming meetings, then the welcome offers each of them on a card', async () => {
      const bot = await botOn(setup, KL_NOW);
      const welcome = await speaker(bot, { id: 'welcome-many' })({
        type: 'conversationUpdate',
        membersAdded: [
          { id: 'welcome-many', name: 'Test User' },
          { id: 'bot', name: 'Mødebot' },
        ],
      });
      assert.equal(welcome.length, 1);
      assert.deepEqual(
        offeredEventIds(welcome),
        bot.catalogue.upcoming(bot.clock()).map((e) => e.id),
      );
    });

    for (const { name, file, event, now } of TEST_EVENTS) {
      it(`when the bot serves only the ${name} meeting, then the welcome names it and offers no choice`, async () => {
        const overrides = await setup.overrides(`welcome-one-${name}`);
        closers.push(overrides.close);
        const bot = dialogHarness({ EVENT_FILE: file, BOT_NOW: now }, overrides);
        const welcome = await speaker(bot, { id: `welcome-${name}` })({
          type: 'conversationUpdate',
          membersAdded: [
            { id: `welcome-${name}`, name: 'Test User' },
            { id: 'bot', name: 'Mødebot' },
          ],
        });
        assert.ok(textOf(welcome).includes(titleOf(event, 'da')));
        assert.deepEqual(offeredEventIds(welcome), []);
      });
    }

    it('when the date the question names belongs to no meeting, then the bot asks which one rather than guess', async () => {
      const bot = await botOn(setup, KL_NOW);
      const taken = new Set(bot.catalogue.all().map(dayAndMonth));
      let day = DateTime.fromISO(KL_NOW);
      while (taken.has(day.setLocale('da').toFormat('d. MMMM'))) day = day.plus({ days: 1 });
      const unused = day.setLocale('da').toFormat('d. MMMM');
      assert.ok(offeredEventIds(await speaker(bot, { id: 'no-date' })(`hvor er mødet den ${unused}?`)).length > 1);
    });
  });
}
