import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import { createLogger } from '../src/log';
import { startBot, texts } from './helpers/app';

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
const PERSONAL = ['Kirstine Sørensen-Vestergaard', 'kirstine.s-v@struer.example', 'Skoleudvikling på tværs af kommunegrænser', 'hvornår er mødet helt præcist', 'Struer'];

/** Bot state whose writes fail after `ok` successful ones, as a store that goes away mid-dialog. */
class FlakyStorage extends MemoryStorage {
  constructor(private ok: number) {
    super();
  }
  override async write(changes: StoreItems): Promise<void> {
    if (this.ok-- <= 0) throw new Error(`write failed for ${JSON.stringify(changes).slice(0, 400)}`);
    return super.write(changes);
  }
}

describe('logs', () => {
  it('when a user asks, signs up, reviews, changes and cancels, then no log line holds their name, e-mail, topic or words', async () => {
    const { log, lines } = capture();
    const bot = await startBot({ ORGANISER_IDS: 'emulator:organiser-1' }, { log });
    try {
      const client = bot.client({ id: 'user-private', name: PERSONAL[0] });
      await client.say(`${PERSONAL[3]}?`);
      for (const answer of ['tilmeld mig', PERSONAL[0]!, PERSONAL[1]!, PERSONAL[4]!, 'Direktør', PERSONAL[2]!]) await client.say(answer);
      assert.match(texts(await client.say('ja')), /Du er tilmeldt/);
      await client.say('min tilmelding');
      await client.say('ret min e-mail');
      await client.say('not an address');
      await client.say(PERSONAL[1]!);
      const organiser = bot.client({ id: 'organiser-1' });
      await organiser.say('vis deltagerlisten');
      await organiser.say('eksporter deltagerlisten');
      await client.say('afmeld');
      await client.say('ja');
      await client.say('slet mine data');
      await client.say('ja');
    } finally {
      await bot.close();
    }
    const all = lines.join('\n');
    assert.ok(lines.length > 20, `expected request and audit lines, got ${lines.length}`);
    for (const value of PERSONAL) assert.ok(!all.includes(value), `a log line holds "${value}"`);
    assert.ok(!all.includes('user-private') || /"actor"/.test(all), 'user ids appear only as audit actors');
  });

  it('when a turn fails with an error that quotes the stored data, then the log keeps the error name, not the data', async () => {
    const { log, lines } = capture();
    const bot = await startBot({}, { log, storage: new FlakyStorage(3) });
    try {
      const client = bot.client();
      await client.say('tilmeld mig');
      await client.say(PERSONAL[0]!);
      await client.say(PERSONAL[1]!);
      // The state written now holds the name and e-mail; the store's error message quotes it.
      const replies = await client.say(PERSONAL[4]!);
      assert.match(texts(replies), /Beklager|prøv igen/i);
    } finally {
      await bot.close();
    }
    const all = lines.join('\n');
    for (const value of PERSONAL) assert.ok(!all.includes(value), `a log line holds "${value}"`);
    assert.match(all, /"level":50/);
    assert.match(all, /"err":\{"name":"Error"/);
  });

  it('when requests are handled, then each line carries the correlation id its response names, one id per request', async () => {
    const { log, parsed } = capture();
    const bot = await startBot({}, { log });
    const ids: string[] = [];
    try {
      const client = bot.client();
      for (const text of ['hvor er mødet?', 'hvad er programmet?', 'who can I contact?']) {
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
    // Lines written inside the turn (the bot's own debug line) carry the same id as the request's summary line.
    const inside = parsed().filter((line) => line.msg === 'message handled');
    assert.equal(inside.length, 3);
    assert.deepEqual(
      inside.map((line) => line.turn),
      ids,
    );
  });

  it('when an error is logged, then its name, code and frames are kept and its message (which may quote data) is not', () => {
    const { log, parsed } = capture();
    const error = Object.assign(new Error(`could not write ${PERSONAL[1]}`), { code: 'EIO', statusCode: 503 });
    log.error({ err: error }, 'failed');
    const [line] = parsed();
    assert.deepEqual(Object.keys(line?.err as object), ['name', 'code', 'statusCode', 'frames']);
    assert.ok(!JSON.stringify(line).includes('@struer'));
  });

  it('when a log call passes a personal field by mistake, then pino writes "[redacted]"', () => {
    const { log, lines } = capture();
    log.info({ text: PERSONAL[3], registration: { email: PERSONAL[1], answers: { fullName: PERSONAL[0] } } }, 'oops');
    assert.ok(!lines.join('').includes('@struer'));
    assert.match(lines.join(''), /\[redacted\]/);
  });
});
