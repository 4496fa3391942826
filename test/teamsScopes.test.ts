import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BotClient } from '../src/devtools/botClient';
import { startBot, texts } from './helpers/app';
import { CREATED_CONVERSATION_ID, standInConnector } from './helpers/connector';

function inChannel(client: BotClient, serviceUrl: string, text: string, mention = true) {
  return client.send(
    client.activity({
      text: mention ? `<at>Mødebot</at> ${text}` : text,
      serviceUrl,
      entities: mention ? [{ type: 'mention', text: '<at>Mødebot</at>', mentioned: { id: 'moedebot', name: 'Mødebot' } }] : [],
      conversation: { id: '19:general@thread.tacv2', isGroup: true, conversationType: 'channel', name: 'General', tenantId: 'tenant-1' },
    }),
  );
}

describe('Teams scopes (over HTTP, Teams connector stood in)', () => {
  it('when the app is installed, then it welcomes once (installationUpdate)', async () => {
    const bot = await startBot();
    try {
      const client = bot.client({ id: '29:anna' }, { channelId: 'msteams' });
      const replies = await client.send(client.activity({ type: 'installationUpdate', action: 'add' }));
      assert.equal(replies.length, 1);
      assert.match(replies[0]?.text ?? '', /Jeg er Mødebot/);
      const joined = await client.join();
      assert.equal(joined.length, 0, 'no second welcome from conversationUpdate in Teams');
    } finally {
      await bot.close();
    }
  });

  it('in a channel, the bot answers only when @mentioned', async () => {
    const connector = await standInConnector();
    const bot = await startBot();
    try {
      const client = bot.client({ id: '29:anna', aadObjectId: '0d0d0d0d-0000-4000-8000-00000000000d' }, { channelId: 'msteams' });
      assert.deepEqual(await inChannel(client, connector.url, 'hvor er mødet?', false), []);
      assert.match(texts(await inChannel(client, connector.url, 'hvor er mødet?')), /Torvet 5/);
    } finally {
      await bot.close();
      await connector.close();
    }
  });

  it('in a channel, sign-up moves to a 1:1 chat, which then carries on as a personal chat', async () => {
    const connector = await standInConnector();
    const bot = await startBot();
    try {
      const client = bot.client({ id: '29:anna', aadObjectId: '0d0d0d0d-0000-4000-8000-00000000000d' }, { channelId: 'msteams' });
      const inPublic = await inChannel(client, connector.url, 'tilmeld mig');
      assert.match(texts(inPublic), /skriver til dig i en personlig chat/);
      assert.doesNotMatch(texts(inPublic), /navn|e-mail/i);
      assert.equal(connector.created.length, 1);
      assert.deepEqual((connector.created[0] as { members: Array<{ id: string }> }).members.map((m) => m.id), ['29:anna']);
      const privately = connector.posted.filter((p) => p.conversationId === CREATED_CONVERSATION_ID).map((p) => p.activity.text ?? '');
      assert.match(privately.join('\n'), /Før vi går i gang[\s\S]*Hvad er dit fulde navn\?/);

      // The user answers in the 1:1 chat: the dialog started there continues.
      const personal = bot.client({ id: '29:anna', aadObjectId: '0d0d0d0d-0000-4000-8000-00000000000d' }, { channelId: 'msteams', conversationId: CREATED_CONVERSATION_ID });
      const next = await personal.send(personal.activity({ text: 'Anna Jensen', serviceUrl: connector.url }));
      assert.match(texts(next), /e-mailadresse/);
    } finally {
      await bot.close();
      await connector.close();
    }
  });

  it('in a channel, an organiser\'s attendee list goes privately; nothing for others; counts stay public', async () => {
    const connector = await standInConnector();
    const bot = await startBot({ ORGANISER_IDS: '0a0a0a0a-0000-4000-8000-00000000000a' });
    try {
      const organiser = bot.client({ id: '29:org', aadObjectId: '0a0a0a0a-0000-4000-8000-00000000000a' }, { channelId: 'msteams' });
      assert.match(texts(await inChannel(organiser, connector.url, 'hvor mange er tilmeldt?')), /^Tilmeldte: 0\./);
      assert.match(texts(await inChannel(organiser, connector.url, 'vis deltagerlisten')), /personlig chat/);
      assert.match(connector.posted.map((p) => p.activity.text).join('\n'), /Ingen er tilmeldt endnu/);
      const stranger = bot.client({ id: '29:x', aadObjectId: '0c0c0c0c-0000-4000-8000-00000000000c' }, { channelId: 'msteams' });
      assert.match(texts(await inChannel(stranger, connector.url, 'vis deltagerlisten')), /kun arrangørerne/);
      assert.equal(connector.created.length, 1);
    } finally {
      await bot.close();
      await connector.close();
    }
  });

  it('when Teams will not open a 1:1 chat, then the channel is told how to reach the bot, and nothing private is said', async () => {
    const connector = await standInConnector({ refuseCreate: true });
    const bot = await startBot();
    try {
      const client = bot.client({ id: '29:anna' }, { channelId: 'msteams' });
      assert.match(texts(await inChannel(client, connector.url, 'min tilmelding')), /kunne ikke starte en personlig chat/);
      assert.equal(connector.posted.length, 0);
    } finally {
      await bot.close();
      await connector.close();
    }
  });
});
