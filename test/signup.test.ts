import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { BotClient } from '../src/devtools/botClient';
import { FileStateStorage } from '../src/storage/local/fileStateStorage';
import { startBot, texts } from './helpers/app';
import { tempDataDir } from './helpers/testBot';

const cardText = (replies: Partial<Activity>[]) => JSON.stringify(replies.flatMap((r) => r.attachments ?? []));

async function signUpUntilReview(client: BotClient) {
  for (const answer of ['tilmeld mig', 'Anna Jensen', 'anna@herning.dk', 'Herning', 'Direktør']) await client.say(answer);
  return client.say('spring over');
}

/** A stand-in for the Teams connector API (it cannot run here): answers TeamsInfo.getMember. */
async function fakeTeamsConnector(member: Record<string, string> | 'not-found'): Promise<{ url: string; calls: string[]; close: () => Promise<void> }> {
  const calls: string[] = [];
  const server: Server = createServer((req, res) => {
    calls.push(`${req.method} ${req.url}`);
    res.setHeader('content-type', 'application/json');
    if (member === 'not-found' || !/\/v3\/conversations\/[^/]+\/members\/[^/]+$/.test(req.url ?? '')) {
      res.statusCode = 404;
      res.end(JSON.stringify({ error: { code: 'MemberNotFoundInConversation', message: 'The member was not found.' } }));
      return;
    }
    res.end(JSON.stringify(member));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, calls, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('sign-up over HTTP (real server, embedded store)', () => {
  it('when a user registers and the server restarts on the same DATA_DIR, then the registration is still there', async () => {
    const dataDir = tempDataDir();
    const first = await startBot({ DATA_DIR: dataDir });
    const user = { id: 'user-restart' };
    const conversationId = 'conv-restart';
    try {
      const client = first.client(user, { conversationId });
      await signUpUntilReview(client);
      assert.match(texts(await client.say('ja')), /Du er tilmeldt/);
    } finally {
      await first.close();
    }
    const second = await startBot({ DATA_DIR: dataDir });
    try {
      const replies = await second.client(user, { conversationId }).say('min tilmelding');
      assert.match(texts(replies), /Din tilmelding:/);
      assert.match(cardText(replies), /Anna Jensen[\s\S]*anna@herning\.dk/);
    } finally {
      await second.close();
    }
  });

  it('when the server restarts in the middle of a sign-up, then the dialog continues where it was', async () => {
    const dataDir = tempDataDir();
    const user = { id: 'user-mid' };
    const first = await startBot({ DATA_DIR: dataDir });
    try {
      const client = first.client(user, { conversationId: 'conv-mid' });
      await client.say('tilmeld mig');
      await client.say('Bo Hansen');
    } finally {
      await first.close();
    }
    const second = await startBot({ DATA_DIR: dataDir });
    try {
      assert.match(texts(await second.client(user, { conversationId: 'conv-mid' }).say('bo@example.dk')), /Hvilken kommune/);
    } finally {
      await second.close();
    }
  });

  it('when the user confirms twice at the same moment, then exactly one registration exists', async () => {
    const dataDir = tempDataDir();
    const bot = await startBot({ DATA_DIR: dataDir });
    try {
      const client = bot.client({ id: 'double' }, { conversationId: 'conv-double' });
      await signUpUntilReview(client);
      const replies = await Promise.all([client.say('ja'), client.say('ja')]);
      assert.ok(replies.some((r) => /Du er tilmeldt/.test(texts(r))), replies.map(texts).join(' | '));
      const file = JSON.parse(readFileSync(path.join(dataDir, 'registrations', 'kl-region-midtjylland-2024.json'), 'utf8'));
      assert.equal(Object.keys(file.registrations).length, 1);
      const health = (await (await fetch(`${bot.url}/healthz`)).json()) as { store: { kind: string; reachable: boolean } };
      assert.deepEqual(health.store, { kind: 'local', reachable: true });
    } finally {
      await bot.close();
    }
  });

  it('when a conversation holds a dialog this version cannot run, then the user gets an apology once and a fresh start', async () => {
    const dataDir = tempDataDir();
    // State as an older release might have left it: a dialog id that no longer exists.
    await new FileStateStorage(dataDir).write({
      'emulator/conversations/conv-stale/': { dialogState: { dialogStack: [{ id: 'retiredDialog', state: {} }] }, eTag: '*' },
    });
    const bot = await startBot({ DATA_DIR: dataDir });
    try {
      const client = bot.client({ id: 'stale-user' }, { conversationId: 'conv-stale' });
      assert.match(texts(await client.say('hvor er mødet?')), /Beklager, der gik noget galt/);
      assert.match(texts(await client.say('hvor er mødet?')), /Torvet 5/);
    } finally {
      await bot.close();
    }
  });

  it('when the calendar URL is asked for, then it serves the meeting as text/calendar without personal data', async () => {
    const bot = await startBot();
    try {
      const response = await fetch(`${bot.url}/calendar/kl-region-midtjylland-2024.ics`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/calendar/);
      assert.match(await response.text(), /DTSTART:20241030T160000Z/);
    } finally {
      await bot.close();
    }
  });
});

describe('Teams profile over HTTP (TeamsInfo.getMember against a stand-in connector)', () => {
  it('when Teams knows the member, then name and e-mail are offered for confirmation', async () => {
    const connector = await fakeTeamsConnector({ id: '29:anna', name: 'Anna Jensen', email: 'anna@herning.dk', userPrincipalName: 'anna@herning.dk', aadObjectId: 'aad-anna' });
    const bot = await startBot();
    try {
      const client = bot.client({ id: '29:anna', aadObjectId: 'aad-anna' }, { channelId: 'msteams', conversationId: 'a:personal-anna' });
      const replies = await client.send(client.activity({ text: 'tilmeld mig', serviceUrl: connector.url }));
      assert.match(texts(replies), /Fra Teams har jeg: navn „Anna Jensen“/);
      assert.deepEqual(connector.calls, ['GET /v3/conversations/a%3Apersonal-anna/members/29%3Aanna']);
    } finally {
      await bot.close();
      await connector.close();
    }
  });

  it('when Teams answers MemberNotFoundInConversation, then the user is asked to type', async () => {
    const connector = await fakeTeamsConnector('not-found');
    const bot = await startBot();
    try {
      const client = bot.client({ id: '29:bo' }, { channelId: 'msteams', conversationId: 'a:personal-bo' });
      const replies = await client.send(client.activity({ text: 'tilmeld mig', serviceUrl: connector.url }));
      assert.match(texts(replies), /Hvad er dit fulde navn\?/);
      assert.equal(connector.calls.length, 1);
    } finally {
      await bot.close();
      await connector.close();
    }
  });
});
