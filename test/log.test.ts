// test-weight: 2 (slow for its size; see scripts/runTests.mjs)
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { MemoryStorage, type Activity, type StoreItems } from 'botbuilder';
import type { BotClient } from '../src/devtools/botClient';
import type { MeetingEvent } from '../src/event/model';
import { createLogger } from '../src/log';
import { startBot } from './helpers/app';
import type { Speaker } from './helpers/conversation';
import { TEST_EVENTS } from './helpers/event';
import {
  SAY,
  answerAll,
  answerFor,
  askedField,
  assertLanguage,
  calendarOf,
  fieldOfKind,
  fieldsOf,
  labelOf,
  startSignUp,
  type Person,
} from './helpers/signUp';

interface LogLine {
  level: number;
  msg: string;
  turn?: string;
  [key: string]: unknown;
}

function capture() {
  const lines: string[] = [];
  const log = createLogger('trace', new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));
  return { log, lines, parsed: () => lines.map((line) => JSON.parse(line) as LogLine) };
}

/** What a user types and registers in these tests: none of it may ever reach a log line. */
const KIRSTINE: Person = {
  name: 'Kirstine Sørensen-Vestergaard',
  email: 'kirstine.s-v@struer.example',
  phone: '+45 99 88 77 66',
  organisation: 'Struer Skolevæsen',
  text: 'Skoleudvikling på tværs af kommunegrænser',
  choice: 2,
};
const QUESTION = 'hvornår er mødet helt præcist';
const personal = (event: MeetingEvent) => [
  KIRSTINE.name,
  KIRSTINE.email,
  KIRSTINE.text,
  QUESTION,
  ...fieldsOf(event)
    .filter((f) => f.kind === 'choice')
    .map((f) => answerFor(f, 'da', KIRSTINE).text),
];

/** A BotClient as the sign-up helpers drive a conversation. */
const speakerOf = (client: BotClient, id: string): Speaker =>
  Object.assign(
    (input: string | Partial<Activity>) => (typeof input === 'string' ? client.say(input) : client.send(client.activity(input))),
    { id },
  );

/** Bot state whose writes fail once they would hold `value`, as a store that goes away mid-dialog; its error quotes the data. */
class FailingWhenItHolds extends MemoryStorage {
  constructor(private readonly value: string) {
    super();
  }
  override async write(changes: StoreItems): Promise<void> {
    const json = JSON.stringify(changes);
    if (json.includes(this.value)) throw new Error(`write failed for ${json.slice(0, 400)}`);
    return super.write(changes);
  }
}

describe('logs', () => {
  for (const test of TEST_EVENTS) {
    it(`when a user asks, signs up, reviews, changes and cancels, then no log line holds their name, e-mail, answers or words (${test.name} event)`, async () => {
      const { log, lines } = capture();
      const bot = await startBot({ EVENT_FILE: test.file, BOT_NOW: test.now, ORGANISER_IDS: 'emulator:organiser-1' }, { log });
      const event = test.event;
      const email = fieldOfKind(event, 'email')!;
      try {
        const say = speakerOf(bot.client({ id: 'user-private', name: KIRSTINE.name }), 'user-private');
        await say(`${QUESTION}?`);
        await answerAll(say, event, 'da', KIRSTINE);
        assert.ok(calendarOf(await say('ja')), 'registered');
        await say('min tilmelding');
        await say(SAY.da.changeMine(labelOf(event, email, 'da')));
        await say('not an address');
        await say(KIRSTINE.email);
        await say('ja');
        const organiser = bot.client({ id: 'organiser-1' });
        await organiser.say('vis deltagerlisten');
        await organiser.say('eksporter deltagerlisten');
        await organiser.say('hvad har deltagerne skrevet?');
        await say('afmeld mig');
        await say('ja');
        await say('slet mine data');
        await say('ja');
      } finally {
        await bot.close();
      }
      const all = lines.join('\n');
      assert.ok(lines.length > 20, `expected request and audit lines, got ${lines.length}`);
      assert.match(all, /"action":"orgList"/, "the organiser's access is audited");
      for (const value of personal(event)) assert.ok(!all.includes(value), `a log line holds "${value}"`);
      assert.ok(!all.includes('user-private') || /"actor"/.test(all), 'user ids appear only as audit actors');
    });
  }

  it('when a turn fails with an error that quotes the stored data, then the log keeps the error name, not the data', async () => {
    const { log, lines } = capture();
    const test = TEST_EVENTS[1];
    const bot = await startBot({ EVENT_FILE: test.file, BOT_NOW: test.now }, { log, storage: new FailingWhenItHolds(KIRSTINE.email) });
    try {
      const say = speakerOf(bot.client(), 'u');
      let replies = await startSignUp(say, 'da');
      for (const field of fieldsOf(test.event)) {
        replies = await say(answerFor(field, 'da', KIRSTINE).text);
        if (field.kind === 'email') break;
      }
      // The state written now would hold the name and e-mail; the store's error message quotes it.
      assertLanguage(replies, 'da');
      assert.equal(askedField(test.event, 'da', replies), undefined, 'the turn failed: no next question');
    } finally {
      await bot.close();
    }
    const all = lines.join('\n');
    for (const value of personal(test.event)) assert.ok(!all.includes(value), `a log line holds "${value}"`);
    assert.match(all, /"level":50[^\n]*"err":\{"name":"Error"/);
  });

  it('when requests are handled, then each line carries the correlation id its response names, one id per request', async () => {
    const { log, parsed } = capture();
    const bot = await startBot({ ORGANISER_IDS: 'emulator:someone-else' }, { log });
    const ids: string[] = [];
    try {
      const client = bot.client();
      // A refused organiser request: the bot writes an audit line inside the turn.
      for (const text of ['hvor mange er tilmeldt?', 'vis deltagerlisten', 'how many have registered?']) {
        const response = await fetch(`${bot.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(client.activity({ text })),
        });
        assert.equal(response.status, 200);
        ids.push(response.headers.get('x-correlation-id') ?? '');
      }
    } finally {
      await bot.close();
    }
    assert.equal(new Set(ids).size, 3);
    const handled = parsed().filter((line) => line.msg === 'request handled');
    assert.deepEqual(
      handled.map((line) => line.turn),
      ids,
    );
    // Lines written inside the turn (the bot's audit line) carry the same id as the request's summary line.
    const inside = parsed().filter((line) => line.msg === 'organiser request refused');
    assert.equal(inside.length, 3);
    assert.deepEqual(
      inside.map((line) => line.turn),
      ids,
    );
  });

  it('when an error is logged, then its name, code and frames are kept and its message (which may quote data) is not', () => {
    const { log, parsed } = capture();
    const error = Object.assign(new Error(`could not write ${KIRSTINE.email}`), { code: 'EIO', statusCode: 503 });
    log.error({ err: error }, 'failed');
    const [line] = parsed();
    assert.deepEqual(Object.keys(line?.err as object), ['name', 'code', 'statusCode', 'frames']);
    assert.ok(!JSON.stringify(line).includes('@struer'));
  });

  it('when a log call passes a personal field by mistake, then pino writes "[redacted]"', () => {
    const { log, lines } = capture();
    log.info(
      {
        text: QUESTION,
        registration: { email: KIRSTINE.email, answers: { [fieldOfKind(TEST_EVENTS[0].event, 'name')!.id]: KIRSTINE.name } },
      },
      'oops',
    );
    assert.ok(!lines.join('').includes('@struer'));
    assert.match(lines.join(''), /\[redacted\]/);
  });
});
