import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { TeamsMemberDirectory } from '../src/bot/memberDirectory';
import type { BotClient } from '../src/devtools/botClient';
import { createLogger } from '../src/log';
import { FileStateStorage } from '../src/storage/local/fileStateStorage';
import { startBot, texts } from './helpers/app';
import type { Speaker } from './helpers/conversation';
import { TEST_EVENTS } from './helpers/event';
import {
  ANNA,
  answerAll,
  answerFor,
  askedField,
  asksYesNo,
  calendarOf,
  cardJson,
  expectedAnswers,
  fieldsOf,
  icsStart,
  startSignUp,
} from './helpers/signUp';
import { tempDataDir } from './helpers/testBot';

/** A BotClient as the sign-up helpers drive a conversation. */
const speakerOf = (client: BotClient): Speaker =>
  Object.assign(
    (input: string | Partial<Activity>) => (typeof input === 'string' ? client.say(input) : client.send(client.activity(input))),
    { id: 'client' },
  );

/** A stand-in for the Teams connector API (it cannot run here): answers TeamsInfo.getMember. */
async function fakeTeamsConnector(
  member: Record<string, string> | 'not-found',
): Promise<{ url: string; calls: string[]; close: () => Promise<void> }> {
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

/** The real Teams member lookup (the other tests stand in "nobody known"). */
const teamsDirectory = () => ({ directory: new TeamsMemberDirectory(createLogger('silent')) });

/** The registrations in the embedded store's file (not the event's seat ledger beside them). */
const registrationsIn = (dataDir: string, eventId: string) =>
  Object.values(
    (
      JSON.parse(readFileSync(path.join(dataDir, 'registrations', `${eventId}.json`), 'utf8')) as {
        registrations: Record<string, { status: string; answers: Record<string, string> }>;
      }
    ).registrations,
  ).filter((document) => document.status !== 'seats');

for (const test of TEST_EVENTS) {
  const { event } = test;
  const env = (dataDir: string) => ({ DATA_DIR: dataDir, EVENT_FILE: test.file, BOT_NOW: test.now });

  describe(`sign-up over HTTP (real server, embedded store), ${test.name} event`, () => {
    it('when a user registers and the server restarts on the same DATA_DIR, then the registration is still there', async () => {
      const dataDir = tempDataDir();
      const user = { id: 'user-restart' };
      const first = await startBot(env(dataDir));
      try {
        const say = speakerOf(first.client(user, { conversationId: 'conv-restart' }));
        await answerAll(say, event, 'da');
        assert.ok(calendarOf(await say('ja')));
      } finally {
        await first.close();
      }
      const second = await startBot(env(dataDir));
      try {
        const replies = await second.client(user, { conversationId: 'conv-restart' }).say('min tilmelding');
        for (const field of fieldsOf(event)) assert.ok(cardJson(replies).includes(answerFor(field, 'da').text), field.id);
      } finally {
        await second.close();
      }
    });

    it('when the server restarts in the middle of a sign-up, then the dialog continues where it was', async () => {
      const dataDir = tempDataDir();
      const user = { id: 'user-mid' };
      const [first, second, third] = fieldsOf(event);
      const before = await startBot(env(dataDir));
      try {
        const say = speakerOf(before.client(user, { conversationId: 'conv-mid' }));
        await startSignUp(say, 'da');
        assert.equal(askedField(event, 'da', await say(answerFor(first!, 'da').text))?.id, second!.id);
      } finally {
        await before.close();
      }
      const after = await startBot(env(dataDir));
      try {
        assert.equal(
          askedField(event, 'da', await after.client(user, { conversationId: 'conv-mid' }).say(answerFor(second!, 'da').text))?.id,
          third!.id,
        );
      } finally {
        await after.close();
      }
    });

    it('when the user confirms twice at the same moment, then exactly one registration exists', async () => {
      const dataDir = tempDataDir();
      const bot = await startBot(env(dataDir));
      try {
        const client = bot.client({ id: 'double' }, { conversationId: 'conv-double' });
        await answerAll(speakerOf(client), event, 'da');
        const replies = await Promise.all([client.say('ja'), client.say('ja')]);
        assert.ok(
          replies.some((r) => calendarOf(r)),
          replies.map(texts).join(' | '),
        );
        const stored = registrationsIn(dataDir, event.id);
        assert.equal(stored.length, 1);
        assert.deepEqual(stored[0]?.answers, expectedAnswers(event, 'da'));
      } finally {
        await bot.close();
      }
    });

    it('when the calendar URL is asked for, then it serves the meeting as text/calendar without personal data', async () => {
      const bot = await startBot(env(tempDataDir()));
      try {
        const response = await fetch(`${bot.url}/calendar/${event.id}.ics`);
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-type') ?? '', /^text\/calendar/);
        const ics = await response.text();
        assert.match(ics, new RegExp(`DTSTART:${icsStart(event)}`));
        assert.doesNotMatch(ics, /ATTENDEE/);
      } finally {
        await bot.close();
      }
    });
  });

  describe(`Teams profile over HTTP (TeamsInfo.getMember against a stand-in connector), ${test.name} event`, () => {
    it('when Teams knows the member, then name and e-mail are offered for confirmation instead of asked', async () => {
      const connector = await fakeTeamsConnector({
        id: '29:anna',
        name: ANNA.name,
        email: ANNA.email,
        userPrincipalName: ANNA.email,
        aadObjectId: 'aad-anna',
      });
      const bot = await startBot(env(tempDataDir()), teamsDirectory());
      try {
        const client = bot.client({ id: '29:anna', aadObjectId: 'aad-anna' }, { channelId: 'msteams', conversationId: 'a:personal-anna' });
        await client.send(client.activity({ text: 'tilmeld mig', serviceUrl: connector.url }));
        const replies = await client.send(client.activity({ text: 'ja', serviceUrl: connector.url }));
        assert.ok(asksYesNo(replies) && texts(replies).includes(ANNA.name), texts(replies));
        assert.equal(askedField(event, 'da', replies), undefined);
        assert.deepEqual(connector.calls, ['GET /v3/conversations/a%3Apersonal-anna/members/29%3Aanna']);
      } finally {
        await bot.close();
        await connector.close();
      }
    });

    it('when Teams answers MemberNotFoundInConversation, then the user is asked to type', async () => {
      const connector = await fakeTeamsConnector('not-found');
      const bot = await startBot(env(tempDataDir()), teamsDirectory());
      try {
        const client = bot.client({ id: '29:bo' }, { channelId: 'msteams', conversationId: 'a:personal-bo' });
        await client.send(client.activity({ text: 'tilmeld mig', serviceUrl: connector.url }));
        const replies = await client.send(client.activity({ text: 'ja', serviceUrl: connector.url }));
        assert.equal(askedField(event, 'da', replies)?.id, fieldsOf(event)[0]!.id);
        assert.equal(connector.calls.length, 1);
      } finally {
        await bot.close();
        await connector.close();
      }
    });
  });
}

describe('conversation state the bot cannot use', () => {
  it('when a conversation holds state from the previous release (a botbuilder dialog stack), then it is answered as a fresh one', async () => {
    const dataDir = tempDataDir();
    await new FileStateStorage(dataDir).write({
      'emulator/conversations/conv-old/': {
        dialogState: { dialogStack: [{ id: 'registrationDialog', state: { values: { fullName: 'Anna Jensen' } } }] },
        eTag: '*',
      },
    });
    const bot = await startBot({ DATA_DIR: dataDir });
    try {
      assert.match(texts(await bot.client({ id: 'old-user' }, { conversationId: 'conv-old' }).say('hvor er mødet?')), /Torvet 5/);
    } finally {
      await bot.close();
    }
  });

  it('when a conversation holds a dialog of a kind this version does not know, then it is dropped and the message answered', async () => {
    const dataDir = tempDataDir();
    await new FileStateStorage(dataDir).write({
      'emulator/conversations/conv-unknown/': { memory: { lang: 'da', dialog: { kind: 'retiredDialog', lang: 'da' } }, eTag: '*' },
    });
    const bot = await startBot({ DATA_DIR: dataDir });
    try {
      assert.match(texts(await bot.client({ id: 'unknown-user' }, { conversationId: 'conv-unknown' }).say('hvor er mødet?')), /Torvet 5/);
      const stored = (await new FileStateStorage(dataDir).read(['emulator/conversations/conv-unknown/']))[
        'emulator/conversations/conv-unknown/'
      ] as {
        memory?: { dialog?: unknown };
      };
      assert.equal(stored.memory?.dialog, undefined);
    } finally {
      await bot.close();
    }
  });

  it('when a conversation holds a dialog this version cannot run, then the user gets an apology once and a fresh start', async () => {
    const dataDir = tempDataDir();
    await new FileStateStorage(dataDir).write({
      'emulator/conversations/conv-stale/': {
        memory: {
          dialog: {
            kind: 'signUp',
            eventId: 'kl-region-midtjylland-2024',
            lang: 'tlh',
            step: 'field',
            index: 42,
            answers: null,
            prefill: {},
          },
        },
        eTag: '*',
      },
    });
    const bot = await startBot({ DATA_DIR: dataDir });
    try {
      const client = bot.client({ id: 'stale-user' }, { conversationId: 'conv-stale' });
      const first = await client.say('hvor er mødet?');
      assert.equal(first.length, 1);
      assert.doesNotMatch(texts(first), /Torvet 5|TypeError|tlh/);
      assert.equal(first[0]?.locale, 'da-DK');
      assert.match(texts(await client.say('hvor er mødet?')), /Torvet 5/);
    } finally {
      await bot.close();
    }
  });
});
