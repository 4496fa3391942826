import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { titleOf } from '../../src/event/format';
import type { MeetingEvent } from '../../src/event/model';
import { channelIdentity } from '../../src/identity';
import { speaker, textOf } from '../helpers/conversation';
import { KL_NOW, klEvent, syntheticEvent } from '../helpers/event';
import { answersFor, fieldOfKind, personName } from '../helpers/registrations';
import { dialogHarness } from '../helpers/testBot';
import { manyEventsFolder, offeredEventIds, ORGANISERS, pick, signUpAnswers, storeSetups } from './helpers';

const setups = storeSetups();
const closers: Array<() => Promise<void>> = [];
after(async () => {
  for (const close of closers.splice(0)) await close();
});

let harnesses = 0;
async function botOn(setup: (typeof setups)[number], env: Record<string, string> = {}) {
  const overrides = await setup.overrides(`per-event-${++harnesses}`);
  closers.push(overrides.close);
  return dialogHarness({ EVENTS_DIR: manyEventsFolder(), BOT_NOW: KL_NOW, ...env }, overrides);
}
type Bot = Awaited<ReturnType<typeof botOn>>;

/** People signed up through the service: names 100+ for KL, 200+ for the synthetic meeting, so a list shows whose they are. */
const SEEDED = { [klEvent.id]: [100, 101, 102], [syntheticEvent.id]: [200] };
async function seed(bot: Bot) {
  for (const event of [klEvent, syntheticEvent]) {
    for (const n of SEEDED[event.id]!) {
      const outcome = await bot.service.register(event, channelIdentity('test', `seeded-${n}`), answersFor(event, n));
      assert.equal(outcome.kind, 'registered');
    }
  }
}
const namesOf = (event: MeetingEvent) => SEEDED[event.id]!.map((n) => personName(n));
const other = (event: MeetingEvent) => (event.id === klEvent.id ? syntheticEvent : klEvent);

/** The CSV a reply carries as an attachment (Web Chat, Emulator, the test channel). */
function csvOf(replies: Partial<Activity>[]): string {
  const file = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'text/csv');
  assert.ok(file?.contentUrl, 'a CSV attachment');
  return Buffer.from(file.contentUrl.split(',')[1]!, 'base64').toString('utf8');
}

function assertOnly(text: string, event: MeetingEvent) {
  for (const name of namesOf(event)) assert.ok(text.includes(name), `${name} of ${event.id} is there`);
  for (const name of namesOf(other(event))) assert.ok(!text.includes(name), `${name} of another meeting is not there`);
  assert.ok(!text.includes(titleOf(other(event), 'da')), 'the other meeting is not named');
}

for (const setup of setups) {
  describe(`organisers see their own meetings only (${setup.name})`, () => {
    for (const [name, event, organiser] of [
      ['KL', klEvent, ORGANISERS.kl],
      ['synthetic', syntheticEvent, ORGANISERS.synthetic],
    ] as const) {
      it(`when the ${name} meeting's organiser asks for counts, the list and the export without naming a meeting, then they get their meeting's, and nothing of the other`, async () => {
        const bot = await botOn(setup);
        await seed(bot);
        const say = speaker(bot, { id: organiser.user });
        const counts = textOf(await say('hvor mange er tilmeldt?'));
        assert.ok(counts.includes(titleOf(event, 'da')), counts);
        assert.ok(!counts.includes(titleOf(other(event), 'da')), counts);
        assertOnly(textOf(await say('vis deltagerlisten')), event);
        assertOnly(csvOf(await say('eksportér som CSV')), event);
      });

      it(`when the ${name} meeting's organiser names the other meeting, or talks about it, then they are refused and see none of it`, async () => {
        const bot = await botOn(setup);
        await seed(bot);
        const say = speaker(bot, { id: organiser.user });
        const otherTown = other(event).venue.address!.city!;
        const refused = textOf(await say(`hvor mange er tilmeldt mødet i ${otherTown}?`));
        assert.ok(!refused.includes(titleOf(other(event), 'da')) && !namesOf(other(event)).some((n) => refused.includes(n)), refused);
        assert.ok(!/\d/.test(refused), `no count at all: ${refused}`);
        const list = textOf(await say(`vis deltagerlisten for mødet i ${otherTown}`));
        assert.ok(!namesOf(other(event)).some((n) => list.includes(n)), list);
        // The conversation is about the other meeting now; a request that names none is about their own.
        await say(`hvor er mødet i ${otherTown}?`);
        assertOnly(textOf(await say('vis deltagerlisten')), event);
      });
    }

    it('when an organiser of both asks without naming one, then they choose among their own meetings only, and get the one chosen', async () => {
      const bot = await botOn(setup);
      await seed(bot);
      const say = speaker(bot, { id: ORGANISERS.both.user });
      const asked = await say('vis deltagerlisten');
      assert.deepEqual(offeredEventIds(asked).sort(), [klEvent.id, syntheticEvent.id].sort());
      assertOnly(textOf(await say(pick(syntheticEvent.id))), syntheticEvent);
      assertOnly(textOf(await say('vis deltagerlisten')), syntheticEvent);
    });

    it('when someone who organises nothing asks, then one refusal, no choice of meetings, no numbers', async () => {
      const bot = await botOn(setup);
      await seed(bot);
      const say = speaker(bot, { id: 'stranger' });
      for (const text of ['hvor mange er tilmeldt?', 'vis deltagerlisten', 'eksportér som CSV', 'oversigt']) {
        const replies = await say(text);
        assert.deepEqual(offeredEventIds(replies), [], text);
        assert.ok(!/\d/.test(textOf(replies)), `${text}: ${textOf(replies)}`);
        assert.equal(replies.flatMap((r) => r.attachments ?? []).length, 0, text);
      }
    });

    it('when organisers ask for "oversigt", then each gets their own upcoming meetings with counts; ORGANISER_IDS gets every one', async () => {
      const bot = await botOn(setup, { ORGANISER_IDS: 'test:org-everything' });
      await seed(bot);
      const overview = async (who: string) => textOf(await speaker(bot, { id: who })('oversigt'));
      const kl = await overview(ORGANISERS.kl.user);
      assert.ok(kl.includes(titleOf(klEvent, 'da')) && !kl.includes(titleOf(syntheticEvent, 'da')), kl);
      assert.match(kl, new RegExp(`${SEEDED[klEvent.id]!.length}\\D`));
      const both = await overview(ORGANISERS.both.user);
      assert.ok(both.includes(titleOf(klEvent, 'da')) && both.includes(titleOf(syntheticEvent, 'da')), both);
      const everything = await overview('org-everything');
      for (const event of bot.catalogue.upcoming(bot.clock()))
        assert.ok(everything.includes(titleOf(event, 'da')), `${event.id} in ${everything}`);
    });
  });

  describe(`one person, several meetings (${setup.name})`, () => {
    /** Signs `say` up for the event through the dialog, naming it by its town. */
    async function signUpByChat(say: ReturnType<typeof speaker>, event: MeetingEvent, n: number) {
      await say(`tilmeld mig til mødet i ${event.venue.address!.city!}`);
      for (const answer of signUpAnswers(event, n)) await say(answer);
    }

    it('when one person signs up for two meetings, then there are two registrations, each with its own answers, and each meeting counts one', async () => {
      const bot = await botOn(setup);
      const say = speaker(bot, { id: 'two-meetings' });
      await signUpByChat(say, klEvent, 1);
      await signUpByChat(say, syntheticEvent, 2);
      const me = channelIdentity('test', 'two-meetings');
      for (const [event, n] of [
        [klEvent, 1],
        [syntheticEvent, 2],
      ] as const) {
        const found = await bot.service.findActive(event, me);
        assert.equal(found?.status, 'registered', event.id);
        assert.equal(found?.answers[fieldOfKind(event, 'name').id], personName(n), event.id);
        assert.equal(found?.eventId, event.id);
      }
      const [kl, syn] = await Promise.all([klEvent, syntheticEvent].map((event) => bot.store.list(event.id)));
      assert.equal(kl!.length, 1);
      assert.equal(syn!.length, 1);
      assert.notEqual(kl![0]!.id, syn![0]!.id);
    });

    it("when a meeting is full, then a sign-up for it waits while the same person's sign-up for another meeting is taken", async () => {
      const bot = await botOn(setup);
      const capacity = syntheticEvent.registration!.capacity!;
      for (let n = 0; n < capacity; n++)
        await bot.service.register(syntheticEvent, channelIdentity('test', `full-${n}`), answersFor(syntheticEvent, 300 + n));
      const say = speaker(bot, { id: 'waits' });
      await signUpByChat(say, syntheticEvent, 3);
      await signUpByChat(say, klEvent, 4);
      const me = channelIdentity('test', 'waits');
      assert.equal((await bot.service.findActive(syntheticEvent, me))?.status, 'waitlisted');
      assert.equal((await bot.service.findActive(klEvent, me))?.status, 'registered');
    });

    it('when that person writes "mine tilmeldinger" (or "my registrations"), then both are shown, each under its meeting', async () => {
      const bot = await botOn(setup);
      const me = channelIdentity('test', 'mine');
      await bot.service.register(klEvent, me, answersFor(klEvent, 5));
      await bot.service.register(syntheticEvent, me, answersFor(syntheticEvent, 6));
      for (const text of ['mine tilmeldinger', 'my registrations']) {
        const shown = await speaker(bot, { id: 'mine' })(text);
        const all = textOf(shown) + JSON.stringify(shown.flatMap((r) => r.attachments ?? []));
        const lang = text.startsWith('my') ? 'en' : 'da';
        for (const event of [klEvent, syntheticEvent]) assert.ok(all.includes(titleOf(event, lang)), `${text}: ${event.id}`);
        assert.ok(all.includes(personName(5)) && all.includes(personName(6)), text);
      }
    });

    it('when that person writes "afmeld mig", then the bot asks which of their two (not every upcoming meeting), and cancels only the one picked', async () => {
      const bot = await botOn(setup);
      const me = channelIdentity('test', 'cancel-which');
      await bot.service.register(klEvent, me, answersFor(klEvent, 7));
      await bot.service.register(syntheticEvent, me, answersFor(syntheticEvent, 8));
      const say = speaker(bot, { id: 'cancel-which' });
      const asked = await say('afmeld mig');
      const offered = offeredEventIds(asked);
      assert.deepEqual([...offered].sort(), [klEvent.id, syntheticEvent.id].sort());
      // Answered by its number on that card: the number counts the card's meetings, not all upcoming ones.
      const confirm = textOf(await say(String(offered.indexOf(syntheticEvent.id) + 1)));
      assert.ok(confirm.includes(titleOf(syntheticEvent, 'da')), confirm);
      await say('ja');
      assert.equal(await bot.service.findActive(syntheticEvent, me), undefined);
      assert.equal((await bot.service.findActive(klEvent, me))?.status, 'registered');
    });

    it('when "afmeld mig" names the meeting, or the person has only one registration, then it goes straight to that one', async () => {
      const bot = await botOn(setup);
      const both = channelIdentity('test', 'cancel-named');
      await bot.service.register(klEvent, both, answersFor(klEvent, 9));
      await bot.service.register(syntheticEvent, both, answersFor(syntheticEvent, 10));
      const named = await speaker(bot, { id: 'cancel-named' })(`afmeld mig mødet i ${klEvent.venue.address!.city!}`);
      assert.deepEqual(offeredEventIds(named), []);
      assert.ok(textOf(named).includes(titleOf(klEvent, 'da')));

      const one = channelIdentity('test', 'cancel-one');
      await bot.service.register(syntheticEvent, one, answersFor(syntheticEvent, 11));
      const only = await speaker(bot, { id: 'cancel-one' })('afmeld mig');
      assert.deepEqual(offeredEventIds(only), [], 'several meetings upcoming, one registration: no choice');
      assert.ok(textOf(only).includes(titleOf(syntheticEvent, 'da')));
    });
  });
}
