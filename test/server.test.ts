import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_BODY_BYTES } from '../src/http/server';
import { messages } from '../src/i18n';
import { BUNDLED_EVENTS_DIR } from '../src/config';
import { SYNTHETIC_EVENT_FILE, SYNTHETIC_NOW } from './helpers/event';
import { tempDataDir } from './helpers/testBot';
import { post, startBot, texts, type TestBot } from './helpers/app';

describe('HTTP server (real app on an ephemeral port)', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startBot();
  });
  after(() => bot.close());

  it('when /healthz is asked, then it reports ok, the events it serves and the store', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      status: 'ok',
      events: ['kl-region-midtjylland-2024'],
      store: { kind: 'local', reachable: true },
    });
  });

  it('when a user joins, then the welcome comes back with suggested actions', async () => {
    const replies = await bot.client().join();
    assert.equal(replies.length, 1);
    const s = messages('da').suggestions;
    assert.deepEqual(
      replies[0]?.suggestedActions?.actions.map((a) => a.title),
      [s.when, s.where, s.programme, s.signUp],
    );
  });

  const cases: Array<[string, RegExp]> = [
    ['Hvornår er mødet?', /onsdag den 30\. oktober 2024 kl\. 17\.00–18\.45/],
    ['hvor er modet', /Rådhuset i Herning, Torvet 5, 7400 Herning/],
    ['Hvad er programmet?', /Drøftelser ved bordene[\s\S]*Opsamling i plenum/],
    ['Hvem er inviteret?', /direktører med ansvar for børne- og ungeområdet/],
    ['Hvem arrangerer mødet?', /KL og Herning Kommune/],
    ['Hvad er formålet?', /lokal praksis/],
    ['Kan vi bringe egne emner på banen?', /[Pp]unkt 5/],
    ['Hvordan tilmelder jeg mig?', /tilmeld\.kl\.dk\/politiskmoede-regionmidtjylland2024/],
    ['When is the meeting?', /Wednesday 30 October 2024, 17:00–18:45/],
    ['Where is it held?', /Herning City Hall \(Rådhuset\), Torvet 5, 7400 Herning/],
    ["What's the agenda?", /Discussions at the tables[\s\S]*Plenary summary/],
    ['Who chairs the meeting?', /Thomas Gyldal Petersen, chair of KL's Children and Education Committee/],
    ['What is the background?', /2025 economy agreement/],
    ['How long does it last?', /1 hour and 45 minutes/],
    ['Hvor længe varer mødet?', /1 time og 45 minutter/],
    ['Hvornår slutter det?', /slutter kl\. 18\.45/],
    ['When does it end?', /ends at 18:45/],
    ['Hvilken ugedag er mødet?', /onsdag/],
    ['Which day of the week is it?', /Wednesday/],
    ['Who is invited?', /committees responsible for children and young people[\s\S]*directors/],
    ['Who is organising it?', /KL \(Local Government Denmark\) and Herning Municipality/],
    ['Hvem leder mødet?', /Thomas Gyldal Petersen, formand for KL's Børne- og Undervisningsudvalg/],
    ['What is the purpose?', /local practice[\s\S]*inclusive communities/],
    ['Hvad er baggrunden for mødet?', /økonomiaftalen for 2025[\s\S]*folkeskoleaftale/],
    ['Can we bring our own topics?', /topics that you as participants bring up[\s\S]*item 5/],
    ['Where do I register?', /tilmeld\.kl\.dk\/politiskmoede-regionmidtjylland2024/],
    ['Hvornår blev invitationen sendt?', /dateret 1\. juli 2024/],
    ['When was the invitation sent?', /dated 1 July 2024/],
    ["Hvad er KL's adresse?", /Weidekampsgade 10, Postboks 3370, 2300 København S/],
    ["What is KL's address?", /Weidekampsgade 10/],
    ['Hvem kan jeg kontakte?', /KL, www\.kl\.dk/],
    ['Who can I contact?', /KL \(Local Government Denmark\), www\.kl\.dk/],
    ['Er der parkering ved rådhuset?', /ikke noget om[\s\S]*KL, www\.kl\.dk/],
    ['Is there food?', /doesn't say[\s\S]*KL \(Local Government Denmark\)/],
    ['Hvad skal kommunerne inspirere hinanden til?', /^Invitationen skriver: „Det kalder på lokal dialog/],
  ];
  for (const [question, expected] of cases) {
    it(`when asked "${question}", then the answer holds the invitation's fact`, async () => {
      assert.match(texts(await bot.client().say(question)), expected);
    });
  }

  it('when a calendar file is asked for, then it is served as text/calendar, and an unknown one is 404', async () => {
    const response = await fetch(`${bot.url}/calendar/kl-region-midtjylland-2024.ics`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/calendar/);
    assert.match(await response.text(), /DTSTART:20241030T160000Z/);
    for (const name of ['no-such-meeting.ics', '..%2Fpackage.json', 'kl-region-midtjylland-2024.json'])
      assert.equal((await fetch(`${bot.url}/calendar/${name}`)).status, 404, name);
  });

  it('when the privacy and terms pages are asked for, then both languages come as HTML', async () => {
    for (const page of ['/privacy', '/terms']) {
      const response = await fetch(`${bot.url}${page}`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      const html = await response.text();
      assert.match(html, /<section lang="da">[\s\S]*<section lang="en">/);
    }
  });

  it('when asked two questions at once, then both are answered', async () => {
    const answer = texts(await bot.client().say('hvornår og hvor er mødet?'));
    assert.match(answer, /kl\. 17\.00–18\.45[\s\S]*Torvet 5/);
  });

  it('when the bot is @mentioned in Teams, then the mention is stripped', async () => {
    const client = bot.client({}, { channelId: 'msteams' });
    const replies = await client.send(
      client.activity({
        text: '<at>Mødebot</at> where is the meeting?',
        entities: [{ type: 'mention', text: '<at>Mødebot</at>', mentioned: { id: 'moedebot', name: 'Mødebot' } }],
      }),
    );
    assert.match(texts(replies), /^The meeting is held at/);
  });

  it('when the body is not JSON, then 400', async () => {
    const response = await post(bot.url, '{"type": "message", ');
    assert.equal(response.status, 400);
    assert.doesNotMatch(response.body, /at .*\.js|stack/i);
  });

  it('when the JSON is not an object, then 400', async () => {
    for (const body of ['[]', '"message"', 'null', '42']) {
      assert.equal((await post(bot.url, body)).status, 400, body);
    }
  });

  it('when the activity has no type, then 400 (never 500)', async () => {
    const response = await post(bot.url, JSON.stringify({ text: 'hej', from: { id: 'u' } }));
    assert.equal(response.status, 400);
    assert.match(response.body, /type/);
  });

  it('when the body is larger than 256 KB, then 413', async () => {
    const body = JSON.stringify({ type: 'message', text: 'x'.repeat(MAX_BODY_BYTES) });
    assert.equal((await post(bot.url, body)).status, 413);
  });

  it('when the content type is not JSON, then 415', async () => {
    assert.equal((await post(bot.url, 'type=message', 'text/plain')).status, 415);
  });
});

describe('HTTP server with the synthetic event', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startBot({ EVENT_FILE: SYNTHETIC_EVENT_FILE, BOT_NOW: SYNTHETIC_NOW });
  });
  after(() => bot.close());

  const cases: Array<[string, RegExp]> = [
    ['Hvornår er mødet?', /torsdag den 10\. juni 2027 kl\. 18\.00–20\.00/],
    ['hvor er modet', /Testby Forsamlingshus, Kirkevej 3, 9999 Testby/],
    ['Hvad er programmet?', /Velkomst[\s\S]*Nyt fra lokalrådet[\s\S]*Eventuelt/],
    ['Er der parkering?', /gratis parkering/],
    ['Hvem kan jeg kontakte?', /Jens Kok[\s\S]*jens@testby\.example/],
    ['Hvornår er sidste frist for tilmelding?', /1\. juni 2027/],
    ['When is the meeting?', /Thursday 10 June 2027, 18:00–20:00/],
    ['How long does it last?', /2 hours/],
    ['Is there food?', /kaffe og kage/],
  ];
  for (const [question, expected] of cases) {
    it(`when asked "${question}", then the answer holds the invitation's fact`, async () => {
      assert.match(texts(await bot.client().say(question)), expected);
    });
  }

  it('when /healthz is asked, then it names this event', async () => {
    assert.deepEqual(((await (await fetch(`${bot.url}/healthz`)).json()) as { events: string[] }).events, ['sommermoede-testby-2027']);
  });
});

describe('HTTP server without EVENT_FILE: every bundled event', () => {
  it('when started with the defaults, then it serves every event file of the bundled folder, and health lists them', async () => {
    const bot = await startBot({ EVENTS_DIR: BUNDLED_EVENTS_DIR });
    try {
      const expected = readdirSync(BUNDLED_EVENTS_DIR).filter((name) => /\.ya?ml$/.test(name)).length;
      const health = (await (await fetch(`${bot.url}/healthz`)).json()) as { status: string; events: string[] };
      assert.equal(health.status, 'ok');
      assert.equal(health.events.length, expected);
      assert.ok(health.events.includes('kl-region-midtjylland-2024'));
    } finally {
      await bot.close();
    }
  });
});

describe('HTTP server state writes', () => {
  it('when a conversation only asks questions, then only its memory is written — nothing about the person; when it signs up, then their footprint is', async () => {
    const dataDir = tempDataDir();
    const bot = await startBot({ DATA_DIR: dataDir });
    const folder = path.join(dataDir, 'state');
    const state = () =>
      existsSync(folder)
        ? readdirSync(folder).map(
            (name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as { key: string; item: Record<string, unknown> },
          )
        : [];
    try {
      const client = bot.client({ id: 'asker' });
      for (const question of ['hvor er mødet?', 'hvad er programmet?', 'who is invited?'])
        assert.ok(texts(await client.say(question)).length > 0);
      assert.deepEqual(
        state().map((s) => s.key),
        [`emulator/conversations/${client.conversationId}/`],
        'the conversation remembers the last question, for follow-ups',
      );
      assert.equal(state()[0]?.item.dialogOwner, undefined);
      await client.say('tilmeld mig');
      // The conversation's dialog, and in the user's state where it is (so "slet mine data" finds it later).
      assert.deepEqual(
        state()
          .map((s) => s.key)
          .sort(),
        [`emulator/conversations/${client.conversationId}/`, 'emulator/users/asker/'].sort(),
      );
    } finally {
      await bot.close();
    }
  });
});

/** A store whose writes fail, as a full disk or an unreachable database would. */
class FailingStorage extends MemoryStorage {
  override async write(_changes: StoreItems): Promise<void> {
    throw new Error('disk full at /secret/path');
  }
}

describe('HTTP server when storage fails', () => {
  it('then the user gets a polite apology in their language and no internals', async () => {
    const bot = await startBot({}, { storage: new FailingStorage() });
    try {
      // A question outside a dialog writes no state; a sign-up does.
      const english = texts(await bot.client().say('I would like to register'));
      assert.match(english, /Sorry, something went wrong/);
      assert.doesNotMatch(english, /disk full|secret|Error/);
      const danish = texts(await bot.client().say('tilmeld mig'));
      assert.match(danish, /Beklager, der gik noget galt/);
    } finally {
      await bot.close();
    }
  });
});
