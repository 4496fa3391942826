import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { BUNDLED_EVENTS_DIR } from '../../src/config';
import { loadEventFile } from '../../src/event/load';
import type { MeetingEvent, RegistrationField } from '../../src/event/model';
import { messages, type Lang } from '../../src/i18n';
import { channelIdentity, personKeyOf } from '../../src/identity';
import { displayAnswer } from '../../src/registrations/fields';
import { speaker, textOf, type Speaker } from '../helpers/conversation';
import { LOCALE, askedField, asksYesNo, cardJson, dialogIn, fieldsOf, harnessFor, isReview, stored, type Harness } from '../helpers/signUp';

/**
 * The sign-up dev set: scripted conversations written as people type in Teams (test/fixtures/conversations), run
 * through the real bot turn by turn. Each turn's reply is checked for facts that must and must not be in it, which
 * field it asks, and whether a dialog still runs; at the end, what the store holds, by field kind, never by field id.
 * A turn marked `gap` is a known shortcoming: it must still fail as written (so a fix is noticed), and is counted.
 */

export const DEV_SET_FILE = path.join(__dirname, '..', 'fixtures', 'conversations', 'signup-dev.yaml');
const FIXTURE_EVENTS_DIR = path.join(__dirname, '..', 'fixtures', 'events');

/** A fact, or a message of the catalogue: `msg:registration.aborted`, or a function's sentence with its arguments. */
const Fact = z.union([z.string().min(1), z.strictObject({ msg: z.string(), args: z.array(z.unknown()).default([]) })]);
type Fact = z.infer<typeof Fact>;

const Turn = z.strictObject({
  /** What the person types. */
  say: z.string(),
  /** Who types it (a person of the conversation); the conversation's first person when not given. */
  as: z.string().optional(),
  /** What the turn's class is, for counting: notice, name, email, choice, text, leave, fix, question, colleague, ... */
  class: z.string(),
  expect: z.array(Fact).default([]),
  forbid: z.array(Fact).default([]),
  /** The field the reply asks (kind, or "choice 2" for the second of a kind), or "none". */
  asks: z.string().optional(),
  /** The reply asks a yes/no question (a value to confirm, the notice). */
  yesNo: z.boolean().optional(),
  /** The reply is the review of the answers. */
  review: z.boolean().optional(),
  /** A sign-up (or another dialog) still runs after the turn. */
  dialog: z.boolean().optional(),
  /** A known gap: why the bot does not do this yet. The turn must still fail as written. */
  gap: z.string().optional(),
});
type Turn = z.infer<typeof Turn>;

const Registration = z.strictObject({
  as: z.string().optional(),
  status: z.enum(['registered', 'waitlisted']).default('registered'),
  /** Answers as shown (a choice by its label, "other" by what was written), by field kind; "" for none. */
  answers: z.record(z.string(), z.string()).default({}),
});

const Conversation = z.strictObject({
  name: z.string(),
  event: z.string(),
  /** The bot's clock, ISO with offset. */
  now: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?[+-]\d\d:\d\d$/),
  lang: z.enum(['da', 'en']),
  /** The people of the conversation; those marked organiser may see counts and lists. The first one is the default. */
  people: z
    .array(z.strictObject({ id: z.string(), organiser: z.boolean().default(false) }))
    .min(1)
    .default([{ id: 'user', organiser: false }]),
  turns: z.array(Turn).min(1),
  /** What the store holds at the end. */
  end: z
    .strictObject({
      /** Registrations not cancelled. */
      active: z.number().int().min(0).optional(),
      /** Cancellation records. */
      cancelled: z.number().int().min(0).optional(),
      registrations: z.array(Registration).default([]),
      /** Words no stored answer may be (a refusal, a yes, a question taken as an answer). */
      neverStored: z.array(z.string()).default([]),
    })
    .optional(),
});
type Conversation = z.infer<typeof Conversation>;

export const DevSet = z.strictObject({ conversations: z.array(Conversation).min(1) });

export function loadDevSet(file = DEV_SET_FILE) {
  return DevSet.parse(parseYaml(readFileSync(file, 'utf8')));
}

function eventFile(id: string): string {
  const file = [path.join(BUNDLED_EVENTS_DIR, `${id}.yaml`), path.join(FIXTURE_EVENTS_DIR, `${id}.yaml`)].find((candidate) =>
    existsSync(candidate),
  );
  assert.ok(file, `no event file for ${id}`);
  return file;
}

/** The field a reference names: a kind ("email"), or the n-th of a kind ("choice 2"). */
export function fieldByRef(event: MeetingEvent, ref: string): RegistrationField {
  const [kind, nth] = ref.trim().split(/\s+/);
  const field = fieldsOf(event).filter((f) => f.kind === kind)[Number(nth ?? '1') - 1];
  assert.ok(field, `${event.id} has no field "${ref}"`);
  return field;
}

/** As the question sets match facts: lower case, without punctuation and white space ("19.00" matches "19:00"). */
const squash = (text: string) => text.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '');

function factText(fact: Fact, lang: Lang): string {
  const key = typeof fact === 'string' ? (fact.startsWith('msg:') ? fact.slice(4) : undefined) : fact.msg;
  if (key === undefined) return fact as string;
  const value = key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], messages(lang));
  if (typeof value === 'string') return value;
  assert.equal(typeof value, 'function', `no message ${key}`);
  return (value as (...args: unknown[]) => string)(...(typeof fact === 'object' ? fact.args : []));
}

const holds = (text: string, fact: string) => squash(text).includes(squash(fact));

/** Everything a turn shows: its text (or card fallback) and its cards. */
const shownBy = (replies: Partial<Activity>[]) => `${textOf(replies)}\n${cardJson(replies)}`;

/** The checks of one turn; returns what failed (empty when it holds). */
async function checkTurn(
  h: Harness,
  event: MeetingEvent,
  lang: Lang,
  turn: Turn,
  who: Speaker,
  replies: Partial<Activity>[],
): Promise<string[]> {
  const failed: string[] = [];
  const shown = shownBy(replies);
  if (replies.length === 0) failed.push('no reply');
  for (const fact of turn.expect) if (!holds(shown, factText(fact, lang))) failed.push(`expected "${factText(fact, lang)}"`);
  for (const fact of turn.forbid) if (holds(shown, factText(fact, lang))) failed.push(`must not say "${factText(fact, lang)}"`);
  if (turn.asks !== undefined) {
    const asked = askedField(event, lang, replies);
    const want = turn.asks === 'none' ? undefined : fieldByRef(event, turn.asks);
    if (asked !== want) failed.push(`expected to ask ${turn.asks}, asked ${asked ? `${asked.kind} (${asked.id})` : 'none'}`);
  }
  if (turn.yesNo !== undefined && asksYesNo(replies) !== turn.yesNo)
    failed.push(turn.yesNo ? 'expected a yes/no question' : 'expected no yes/no question');
  if (turn.review !== undefined && isReview(replies) !== turn.review)
    failed.push(turn.review ? 'expected the review' : 'expected no review');
  if (turn.dialog !== undefined) {
    const running = (await dialogIn(h, `conversation-${who.id}`)) !== undefined;
    if (running !== turn.dialog) failed.push(turn.dialog ? 'expected a dialog to go on' : 'expected no dialog');
  }
  for (const reply of replies) if (!(reply.locale ?? '').startsWith(lang)) failed.push(`reply in ${reply.locale}: ${reply.text ?? ''}`);
  return failed;
}

async function checkEnd(h: Harness, event: MeetingEvent, conversation: Conversation): Promise<void> {
  const end = conversation.end;
  if (!end) return;
  const all = await stored(h, event);
  if (end.active !== undefined)
    assert.equal(
      all.filter((r) => r.status !== 'cancelled').length,
      end.active,
      `active registrations: ${JSON.stringify(all.map((r) => [r.status, r.answers]))}`,
    );
  if (end.cancelled !== undefined) assert.equal(all.filter((r) => r.status === 'cancelled').length, end.cancelled, 'cancellations');
  const first = conversation.people[0]!.id;
  for (const expected of end.registrations) {
    const id = expected.as ?? first;
    const mine = all.filter((r) => r.status !== 'cancelled' && r.personKey === personKeyOf(channelIdentity('test', id)));
    const match = mine.find((r) => r.status === expected.status);
    assert.ok(match, `${id}: no ${expected.status} registration among ${JSON.stringify(mine.map((r) => r.status))}`);
    for (const [ref, value] of Object.entries(expected.answers)) {
      const field = fieldByRef(event, ref);
      assert.equal(displayAnswer(field, match.answers, conversation.lang).toLowerCase(), value.toLowerCase(), `${id}: stored ${ref}`);
    }
  }
  for (const registration of all)
    for (const value of Object.values(registration.answers))
      for (const never of end.neverStored) assert.notEqual(squash(value), squash(never), `"${value}" must never be stored as an answer`);
}

export interface DevSetRun {
  /** Turns marked as known gaps that failed as expected. */
  gaps: Array<{ conversation: string; say: string; reason: string }>;
}

/** Runs one conversation through the bot; fails on the first turn that does not hold. */
export async function runConversation(conversation: Conversation): Promise<DevSetRun> {
  const file = eventFile(conversation.event);
  const event = loadEventFile(file);
  const organisers = conversation.people.filter((p) => p.organiser).map((p) => `test:${p.id}`);
  const h = harnessFor({ file, now: conversation.now }, organisers.length ? { ORGANISER_IDS: organisers.join(',') } : {});
  const speakers = new Map(conversation.people.map((p) => [p.id, speaker(h, { id: p.id, locale: LOCALE[conversation.lang] })]));
  const run: DevSetRun = { gaps: [] };
  const transcript: string[] = [];
  for (const [i, turn] of conversation.turns.entries()) {
    const who = speakers.get(turn.as ?? conversation.people[0]!.id);
    assert.ok(who, `turn ${i + 1}: nobody called ${turn.as}`);
    const replies = await who(turn.say);
    transcript.push(
      `> ${turn.as ?? ''} ${turn.say}`,
      ...textOf(replies)
        .split('\n')
        .map((line) => `  ${line}`),
    );
    const failed = await checkTurn(h, event, conversation.lang, turn, who, replies);
    if (turn.gap) {
      assert.ok(failed.length > 0, `turn ${i + 1} "${turn.say}" is marked as a known gap (${turn.gap}) but now holds: remove the mark`);
      run.gaps.push({ conversation: conversation.name, say: turn.say, reason: turn.gap });
    } else {
      assert.deepEqual(failed, [], `turn ${i + 1} "${turn.say}":\n${failed.join('\n')}\n--- transcript ---\n${transcript.join('\n')}`);
    }
  }
  // DEVSET_TRACE=1 shows what the bot said, for writing a new conversation's expectations.
  if (process.env.DEVSET_TRACE) process.stderr.write(`\n## ${conversation.name}\n${transcript.join('\n')}\n`);
  await checkEnd(h, event, conversation);
  return run;
}

const set = loadDevSet();

describe('the sign-up dev set', () => {
  const gaps: DevSetRun['gaps'] = [];
  for (const conversation of set.conversations) {
    it(`${conversation.event}, ${conversation.lang}: ${conversation.name}`, async (t) => {
      const run = await runConversation(conversation);
      gaps.push(...run.gaps);
      for (const gap of run.gaps) t.diagnostic(`known gap: "${gap.say}" – ${gap.reason}`);
    });
  }

  it('when the set is counted, then it has at least 150 turns in both languages, on at least three events, with organisers and after a deadline', () => {
    const turns = set.conversations.flatMap((c) => c.turns.map((turn) => ({ ...turn, lang: c.lang })));
    assert.ok(turns.length >= 150, `${turns.length} turns`);
    for (const lang of ['da', 'en'] as const) assert.ok(turns.filter((turn) => turn.lang === lang).length >= 30, `${lang} turns`);
    assert.ok(new Set(set.conversations.map((c) => c.event)).size >= 3, 'events');
    assert.ok(
      set.conversations.some((c) => c.people.some((p) => p.organiser)),
      'organiser conversations',
    );
    // Known gaps are kept few.
    assert.ok(turns.filter((turn) => turn.gap).length <= 10, 'known gaps');
  });
});
