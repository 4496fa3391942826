import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import type { BotClient } from '../src/devtools/botClient';
import { titleOf } from '../src/event/format';
import { startBot, texts } from './helpers/app';
import { CREATED_CONVERSATION_ID, standInConnector } from './helpers/connector';
import { TEST_EVENTS } from './helpers/event';
import { ANNA, answerFor, askedField, fieldsOf, labelOf } from './helpers/signUp';

const ANNA_AAD = '0d0d0d0d-0000-4000-8000-00000000000d';
const ORGANISER_AAD = '0a0a0a0a-0000-4000-8000-00000000000a';
const numbers = (text: string) => (text.match(/\d+/g) ?? []).map(Number);

function inChannel(
  client: BotClient,
  serviceUrl: string,
  input: string | Partial<Activity>,
  options: { mention?: boolean; type?: 'channel' | 'groupChat' } = {},
) {
  const mention = options.mention ?? true;
  const extra = typeof input === 'string' ? { text: mention ? `<at>Mødebot</at> ${input}` : input } : input;
  return client.send(
    client.activity({
      serviceUrl,
      entities: mention ? [{ type: 'mention', text: '<at>Mødebot</at>', mentioned: { id: 'moedebot', name: 'Mødebot' } }] : [],
      conversation: {
        id: options.type === 'groupChat' ? '19:group@thread.v2' : '19:general@thread.tacv2',
        isGroup: true,
        conversationType: options.type ?? 'channel',
        name: 'General',
        tenantId: 'tenant-1',
      },
      ...extra,
    }),
  );
}

/** What the bot posted into the 1:1 chat it opened. */
const postedPrivately = (connector: Awaited<ReturnType<typeof standInConnector>>) =>
  connector.posted.filter((p) => p.conversationId === CREATED_CONVERSATION_ID).map((p) => p.activity);

/**
 * Teams' three scopes over HTTP, with the Teams connector stood in: personal chat, channels and group chats, where
 * the bot speaks only when spoken to and takes anything personal to a 1:1 chat.
 */
for (const test of TEST_EVENTS) {
  const { event } = test;
  const env = (extra: Record<string, string> = {}) => ({ EVENT_FILE: test.file, BOT_NOW: test.now, ...extra });

  describe(`Teams scopes (over HTTP, Teams connector stood in), ${test.name} event`, () => {
    it('when the app is installed, then it welcomes once (installationUpdate), naming the meeting', async () => {
      const bot = await startBot(env());
      try {
        const client = bot.client({ id: '29:anna' }, { channelId: 'msteams', locale: 'da-DK' });
        const replies = await client.send(client.activity({ type: 'installationUpdate', action: 'add' }));
        assert.equal(replies.length, 1);
        assert.ok(texts(replies).includes(titleOf(event, 'da')), texts(replies));
        const joined = await client.join();
        assert.equal(joined.length, 0, 'no second welcome from conversationUpdate in Teams');
      } finally {
        await bot.close();
      }
    });

    it('in a channel or group chat, the bot answers only when @mentioned, and offers no buttons there', async () => {
      const connector = await standInConnector();
      const bot = await startBot(env());
      try {
        const client = bot.client({ id: '29:anna', aadObjectId: ANNA_AAD }, { channelId: 'msteams' });
        for (const type of ['channel', 'groupChat'] as const) {
          assert.deepEqual(await inChannel(client, connector.url, 'hvor er mødet?', { mention: false, type }), [], type);
          const answer = await inChannel(client, connector.url, 'hvor er mødet?', { type });
          assert.ok(texts(answer).includes(event.venue.address!.line), texts(answer));
          const welcome = await inChannel(client, connector.url, 'hej', { type });
          assert.ok(
            welcome.every((reply) => !reply.suggestedActions),
            'no suggested actions where others read along',
          );
        }
      } finally {
        await bot.close();
        await connector.close();
      }
    });

    it('in a channel, sign-up moves to a 1:1 chat, which then carries on as a personal chat', async () => {
      const connector = await standInConnector();
      const bot = await startBot(env());
      try {
        const client = bot.client({ id: '29:anna', aadObjectId: ANNA_AAD }, { channelId: 'msteams' });
        const inPublic = await inChannel(client, connector.url, 'tilmeld mig');
        for (const field of fieldsOf(event))
          assert.ok(
            !texts(inPublic)
              .toLowerCase()
              .includes(labelOf(event, field, 'da').toLowerCase()),
            `nothing of the sign-up in the channel: ${texts(inPublic)}`,
          );
        assert.equal(connector.created.length, 1);
        assert.deepEqual(
          (connector.created[0] as { members: Array<{ id: string }> }).members.map((m) => m.id),
          ['29:anna'],
        );
        const privately = texts(postedPrivately(connector));
        assert.ok(privately.includes(titleOf(event, 'da')), `the privacy notice comes privately: ${privately}`);

        // The user answers in the 1:1 chat: the dialog started there continues.
        const personal = bot.client(
          { id: '29:anna', aadObjectId: ANNA_AAD },
          { channelId: 'msteams', conversationId: CREATED_CONVERSATION_ID },
        );
        const [first, second] = fieldsOf(event);
        assert.equal(
          askedField(event, 'da', await personal.send(personal.activity({ text: 'ja', serviceUrl: connector.url })))?.id,
          first!.id,
        );
        assert.equal(
          askedField(event, 'da', await personal.send(personal.activity({ text: answerFor(first!, 'da').text, serviceUrl: connector.url })))
            ?.id,
          second!.id,
        );
      } finally {
        await bot.close();
        await connector.close();
      }
    });

    it("in a channel, an organiser's attendee list goes privately; nothing for others; counts stay public", async () => {
      const connector = await standInConnector();
      const bot = await startBot(env({ ORGANISER_IDS: ORGANISER_AAD }));
      try {
        // One registration, made in a personal chat.
        const anna = bot.client({ id: '29:anna', aadObjectId: ANNA_AAD }, { channelId: 'msteams', conversationId: 'a:anna' });
        for (const text of ['tilmeld mig', 'ja', ...fieldsOf(event).map((field) => answerFor(field, 'da').text), 'ja'])
          await anna.say(text);

        const organiser = bot.client({ id: '29:org', aadObjectId: ORGANISER_AAD }, { channelId: 'msteams' });
        const count = texts(await inChannel(organiser, connector.url, 'hvor mange er tilmeldt?'));
        assert.equal(numbers(count.replace(titleOf(event, 'da'), ''))[0], 1, count);
        const list = await inChannel(organiser, connector.url, 'vis deltagerlisten');
        assert.ok(!texts(list).includes(ANNA.name), 'no name in the channel');
        assert.ok(texts(postedPrivately(connector)).includes(ANNA.name), 'the list comes privately');
        const stranger = bot.client({ id: '29:x', aadObjectId: '0c0c0c0c-0000-4000-8000-00000000000c' }, { channelId: 'msteams' });
        const refused = texts(await inChannel(stranger, connector.url, 'vis deltagerlisten'));
        assert.ok(!refused.includes(ANNA.name));
        assert.deepEqual(numbers(refused), []);
        assert.equal(connector.created.length, 1, 'no 1:1 chat for someone refused');
      } finally {
        await bot.close();
        await connector.close();
      }
    });

    it("in a channel, a button of the bot's own card works without a mention", async () => {
      const connector = await standInConnector();
      const bot = await startBot(env());
      try {
        const client = bot.client({ id: '29:anna', aadObjectId: ANNA_AAD }, { channelId: 'msteams' });
        await inChannel(client, connector.url, { value: { moedebot: 'signUp', eventId: event.id } }, { mention: false });
        assert.equal(connector.created.length, 1, 'the sign-up button moves to a 1:1 chat');
        assert.ok(texts(postedPrivately(connector)).includes(titleOf(event, 'da')));
      } finally {
        await bot.close();
        await connector.close();
      }
    });

    it('when Teams will not open a 1:1 chat, then the channel is told how to reach the bot, and nothing private is said', async () => {
      const connector = await standInConnector({ refuseCreate: true });
      const bot = await startBot(env());
      try {
        const client = bot.client({ id: '29:anna' }, { channelId: 'msteams' });
        const replies = await inChannel(client, connector.url, 'min tilmelding');
        assert.equal(replies.length, 2, 'the promise of a personal chat, and that it could not be opened');
        assert.equal(connector.posted.length, 0);
      } finally {
        await bot.close();
        await connector.close();
      }
    });
  });
}
