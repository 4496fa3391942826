import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { after, describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import type { BotClient } from '../../src/devtools/botClient';
import { titleOf } from '../../src/event/format';
import { createLogger } from '../../src/log';
import { startBot, texts, type TestBot } from '../helpers/app';
import { KL_NOW, klEvent, syntheticEvent } from '../helpers/event';
import { tempDataDir } from '../helpers/testBot';
import { manyEventsFolder, offeredEventIds, ORGANISERS, placeOf, storeSetups } from './helpers';

const setups = storeSetups();
const closers: Array<() => Promise<void>> = [];
after(async () => {
  for (const close of closers.splice(0)) await close();
});

/** Audit and other log lines of a bot, to read back. */
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

let deployments = 0;
/**
 * Two bot instances on the same store (as two App Service instances): the embedded store through one DATA_DIR, Cosmos
 * DB through one database, each instance with its own clients and caches. Instance A's log is captured.
 */
async function twoInstances(setup: (typeof setups)[number]) {
  const shared = `bindings-${++deployments}`;
  const env = { EVENTS_DIR: manyEventsFolder(), BOT_NOW: KL_NOW, DATA_DIR: tempDataDir() };
  const captured = capturedLog();
  const instances: TestBot[] = [];
  for (const log of [captured.log, createLogger('silent')]) {
    const overrides = await setup.overrides(shared);
    const bot = await startBot(env, { ...overrides, log });
    closers.push(async () => {
      await bot.close();
      await overrides.close();
    });
    instances.push(bot);
  }
  return { a: instances[0]!, b: instances[1]!, log: captured.lines };
}

interface Where {
  team: string;
  channel: string;
}
const aTeam = (): Where => ({ team: `19:team-${randomUUID()}@thread.tacv2`, channel: `19:channel-${randomUUID()}@thread.tacv2` });

/** Someone in Teams: an organiser from ORGANISERS, or anyone else. */
const person = (who: { user: string; aad: string }) => ({ id: `29:${who.user}`, aadObjectId: who.aad });
const STRANGER = { user: 'stranger', aad: '0d0d0d0d-0000-4000-8000-00000000000d' };

/** A new post in a channel (its own thread), @mentioning the bot, as Teams sends it. */
function inChannel(bot: TestBot, who: { user: string; aad: string }, where: Where, thread: string = randomUUID()) {
  const client = bot.client(person(who), { channelId: 'msteams', conversationId: `${where.channel};messageid=${thread}` });
  const activity = (extra: Partial<Activity>) =>
    client.activity({
      entities: [{ type: 'mention', text: '<at>Mødebot</at>', mentioned: { id: 'moedebot', name: 'Mødebot' } }],
      conversation: {
        id: `${where.channel};messageid=${thread}`,
        isGroup: true,
        conversationType: 'channel',
        name: '',
        tenantId: 'tenant-1',
      },
      channelData: { channel: { id: where.channel }, team: { id: where.team }, tenant: { id: 'tenant-1' } },
      ...extra,
    });
  return {
    say: (text: string) => client.send(activity({ text: `<at>Mødebot</at> ${text}` })),
    pick: (eventId: string) => client.send(activity({ text: undefined, value: { moedebot: 'event', eventId } })),
  };
}

/** A Teams group chat. */
function inGroupChat(bot: TestBot, who: { user: string; aad: string }, chat: string) {
  const client = bot.client(person(who), { channelId: 'msteams', conversationId: chat });
  return (text: string) =>
    client.send(
      client.activity({
        text: `<at>Mødebot</at> ${text}`,
        entities: [{ type: 'mention', text: '<at>Mødebot</at>', mentioned: { id: 'moedebot', name: 'Mødebot' } }],
        conversation: { id: chat, isGroup: true, conversationType: 'groupChat', name: '', tenantId: 'tenant-1' },
        channelData: { tenant: { id: 'tenant-1' } },
      }),
    );
}

/** What a question asked in a new thread is answered about: the event whose town it names, or 'asked' (choice card). */
async function answeredAbout(bot: TestBot, where: Where, thread?: string): Promise<string> {
  const replies = await inChannel(bot, STRANGER, where, thread).say('hvor er mødet?');
  if (offeredEventIds(replies).length > 0) return 'asked';
  const text = texts(replies);
  const found = [klEvent, syntheticEvent].filter((event) => text.includes(placeOf(event)));
  return found.length === 1 ? found[0]!.id : `unclear: ${text}`;
}

const auditOf = (lines: Array<Record<string, unknown>>, action: string): Array<Record<string, unknown>> =>
  lines.flatMap((line) => {
    const audit = line.audit as Record<string, unknown> | undefined;
    return audit?.action === action ? [audit] : [];
  });

for (const setup of setups) {
  describe(`channel bindings across two instances (${setup.name})`, () => {
    for (const [name, event, organiser] of [
      ['KL', klEvent, ORGANISERS.kl],
      ['synthetic', syntheticEvent, ORGANISERS.synthetic],
    ] as const) {
      it(`when the organiser of only the ${name} meeting writes "brug dette møde her" in a channel, then questions there — in any thread, on the other instance — are about it`, async () => {
        const { a, b } = await twoInstances(setup);
        const where = aTeam();
        assert.equal(await answeredAbout(b, where), 'asked', 'before: unbound, several upcoming');
        const bound = texts(await inChannel(a, organiser, where).say('brug dette møde her'));
        assert.ok(bound.includes(titleOf(event, 'da')), bound);
        assert.equal(await answeredAbout(b, where), event.id);
        assert.equal(await answeredAbout(a, where), event.id);
      });
    }

    it('when an organiser of several meetings binds, then the card offers only their own upcoming ones, and the pick is what both instances use', async () => {
      const { a, b } = await twoInstances(setup);
      const where = aTeam();
      const organiser = inChannel(a, ORGANISERS.both, where);
      const card = await organiser.say('brug dette møde her');
      assert.deepEqual(offeredEventIds(card).sort(), [klEvent.id, syntheticEvent.id].sort());
      assert.equal(await answeredAbout(b, where), 'asked', 'nothing bound until picked');
      assert.ok(texts(await organiser.pick(syntheticEvent.id)).includes(titleOf(syntheticEvent, 'da')));
      assert.equal(await answeredAbout(b, where), syntheticEvent.id);
    });

    it('when the organiser names the meeting ("brug sommermødet her", "use the meeting in <town> here"), then it is bound without a card', async () => {
      const { a, b } = await twoInstances(setup);
      const where = aTeam();
      assert.deepEqual(offeredEventIds(await inChannel(a, ORGANISERS.both, where).say(`brug mødet i ${placeOf(syntheticEvent)} her`)), []);
      assert.equal(await answeredAbout(b, where), syntheticEvent.id);
      assert.deepEqual(offeredEventIds(await inChannel(a, ORGANISERS.both, where).say(`use the meeting in ${placeOf(klEvent)} here`)), []);
      assert.equal(await answeredAbout(b, where), klEvent.id);
    });

    it('when someone who organises nothing, or another meeting, tries to bind, then they are refused (and audited) and nothing is bound', async () => {
      const { a, b, log } = await twoInstances(setup);
      const where = aTeam();
      const refusal = texts(await inChannel(a, STRANGER, where).say('brug dette møde her'));
      assert.ok(
        !refusal.includes(titleOf(klEvent, 'da')) && !refusal.includes(titleOf(syntheticEvent, 'da')),
        'the refusal names no meeting',
      );
      await inChannel(a, ORGANISERS.kl, where).say(`brug mødet i ${placeOf(syntheticEvent)} her`);
      assert.equal(await answeredAbout(b, where), 'asked');
      const refused = auditOf(log, 'orgBind').filter((entry) => entry.allowed === false);
      assert.equal(refused.length, 2);
      assert.equal(refused[1]!.eventId, syntheticEvent.id);
    });

    it("when someone else presses the organiser's binding card, then nothing is bound", async () => {
      const { a, b } = await twoInstances(setup);
      const where = aTeam();
      const thread = randomUUID();
      await inChannel(a, ORGANISERS.both, where, thread).say('brug dette møde her');
      await inChannel(a, STRANGER, where, thread).pick(klEvent.id);
      assert.equal(await answeredAbout(b, where), 'asked');
    });

    it('when a question in a bound channel names another meeting, then it is answered for that one', async () => {
      const { a, b } = await twoInstances(setup);
      const where = aTeam();
      await inChannel(a, ORGANISERS.kl, where).say('brug dette møde her');
      const text = texts(await inChannel(b, STRANGER, where).say(`hvor er mødet i ${placeOf(syntheticEvent)}?`));
      assert.ok(text.includes(placeOf(syntheticEvent)) && !text.includes(placeOf(klEvent)), text);
    });

    it('when the channel is bound again to another meeting, then a thread that already talked about the first follows the new binding', async () => {
      const { a, b } = await twoInstances(setup);
      const where = aTeam();
      const thread = randomUUID();
      await inChannel(a, ORGANISERS.both, where).say(`brug mødet i ${placeOf(klEvent)} her`);
      assert.equal(await answeredAbout(b, where, thread), klEvent.id);
      await inChannel(a, ORGANISERS.both, where).say(`brug mødet i ${placeOf(syntheticEvent)} her`);
      assert.equal(await answeredAbout(b, where, thread), syntheticEvent.id);
    });

    it("when unbinding is asked by a stranger or by an organiser of another meeting, then it stays; by the bound meeting's organiser, then it goes everywhere", async () => {
      const { a, b, log } = await twoInstances(setup);
      const where = aTeam();
      const thread = randomUUID();
      await inChannel(a, ORGANISERS.kl, where).say('brug dette møde her');
      assert.equal(await answeredAbout(b, where, thread), klEvent.id);
      await inChannel(a, STRANGER, where).say('brug ikke mødet her');
      await inChannel(a, ORGANISERS.synthetic, where).say("don't use this meeting here");
      assert.equal(await answeredAbout(b, where), klEvent.id);
      const unbound = texts(await inChannel(a, ORGANISERS.kl, where).say('brug ikke mødet her'));
      assert.ok(unbound.includes(titleOf(klEvent, 'da')), unbound);
      assert.equal(await answeredAbout(b, where), 'asked');
      assert.equal(await answeredAbout(b, where, thread), 'asked', 'a thread that followed the binding lets go of it');
      assert.deepEqual(
        auditOf(log, 'orgUnbind').map((entry) => entry.allowed),
        [false, false, true],
      );
    });

    it("when a whole team is bound, then every channel of it follows, and a channel's own binding wins there", async () => {
      const { a, b } = await twoInstances(setup);
      const general = aTeam();
      const other = { team: general.team, channel: `19:other-${randomUUID()}@thread.tacv2` };
      await inChannel(a, ORGANISERS.both, general).say(`brug mødet i ${placeOf(klEvent)} her for hele teamet`);
      assert.equal(await answeredAbout(b, other), klEvent.id);
      await inChannel(a, ORGANISERS.both, other).say(`brug mødet i ${placeOf(syntheticEvent)} her`);
      assert.equal(await answeredAbout(b, other), syntheticEvent.id);
      assert.equal(await answeredAbout(b, general), klEvent.id);
    });

    it('when a group chat is bound, then its questions are about that meeting on either instance', async () => {
      const { a, b } = await twoInstances(setup);
      const chat = `19:chat-${randomUUID()}@thread.v2`;
      await inGroupChat(a, ORGANISERS.synthetic, chat)('brug dette møde her');
      const text = texts(await inGroupChat(b, STRANGER, chat)('hvor er mødet?'));
      assert.ok(text.includes(placeOf(syntheticEvent)), text);
    });

    it('when an organiser asks to bind in a personal chat, then the bot says it is for channels and chats, and binds nothing', async () => {
      const { a } = await twoInstances(setup);
      const client: BotClient = a.client(person(ORGANISERS.kl), { channelId: 'msteams' });
      const replies = await client.say('brug dette møde her');
      assert.deepEqual(offeredEventIds(replies), []);
      assert.ok(!texts(replies).includes(titleOf(klEvent, 'da')));
    });

    it('when a binding is made or refused, then the audit line holds the action, actor id, event, a place reference and no Teams ids or names', async () => {
      const { a, log } = await twoInstances(setup);
      const where = aTeam();
      await inChannel(a, ORGANISERS.kl, where).say('brug dette møde her');
      const [entry] = auditOf(log, 'orgBind');
      assert.deepEqual(
        { ...entry, place: typeof entry?.place },
        {
          action: 'orgBind',
          actor: `aad:${ORGANISERS.kl.aad}`,
          eventId: klEvent.id,
          channel: 'msteams',
          place: 'string',
          scope: 'channel',
          allowed: true,
        },
      );
      const all = JSON.stringify(log);
      assert.ok(!all.includes(where.channel) && !all.includes(where.team), 'no Teams channel or team id in the log');
      assert.ok(!all.includes('brug dette'), 'nothing the user wrote');
    });
  });
}
