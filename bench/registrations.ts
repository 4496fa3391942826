import { loadConfig } from '../src/config';
import { formatWhen, titleOf } from '../src/event/format';
import type { RegistrationField } from '../src/event/model';
import { messages } from '../src/i18n';
import { channelIdentity, personKeyOf } from '../src/identity';
import { isActive, type StoredRegistration } from '../src/registrations/model';
import { createStores } from '../src/storage';
import { LocalRegistrationStore } from '../src/storage/local/localRegistrationStore';
import { EMULATOR_KEY } from '../test/helpers/cosmos';
import { personName } from '../test/helpers/registrations';
import { benchEvent } from './events';
import { arg, botEnv, machineLine, messageActivity, quantile, say, startTarget, textArg, type Target } from './lib';

/**
 * `npm run bench:registrations`: complete sign-ups through the HTTP endpoint (the real sign-up dialog, deliveryMode
 * expectReplies), many users at once, on the embedded store and on Cosmos DB (the Cosmos-protocol server in its own
 * process). Afterwards the registrations are counted in the store: exactly one per user, none lost, none doubled.
 *
 * Options: --users 200 --concurrency 20 (users signing up at the same time)
 *          --double 10 (every 10th user confirms twice at once, as a double click does; 0 = never)
 *          --stores local,cosmos
 *          --event kl|synthetic (the synthetic one has two seats: the rest must end up on its waiting list)
 */
const USERS = arg('users', 200);
const CONCURRENCY = arg('concurrency', 20);
const DOUBLE = arg('double', 10);
const STORES = (textArg('stores') ?? 'local,cosmos').split(',') as Array<'local' | 'cosmos'>;
const { event, file, now } = benchEvent();
const fields = event.registration?.fields ?? [];
const r = messages('da').registration;

/** What a user types for a field, from its kind (see test/storageFaults.test.ts); the first choice by its label. */
function answerOf(field: RegistrationField, n: number): string {
  switch (field.kind) {
    case 'name':
      return personName(n);
    case 'email':
      return `d${n}@example.dk`;
    case 'phone':
      return '20 30 40 50';
    case 'organisation':
      return 'Testby Lokalråd';
    case 'choice':
      return field.choices[0]!.label.da ?? Object.values(field.choices[0]!.label)[0]!;
    case 'text':
      return field.optional ? 'spring over' : 'Tekst';
  }
}

/** What a user types, message by message, up to the review: "tilmeld mig", yes to the privacy notice, each answer. */
const answersOf = (n: number) => ['tilmeld mig', 'ja', ...fields.map((field) => answerOf(field, n))];
/** The bot's own sentences for a sign-up that was stored: registered, or on the waiting list at some place. */
const registeredTexts = (['attached', 'link', 'none'] as const).map((calendar) =>
  r.registered(titleOf(event, 'da'), formatWhen(event, 'da'), calendar),
);
const waitingTexts = Array.from({ length: USERS }, (_, i) => r.waitlisted(i + 1));
const confirmed = (reply: string) => [...registeredTexts, ...waitingTexts].some((text) => reply.includes(text));

interface Outcome {
  store: string;
  seconds: number;
  turns: number[];
  failed: number;
  stored: StoredRegistration[];
}

async function signUpAll(bot: Target): Promise<{ seconds: number; turns: number[]; failed: number }> {
  const turns: number[] = [];
  let failed = 0;
  const timed = async (n: number, text: string) => {
    const started = process.hrtime.bigint();
    const replies = await say(bot.url, messageActivity(n, text, 'da-DK', `u${n}-${turns.length}`));
    turns.push(Number(process.hrtime.bigint() - started) / 1e6);
    return replies.join('\n');
  };
  const queue = Array.from({ length: USERS }, (_, n) => n);
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
        try {
          for (const text of answersOf(n)) await timed(n, text);
          // A double click sends the confirmation twice at once: one registration must come of it.
          const confirmations = await Promise.all(Array.from({ length: DOUBLE > 0 && n % DOUBLE === 0 ? 2 : 1 }, () => timed(n, 'ja')));
          if (!confirmations.some(confirmed)) failed++;
        } catch {
          failed++;
        }
      }
    }),
  );
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, turns, failed };
}

async function run(store: 'local' | 'cosmos'): Promise<Outcome> {
  const cosmos = store === 'cosmos' ? await startTarget('cosmos') : undefined;
  const database = `bench-${process.pid}-${Date.now()}`;
  const env = botEnv({
    EVENT_FILE: file,
    BOT_NOW: now,
    ...(cosmos ? { COSMOS_ENDPOINT: cosmos.url, COSMOS_KEY: EMULATOR_KEY, COSMOS_DATABASE: database } : {}),
  });
  const bot = await startTarget('bot', env);
  try {
    // Warm-up with questions only (nothing stored): JIT and connections, so the first sign-ups are not the slowest.
    for (let i = 0; i < 50; i++) await say(bot.url, messageActivity(1_000_000 + i, 'hvor er mødet?', 'da-DK', `w${i}`));
    const result = await signUpAll(bot);
    await bot.stop();
    // Counted in the store itself, after the bot has gone: what is on disk or in the database is what counts.
    let stored: StoredRegistration[];
    if (cosmos) {
      const stores = await createStores(
        loadConfig({ ALLOW_UNAUTHENTICATED: 'true', COSMOS_ENDPOINT: cosmos.url, COSMOS_KEY: EMULATOR_KEY, COSMOS_DATABASE: database }),
      );
      stored = await stores.registrations.list(event.id);
      await stores.close();
    } else {
      stored = await new LocalRegistrationStore(env.DATA_DIR!).list(event.id);
    }
    return { store, ...result, stored };
  } finally {
    await bot.stop();
    await cosmos?.stop();
  }
}

/** Exactly one active registration per user who signed up, and nobody else; the seats taken, the rest waiting. */
function check(stored: StoredRegistration[]) {
  const expected = new Set(Array.from({ length: USERS }, (_, n) => personKeyOf(channelIdentity('emulator', `user-${n}`))));
  const byPerson = new Map<string, number>();
  for (const registration of stored.filter(isActive)) byPerson.set(registration.personKey, (byPerson.get(registration.personKey) ?? 0) + 1);
  const doubled = [...byPerson.values()].filter((count) => count > 1).length;
  const lost = [...expected].filter((key) => !byPerson.has(key)).length;
  const strangers = [...byPerson.keys()].filter((key) => !expected.has(key)).length;
  const seats = Math.min(USERS, event.registration?.capacity ?? USERS);
  const registered = stored.filter((registration) => registration.status === 'registered').length;
  const waiting = stored.filter((registration) => registration.status === 'waitlisted').length;
  const misplaced = Math.abs(registered - seats) + Math.abs(waiting - (USERS - seats));
  return { doubled, lost, strangers, misplaced, ok: stored.length === USERS && doubled + lost + strangers + misplaced === 0 };
}

async function main() {
  console.log(machineLine());
  const seats = event.registration?.capacity;
  console.log(`Event: ${event.id}${seats ? ` (${seats} seats)` : ''}`);
  console.log(
    `${USERS} users, ${CONCURRENCY} at a time, ${answersOf(0).length + 1} turns each${DOUBLE > 0 ? `, every ${DOUBLE}th confirms twice at once` : ''}\n`,
  );
  const rows: string[] = [];
  const verdicts: string[] = [];
  let allOk = true;
  for (const store of STORES) {
    const outcome = await run(store);
    const verdict = check(outcome.stored);
    allOk &&= verdict.ok && outcome.failed === 0;
    verdicts.push(
      `${store} ${(USERS / outcome.seconds).toFixed(1)}/s, ${outcome.stored.length} stored for ${USERS} users (${verdict.ok && outcome.failed === 0 ? 'exactly one each' : 'NOT exactly one each'})`,
    );
    const sorted = [...outcome.turns].sort((a, b) => a - b);
    rows.push(
      `| ${store === 'local' ? 'embedded local' : 'Cosmos DB (protocol server)'} | ${USERS} | ${CONCURRENCY} | ${(USERS / outcome.seconds).toFixed(1)} | ${(outcome.turns.length / outcome.seconds).toFixed(0)} | ${quantile(sorted, 0.5).toFixed(1)} | ${quantile(sorted, 0.99).toFixed(1)} | ${outcome.stored.length} | ${verdict.lost} | ${verdict.doubled} | ${outcome.failed} | ${verdict.ok && outcome.failed === 0 ? 'yes' : 'NO'} |`,
    );
  }
  console.log(
    '| store | users | at once | sign-ups/s | turns/s | turn p50 ms | turn p99 ms | stored | lost | doubled | failed sign-ups | exactly one each |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log(`\n» registrations: ${verdicts.join('; ')}`);
  process.exitCode = allOk ? 0 : 1;
}

void main();
