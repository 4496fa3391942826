import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { post, startBot, texts, type TestBot } from './helpers/app';
import { standInConnector, type StandInConnector } from './helpers/connector';
import { messages } from '../src/i18n';
import { klEvent } from './helpers/event';

/** The facts and messages the checks look for: the KL event's address, the empty-message reply, the apologies. */
const ADDRESS = klEvent.venue.address!.line;
const EMPTY = messages('da').emptyMessage;
const FAILED = (['da', 'en'] as const).flatMap((lang) => [
  messages(lang).turnError,
  messages(lang).storeUnavailable,
  messages(lang).stateConflict,
]);

/** A well-formed message activity from one user, replies in the HTTP response. */
function message(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: 'activity-1',
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    from: { id: 'user-bad-input', name: 'User' },
    recipient: { id: 'moedebot', name: 'Mødebot' },
    conversation: { id: `conv-bad-input-${Math.random()}` },
    deliveryMode: 'expectReplies',
    locale: 'da-DK',
    text: 'hvor er mødet?',
    ...overrides,
  };
}

function without(field: string): Record<string, unknown> {
  const activity = message();
  delete activity[field];
  return activity;
}

async function replies(bot: TestBot, body: unknown): Promise<{ status: number; activities: Partial<Activity>[]; raw: string }> {
  const response = await post(bot.url, JSON.stringify(body));
  const activities =
    response.status === 200 && response.body ? ((JSON.parse(response.body) as { activities?: Partial<Activity>[] }).activities ?? []) : [];
  return { status: response.status, activities, raw: response.body };
}

describe('HTTP server with bad input', () => {
  let bot: TestBot;
  let connector: StandInConnector;
  before(async () => {
    bot = await startBot();
    connector = await standInConnector();
  });
  after(async () => {
    await bot.close();
    await connector.close();
  });

  // Structurally wrong: 400 naming the field, never a turn.
  const malformed: Array<[string, unknown, RegExp]> = [
    ['an array', [message()], /body/],
    ['no type', without('type'), /type/],
    ['no conversation', without('conversation'), /conversation/],
    ['no from', without('from'), /from/],
    ['no recipient', without('recipient'), /recipient/],
    ['no serviceUrl', without('serviceUrl'), /serviceUrl/],
    ['a numeric type', message({ type: 7 }), /type/],
    ['a conversation as a string', message({ conversation: 'c1' }), /conversation/],
    ['a numeric conversation id', message({ conversation: { id: 5 } }), /conversation\.id/],
    ['an empty conversation id', message({ conversation: { id: '' } }), /conversation\.id/],
    ['from as a string', message({ from: 'anna' }), /from/],
    ['a numeric from id', message({ from: { id: 7 } }), /from\.id/],
    ['numeric text', message({ text: 42 }), /text/],
    ['text as an object', message({ text: { da: 'hej' } }), /text/],
    ['a numeric locale', message({ locale: 5 }), /locale/],
    ['a serviceUrl that is no URL', message({ serviceUrl: 'javascript:alert(1)' }), /serviceUrl/],
    ['entities that are not a list', message({ entities: 'mention' }), /entities/],
    ['a mention without whom it mentions', message({ entities: [{ type: 'mention', mentioned: null }] }), /entities\.0/],
    ['an entity without a type', message({ entities: [{ mentioned: { id: 'moedebot' } }] }), /entities\.0\.type/],
    ['attachments that are not a list', message({ attachments: 'file.pdf' }), /attachments/],
    ['a null attachment', message({ attachments: [null] }), /attachments\.0/],
    ['membersAdded that are not a list', message({ type: 'conversationUpdate', membersAdded: 'everyone' }), /membersAdded/],
    ['members without ids', message({ type: 'conversationUpdate', membersAdded: [{ name: 'x' }] }), /membersAdded\.0\.id/],
    ['channelData as a string', message({ channelId: 'msteams', channelData: 'team' }), /channelData/],
    ['a numeric deliveryMode', message({ deliveryMode: 1 }), /deliveryMode/],
  ];
  for (const [what, body, field] of malformed) {
    it(`when the activity has ${what}, then 400 names the field`, async () => {
      const response = await post(bot.url, JSON.stringify(body));
      assert.equal(response.status, 400);
      assert.match(response.body, field);
      assert.doesNotMatch(response.body, /at .*\.(js|ts)|stack|TypeError/);
    });
  }

  it('when the body is empty, then 400', async () => {
    assert.equal((await post(bot.url, '')).status, 400);
  });

  it('when the body is 2 MB, then 413 and the server keeps serving', async () => {
    const response = await post(bot.url, JSON.stringify(message({ text: 'ø'.repeat(1024 * 1024) })));
    assert.equal(response.status, 413);
    assert.ok(texts((await replies(bot, message())).activities).includes(ADDRESS));
  });

  // Well-formed but odd: a 2xx, and where it is a message, a polite answer in the user's language.
  it('when text is null, then the user hears that the message was empty', async () => {
    const { status, activities } = await replies(bot, message({ text: null }));
    assert.equal(status, 200);
    assert.equal(texts(activities), EMPTY);
  });

  it('when the text is control characters and broken surrogates, then a polite answer', async () => {
    const { status, activities } = await replies(bot, message({ text: '\u0000\u0007\u001b[31m\u202e hvor \uFFFF\uD800' }));
    assert.equal(status, 200);
    assert.ok(activities.length > 0);
    assert.ok(!FAILED.some((failure) => texts(activities).includes(failure)), texts(activities));
  });

  it('when the question is wrapped in emoji, then it is still answered', async () => {
    const { activities } = await replies(bot, message({ text: '🙂🎉 hvornår er mødet? 👍🏽🇩🇰' }));
    assert.match(texts(activities), /30\. oktober 2024/);
  });

  it('when only emoji are sent in English, then an English answer without a crash', async () => {
    const { status, activities } = await replies(bot, message({ text: '🤔🤔🤔', locale: 'en-US' }));
    assert.equal(status, 200);
    assert.ok(!FAILED.some((failure) => texts(activities).includes(failure)), texts(activities));
    assert.match(activities[0]?.locale ?? '', /^en/);
  });

  it('when an attachment comes without text, then the user is asked to write', async () => {
    const { status, activities } = await replies(
      bot,
      message({ text: undefined, attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1:1/a.png' }] }),
    );
    assert.equal(status, 200);
    assert.equal(texts(activities), EMPTY);
  });

  for (const value of [
    [1, 2],
    'yes',
    42,
    null,
    { moedebot: 'nonsense' },
    { moedebot: 'confirm', confirm: { nested: true } },
    { moedebot: 'event', eventId: 5 },
    { moedebot: 'event', eventId: '../../package' },
    { moedebot: 'signUp', eventId: 'x'.repeat(5000) },
    { moedebot: 'field', field: 'fullName', choice: { $gt: '' } },
    { moedebot: 'review', choice: 'confirm; drop table' },
    { moedebot: 'yesNo', answer: 'maybe' },
    { moedebot: 'feedback', helpful: [] },
  ]) {
    it(`when a card submits ${JSON.stringify(value)}, then a polite answer and no crash`, async () => {
      const { status, activities } = await replies(bot, message({ text: undefined, value }));
      assert.equal(status, 200);
      assert.ok(activities.length > 0);
      assert.ok(!FAILED.some((failure) => texts(activities).includes(failure)), texts(activities));
    });
  }

  const quietTypes: Array<[string, Record<string, unknown>]> = [
    ['typing', {}],
    ['messageReaction', { reactionsAdded: [{ type: 'like' }] }],
    ['messageUpdate', { channelId: 'msteams', channelData: { eventType: 'editMessage' } }],
    ['messageDelete', { channelId: 'msteams', channelData: { eventType: 'softDeleteMessage' } }],
    ['event', { name: 'webchat/join', value: { language: 'da' } }],
    ['endOfConversation', {}],
    ['handoff', {}],
    ['somethingNew', {}],
    ['installationUpdate', { action: 'remove' }],
  ];
  for (const [type, extra] of quietTypes) {
    it(`when a ${type} activity arrives, then 200 and no message`, async () => {
      const { status, activities } = await replies(bot, message({ type, text: undefined, ...extra }));
      assert.equal(status, 200);
      assert.deepEqual(
        activities.filter((a) => a.type === 'message'),
        [],
      );
    });
  }

  it('when an invoke nobody handles arrives, then it is answered "not implemented" inside a 2xx', async () => {
    const { status, activities } = await replies(bot, message({ type: 'invoke', name: 'composeExtension/query', value: { x: 1 } }));
    assert.equal(status, 200);
    assert.equal((activities[0]?.value as { status?: number } | undefined)?.status, 501);
  });

  it("when an invoke nobody handles arrives by normal delivery, then 400, not botbuilder's 501", async () => {
    const response = await post(
      bot.url,
      JSON.stringify(message({ type: 'invoke', name: 'composeExtension/query', deliveryMode: undefined, serviceUrl: connector.url })),
    );
    assert.equal(response.status, 400);
  });

  it('when a file consent invoke carries no object, then 400 before botbuilder reads it', async () => {
    const response = await post(bot.url, JSON.stringify(message({ type: 'invoke', name: 'fileConsent/invoke', value: 'accept' })));
    assert.equal(response.status, 400);
    assert.match(response.body, /value/);
  });

  it('when a file consent invoke has an unknown action, then a 4xx invoke response, never 5xx', async () => {
    const { status, activities } = await replies(
      bot,
      message({ type: 'invoke', name: 'fileConsent/invoke', value: { action: 'maybe', context: 42 } }),
    );
    assert.equal(status, 200);
    const invokeStatus = (activities[0]?.value as { status?: number } | undefined)?.status ?? 0;
    assert.ok(invokeStatus >= 200 && invokeStatus < 500, String(invokeStatus));
  });

  it('when a card action invoke has no action, then 400', async () => {
    const response = await post(bot.url, JSON.stringify(message({ type: 'invoke', name: 'adaptiveCard/action', value: { data: 1 } })));
    assert.equal(response.status, 400);
    assert.match(response.body, /value\.action/);
  });

  it('when a Teams activity has no channelData, then 400', async () => {
    const response = await post(bot.url, JSON.stringify(message({ channelId: 'msteams', type: 'messageUpdate' })));
    assert.equal(response.status, 400);
    assert.match(response.body, /channelData/);
  });

  it('when a message mentions the bot but has no text, then it is treated as empty, not as an error', async () => {
    const { activities } = await replies(
      bot,
      message({ text: undefined, entities: [{ type: 'mention', text: '<at>Mødebot</at>', mentioned: { id: 'moedebot' } }] }),
    );
    assert.equal(texts(activities), EMPTY);
  });

  it('when the reply must go to the channel (no expectReplies), then it is posted there and the request gets 200', async () => {
    const response = await post(
      bot.url,
      JSON.stringify(message({ deliveryMode: undefined, serviceUrl: connector.url, text: 'where is the meeting?', locale: 'en-US' })),
    );
    assert.equal(response.status, 200);
    assert.ok(
      connector.posted
        .map((p) => p.activity.text)
        .join('\n')
        .includes(ADDRESS),
    );
  });

  it('when the channel refuses the reply, then the request still ends without a 5xx', async () => {
    const refusing = await standInConnector({ refusePostsWith: 403 });
    try {
      const response = await post(bot.url, JSON.stringify(message({ deliveryMode: undefined, serviceUrl: refusing.url })));
      assert.ok(response.status < 500, String(response.status));
      assert.equal((await post(bot.url, JSON.stringify(message()))).status, 200);
    } finally {
      await refusing.close();
    }
  });
});
