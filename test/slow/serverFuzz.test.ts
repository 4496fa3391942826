import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { createLogger } from '../../src/log';
import { post, startBot, texts, type TestBot } from '../helpers/app';
import { standInConnector, type StandInConnector } from '../helpers/connector';
import { eventsFolder, KL_EVENT_FILE, KL_NOW, klEvent, SYNTHETIC_EVENT_FILE, syntheticEvent } from '../helpers/event';

/**
 * A bounded fuzz test of POST /api/messages: a few thousand generated bodies — well-formed activities of every
 * type with odd values, activities with fields removed or replaced by arbitrary JSON, and bodies that are not
 * activities at all. The property: every one gets a 2xx or 4xx (never a 5xx, never a dropped connection), no
 * answer shows internals, and afterwards the bot still answers a plain question. fast-check prints the seed and
 * the smallest failing body when the property breaks; FUZZ_SEED and FUZZ_RUNS reproduce or extend a run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const TYPES = [
  'message',
  'message',
  'message',
  'conversationUpdate',
  'typing',
  'invoke',
  'event',
  'messageReaction',
  'messageUpdate',
  'messageDelete',
  'installationUpdate',
  'endOfConversation',
  'handoff',
  'trace',
  'contactRelationUpdate',
  'suggestion',
  'x',
];
const CHANNELS = ['emulator', 'msteams', 'webchat', 'directline', 'slack', ''];
const QUESTIONS = [
  'hvor er mødet?',
  'when is it',
  'tilmeld mig',
  'sign me up',
  'min tilmelding',
  'afmeld',
  'slet mine data',
  'hvor mange er tilmeldt?',
  'ja',
  'nej',
  'annuller',
  'help',
  'prøv igen',
  'Anna Jensen',
  'anna@example.dk',
  'Viborg',
  'Kirkevej',
  'politiker',
  'ret min e-mail',
  'skift møde',
  'vis møderne',
  '1',
  '2',
  'på engelsk',
  'oversigt',
  'tilmeldte pr. kommune',
];
const EVENT_IDS = [klEvent.id, syntheticEvent.id, 'no-such-meeting'];
const FIELD_IDS = [...new Set([klEvent, syntheticEvent].flatMap((event) => (event.registration?.fields ?? []).map((field) => field.id)))];
const CHOICE_IDS = [
  ...new Set(
    [klEvent, syntheticEvent].flatMap((event) =>
      (event.registration?.fields ?? []).flatMap((field) => field.choices.map((choice) => choice.id)),
    ),
  ),
  'other',
  'atlantis',
];
const INVOKE_NAMES = [
  'application/vnd.microsoft.meetingStart',
  'application/vnd.microsoft.readReceipt',
  'webchat/join',
  'fileConsent/invoke',
  'adaptiveCard/action',
  'composeExtension/query',
  'task/fetch',
  'signin/verifyState',
  'healthCheck',
  'config/fetch',
];

/** Text users could send: questions, commands and answers, with unicode noise and control characters mixed in. */
const text = fc.oneof(
  fc.constantFrom(...QUESTIONS),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.tuple(fc.constantFrom(...QUESTIONS), fc.string({ unit: 'binary', maxLength: 8 })).map(([q, noise]) => `${noise}${q}${noise}`),
  fc.constantFrom('', ' ', '\u0000', '<at>Mødebot</at>', '<b>hej</b>', '🙂'.repeat(50), 'x'.repeat(3000)),
);
/** Replaced by the stand-in connector's address when sent: replies never go to a random address. */
const CONNECTOR = 'http://connector.invalid/';
const json = fc.jsonValue({ maxDepth: 3 });
const account = fc.record({
  id: fc.constantFrom('u1', 'u2', '29:organiser', 'moedebot'),
  name: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
});

/** A card submission: the bot's own shapes (well-formed, or with wrong or surprising values), or anything at all. */
const cardValue = fc.oneof(
  json,
  fc.record(
    {
      moedebot: fc.constantFrom('signUp', 'review', 'field', 'yesNo', 'event', 'feedback', 'x'),
      eventId: fc.oneof(fc.constantFrom(...EVENT_IDS), json),
      choice: json,
      field: json,
      answer: json,
      helpful: json,
    },
    { requiredKeys: ['moedebot'] },
  ),
  fc.record({
    moedebot: fc.constantFrom('signUp', 'event'),
    eventId: fc.constantFrom(...EVENT_IDS),
  }),
  fc.record({ moedebot: fc.constant('review'), choice: fc.constantFrom('confirm', 'change', 'cancel') }),
  fc.record({ moedebot: fc.constant('yesNo'), answer: fc.constantFrom('yes', 'no', true, false) }),
  fc.record({ moedebot: fc.constant('field'), field: fc.constantFrom(...FIELD_IDS), choice: fc.constantFrom(...CHOICE_IDS) }),
);

/** A well-formed activity (it passes the boundary) with odd but type-correct content. */
const activity = fc.record(
  {
    type: fc.constantFrom(...TYPES),
    id: fc.uuid(),
    channelId: fc.constantFrom(...CHANNELS.filter(Boolean)),
    serviceUrl: fc.constant(CONNECTOR),
    from: account,
    recipient: fc.constant({ id: 'moedebot', name: 'Mødebot' }),
    conversation: fc.record({
      id: fc.constantFrom('fuzz-1', 'fuzz-2', 'fuzz-3', '19:channel@thread.tacv2'),
      conversationType: fc.constantFrom('personal', 'channel', 'groupChat', undefined),
      tenantId: fc.constantFrom('tenant-1', undefined),
    }),
    text,
    locale: fc.constantFrom('da-DK', 'en-US', 'de-DE', '', 'xx', undefined),
    value: cardValue,
    name: fc.constantFrom(...INVOKE_NAMES),
    action: fc.constantFrom('add', 'remove', 'add-upgrade', 'weird'),
    entities: fc.array(
      fc.oneof(
        fc.constant({ type: 'mention', text: '<at>Mødebot</at>', mentioned: { id: 'moedebot', name: 'Mødebot' } }),
        fc.record({ type: fc.constantFrom('mention', 'clientInfo', 'x'), mentioned: account, text: fc.string({ maxLength: 20 }) }),
        fc.record({ type: fc.constantFrom('clientInfo', 'x'), locale: json }),
      ),
      { maxLength: 3 },
    ),
    attachments: fc.array(
      fc.record({ contentType: fc.constantFrom('image/png', 'application/vnd.microsoft.card.adaptive', 'text/html', 'x'), content: json }),
      { maxLength: 2 },
    ),
    membersAdded: fc.array(account, { maxLength: 3 }),
    membersRemoved: fc.array(account, { maxLength: 2 }),
    reactionsAdded: fc.array(fc.record({ type: fc.string({ maxLength: 10 }) }), { maxLength: 2 }),
    channelData: fc.oneof(
      fc.constant({ tenant: { id: 'tenant-1' } }),
      fc.record({
        eventType: fc.constantFrom('teamMemberAdded', 'channelCreated', 'editMessage', 'x'),
        team: json,
        channel: json,
        tenant: json,
      }),
    ),
    timestamp: fc.constantFrom(new Date(0).toISOString(), 'yesterday', '2024-10-30T17:00:00+01:00'),
    deliveryMode: fc.constantFrom('expectReplies', 'expectReplies', 'normal', 'notification', 'ephemeral', 'x'),
  },
  { requiredKeys: ['type', 'id', 'channelId', 'serviceUrl', 'from', 'recipient', 'conversation', 'deliveryMode'] },
);

/** A well-formed activity with one field removed or replaced by arbitrary JSON: mostly 400s. */
const mutated = fc
  .tuple(
    activity,
    fc.constantFrom(
      'type',
      'from',
      'recipient',
      'conversation',
      'text',
      'locale',
      'entities',
      'attachments',
      'membersAdded',
      'channelData',
      'serviceUrl',
      'value',
      'timestamp',
      'deliveryMode',
      'channelId',
    ),
    fc.option(json, { nil: undefined }),
  )
  .map(([base, field, value]) => {
    const copy: Record<string, unknown> = { ...base };
    if (value === undefined) delete copy[field];
    else copy[field] = value;
    return copy;
  });

type Body = { kind: 'activity'; activity: Record<string, unknown> } | { kind: 'raw'; body: string };
const body: fc.Arbitrary<Body> = fc.oneof(
  { weight: 6, arbitrary: activity.map((a) => ({ kind: 'activity' as const, activity: a })) },
  { weight: 3, arbitrary: mutated.map((a) => ({ kind: 'activity' as const, activity: a })) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        json.map((v) => JSON.stringify(v) ?? 'null'),
        fc.string({ maxLength: 60 }),
        fc.constantFrom('{', '{"type":', '[]', '{"type":"message"}'),
      )
      .map((raw) => ({ kind: 'raw' as const, body: raw })),
  },
);

describe('HTTP server under fuzzing', () => {
  let bot: TestBot;
  let connector: StandInConnector;
  /** Warnings and errors the bot logged: an activity that passed the boundary must never fail its turn. */
  const problems: string[] = [];
  before(async () => {
    connector = await standInConnector();
    // Both test events, both open: choosing a meeting is fuzzed too.
    const events = { EVENTS_DIR: eventsFolder([KL_EVENT_FILE, SYNTHETIC_EVENT_FILE]), BOT_NOW: KL_NOW };
    bot = await startBot(
      { ...events, ORGANISER_IDS: 'msteams:29:organiser' },
      { log: createLogger('warn', new Writable({ write: (chunk, _encoding, done) => (problems.push(String(chunk)), done()) })) },
    );
  });
  after(async () => {
    await bot.close();
    await connector.close();
  });

  it(`when ${RUNS} generated bodies arrive, then each gets a 2xx or 4xx, never internals, and the bot keeps answering`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, async (generated) => {
        const raw =
          generated.kind === 'raw' ? generated.body : JSON.stringify(generated.activity).replaceAll(CONNECTOR, `${connector.url}/`);
        const response = await post(bot.url, raw);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (process.env.FUZZ_DEBUG && response.status === 400) console.log(response.body);
        assert.ok(response.status >= 200 && response.status < 500, `HTTP ${response.status}: ${response.body.slice(0, 200)}`);
        assert.doesNotMatch(response.body, /\bat [\w.<>]+ \(|node_modules|TypeError|ReferenceError|Cannot read prop/);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // The run exercised both sides of the boundary.
    assert.ok((statuses.get(200) ?? 0) > RUNS / 4, JSON.stringify([...statuses]));
    assert.ok((statuses.get(400) ?? 0) > RUNS / 20, JSON.stringify([...statuses]));
    const failedTurns = problems.filter((line) => /turn failed/.test(line));
    assert.deepEqual(failedTurns, [], `${failedTurns.length} turns failed`);
    const client = bot.client({}, { locale: 'en-US' });
    await client.say('where is the meeting?');
    const after = await client.submit({ moedebot: 'event', eventId: syntheticEvent.id });
    assert.ok(texts(after).includes(syntheticEvent.venue.address!.line), texts(after));
  });
});

describe('HTTP server against adversarial text', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startBot();
  });
  after(() => bot.close());

  /** Median milliseconds of a few turns with this text, answered over HTTP. */
  async function medianTurnMs(text: string, runs = 3): Promise<number> {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await bot.client().say(text);
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  }

  it('when a message is built to make patterns backtrack, then its turn costs about what a normal one does', async () => {
    // Each fills most of the 256 KB body limit; the old tag pattern took 17 s on the first.
    const shapes = [
      '<at '.repeat(60_000),
      '<at>'.repeat(60_000),
      '<'.repeat(200_000),
      '<at x>'.repeat(40_000) + 'hvor',
      '&nbsp;'.repeat(40_000),
      'e\u0301'.repeat(60_000),
      'hvornaaaar'.repeat(20_000),
      `${'a'.repeat(100_000)} ${'b'.repeat(100_000)}`,
      'hvor er mødet og '.repeat(12_000),
    ];
    const normal = await medianTurnMs('hvor er mødet?', 5);
    for (const shape of shapes) {
      const adversarial = await medianTurnMs(shape);
      // Generous: bodies of 200 KB cost parsing and transfer; a backtracking pattern costs seconds.
      assert.ok(
        adversarial < Math.max(20 * normal, 250),
        `${shape.slice(0, 12)}…: ${adversarial.toFixed(1)} ms against ${normal.toFixed(1)} ms`,
      );
    }
  });
});
