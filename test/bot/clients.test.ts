import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Activity, Attachment } from 'botbuilder';
import { programmeText } from '../../src/answers/programme';
import { parseSubmit } from '../../src/bot/cards';
import { formatClock, formatWhen, localText, titleOf } from '../../src/event/format';
import type { MeetingEvent, RegistrationField } from '../../src/event/model';
import { messages, type Lang } from '../../src/i18n';
import { channelIdentity } from '../../src/identity';
import { fieldPrompt } from '../../src/registrations/fields';
import { CREATED_CONVERSATION_ID, standInConnector } from '../helpers/connector';
import { startBot, texts } from '../helpers/app';
import { plainText, speaker, textOf, type Speaker } from '../helpers/conversation';
import { eventFileFrom, eventsFolder, KL_NOW, TEST_EVENTS } from '../helpers/event';
import { loadEventFile } from '../../src/event/load';
import { fieldsOf } from '../helpers/registrations';
import { dialogHarness } from '../helpers/testBot';

/**
 * How replies look in each client the bot meets: Web Chat (the try-it page), Teams, and the Microsoft 365 Agents
 * Playground (which speaks as Teams). Each case runs on both test events, through the real bot on botbuilder's
 * TestAdapter (and over HTTP with Teams' connector stood in where a 1:1 chat is opened).
 */

const LANGS: Lang[] = ['da', 'en'];
const LOCALE: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };
const SAY = {
  da: { signUp: 'tilmeld mig', yes: 'ja', skip: 'spring over', programme: 'program', parking: 'hvad er programmet, og er der parkering?' },
  en: { signUp: 'sign me up', yes: 'yes', skip: 'skip', programme: 'programme', parking: 'what is the programme, and is there parking?' },
};
/** An address whose local part and domain carry æ, ø and å (Danish IDN domains exist). */
const DANISH_EMAIL = 'søren.ærø@ærøkommune.dk';
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

type Card = {
  fallbackText?: string;
  body?: unknown[];
  actions?: Array<{ type: string; title: string; data?: Record<string, unknown>; url?: string }>;
};

const adaptiveCards = (replies: Partial<Activity>[]): Card[] =>
  replies
    .flatMap((reply) => reply.attachments ?? [])
    .filter((a: Attachment) => a.contentType === ADAPTIVE)
    .map((a) => a.content as Card);

/** Every element of a card, depth first (bodies, columns, items, inlines, table rows and cells). */
function elements(node: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  return [record, ...['body', 'columns', 'items', 'inlines', 'rows', 'cells'].flatMap((key) => elements(record[key]))];
}

/** The texts a card shows, in order. */
const cardTexts = (card: Card) =>
  elements(card.body)
    .filter((e) => e.type === 'TextRun' || e.type === 'TextBlock')
    .map((e) => String(e.text));

const choiceLabel = (field: RegistrationField, index: number, lang: Lang) => {
  const choice = field.choices[index]!;
  return choice.label[lang] ?? Object.values(choice.label)[0] ?? choice.id;
};

/** What a person types at a field, by its kind. */
function answerFor(field: RegistrationField, lang: Lang): string {
  if (field.kind === 'name') return 'Anna Jensen';
  if (field.kind === 'email') return DANISH_EMAIL;
  if (field.kind === 'choice') return choiceLabel(field, 0, lang);
  return field.optional ? SAY[lang].skip : 'Inklusion';
}

function harness(test: (typeof TEST_EVENTS)[number], env: Record<string, string> = {}) {
  return dialogHarness({ EVENT_FILE: test.file, BOT_NOW: test.now, ...env });
}

/** Answers each field of the event's form as a person types it; returns every reply, and the last turn's. */
async function signUp(say: Speaker, event: MeetingEvent, lang: Lang): Promise<{ all: Partial<Activity>[]; done: Partial<Activity>[] }> {
  const all: Partial<Activity>[] = [];
  const turn = async (text: string) => {
    const replies = await say(text);
    all.push(...replies);
    return replies;
  };
  await turn(SAY[lang].signUp);
  await turn(SAY[lang].yes);
  for (const field of fieldsOf(event)) await turn(answerFor(field, lang));
  const done = await turn(SAY[lang].yes);
  assert.ok(textOf(done).includes(titleOf(event, lang)), `the sign-up ended with the registration: ${textOf(done)}`);
  return { all, done };
}

for (const test of TEST_EVENTS) {
  const { event } = test;

  describe(`the programme card, ${test.name} event`, () => {
    for (const lang of LANGS) {
      it(`when the programme is asked for in Web Chat, then one card numbers or times each item once, in order, never as a Markdown list, and carries the text as its fallback (${lang})`, async () => {
        const h = harness(test);
        const replies = await speaker(h, { channelId: 'webchat', locale: LOCALE[lang] })(SAY[lang].programme);
        assert.equal(replies.length, 1);
        const [card] = adaptiveCards(replies);
        assert.ok(card, 'a card');
        assert.equal(replies[0]!.text, undefined, 'the text is not sent beside the card');
        assert.ok(card.fallbackText?.includes(programmeText(event, lang)), 'the whole programme as the fallback');
        // TextBlocks are Markdown in Web Chat and Teams: "2. …" alone in one would be drawn as a list starting at 1.
        assert.deepEqual(
          elements(card.body).filter((e) => e.type === 'TextBlock'),
          [],
        );
        const labels = elements(card.body)
          .filter((e) => e.type === 'ColumnSet')
          .map((set) => cardTexts({ body: [(set.columns as unknown[])[0]] }).join(' '));
        assert.equal(labels.length, event.programme.length);
        event.programme.forEach((item, index) => {
          if (item.numbered || !item.start) assert.ok(labels[index]!.startsWith(`${index + 1}.`), `${labels[index]} is item ${index + 1}`);
          if (item.start) assert.ok(labels[index]!.includes(formatClock(item.start, lang)), `${labels[index]} shows ${item.start}`);
          assert.ok(cardTexts(card).includes(localText(event, item.title, lang).text), 'the item is on the card');
        });
      });

      it(`when a question asks for the programme and something else, then the card shows the other answer too (${lang})`, async () => {
        const h = harness(test);
        const replies = await speaker(h, { channelId: 'webchat', locale: LOCALE[lang] })(SAY[lang].parking);
        const [card] = adaptiveCards(replies);
        assert.ok(card, 'the programme card');
        const rest = card
          .fallbackText!.replace(programmeText(event, lang), '')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        assert.ok(rest.length > 0, 'the answer says more than the programme');
        for (const line of rest) assert.ok(cardTexts(card).includes(line), `"${line}" is on the card`);
      });
    }
  });

  describe(`text and cards, ${test.name} event`, () => {
    for (const channelId of ['webchat', 'msteams']) {
      it(`when a whole sign-up runs in ${channelId}, then no reply carries both a text and a card, or a button both on its card and below it`, async () => {
        const h = harness(test);
        const say = speaker(h, { channelId, id: '29:anna' });
        const { all } = await signUp(say, event, 'da');
        all.push(...(await say(SAY.da.programme)));
        for (const reply of all) {
          const cards = adaptiveCards([reply]);
          if (cards.length === 0) continue;
          assert.equal(reply.text, undefined, `text beside a card: ${reply.text}`);
          assert.ok(
            cards.every((card) => (card.fallbackText ?? '') !== ''),
            'every card has a fallback',
          );
          const buttons = cards.flatMap((card) => card.actions ?? []).map((action) => action.title);
          for (const action of reply.suggestedActions?.actions ?? [])
            assert.ok(!buttons.includes(action.title), `"${action.title}" twice, on the card and below it`);
        }
      });
    }

    it('when a text of several lines goes to Teams, then it is XML with every character escaped and a <br> per line break; elsewhere plain', async () => {
      const h = harness(test);
      const inTeams = await speaker(h, { channelId: 'msteams', id: '29:anna' })(SAY.da.signUp);
      const notice = inTeams.find((reply) => (reply.text ?? '').includes('<br>'));
      assert.ok(notice, 'the privacy notice has several lines');
      assert.equal(notice.textFormat, 'xml');
      assert.doesNotMatch(notice.text!.replace(/<br>/g, ''), /[<>]|&(?!amp;|lt;|gt;)/, 'nothing else that is markup');
      const inWebChat = await speaker(h, { channelId: 'webchat', id: 'anna' })(SAY.da.signUp);
      const same = inWebChat.find((reply) => (reply.text ?? '').includes('\n'));
      assert.equal(same?.textFormat, 'plain');
      assert.equal(plainText(notice), same?.text, 'the same words, lines and all');
    });
  });

  describe(`the calendar sentence says only what is true, ${test.name} event`, () => {
    const title = titleOf(event, 'da');
    const when = formatWhen(event, 'da');
    const r = messages('da').registration;

    it('when a sign-up ends in Web Chat, then the calendar file is attached and the text says so', async () => {
      const { done } = await signUp(speaker(harness(test), { channelId: 'webchat' }), event, 'da');
      assert.ok(textOf(done).includes(r.registered(title, when, 'attached')), textOf(done));
      assert.equal(done.flatMap((reply) => reply.attachments ?? []).filter((a) => a.contentType === 'text/calendar').length, 1);
    });

    it('when a sign-up ends in Teams without a public address, then no file, no link, and no word of either', async () => {
      const { done } = await signUp(speaker(harness(test), { channelId: 'msteams', id: '29:anna' }), event, 'da');
      assert.ok(textOf(done).includes(r.registered(title, when, 'none')), textOf(done));
      assert.deepEqual(
        done.flatMap((reply) => reply.attachments ?? []).filter((a) => a.contentType !== ADAPTIVE),
        [],
      );
      assert.deepEqual(
        adaptiveCards(done)
          .flatMap((card) => card.actions ?? [])
          .filter((a) => a.type === 'Action.OpenUrl'),
        [],
      );
    });

    it('when a sign-up ends in Teams with a public address, then the card links the calendar file and the text names the button', async () => {
      const { done } = await signUp(
        speaker(harness(test, { PUBLIC_BASE_URL: 'https://bot.example' }), { channelId: 'msteams', id: '29:anna' }),
        event,
        'da',
      );
      assert.ok(textOf(done).includes(r.registered(title, when, 'link')), textOf(done));
      const links = adaptiveCards(done)
        .flatMap((card) => card.actions ?? [])
        .filter((a) => a.type === 'Action.OpenUrl');
      assert.deepEqual(
        links.map((a) => [a.title, a.url]),
        [[r.calendarButton, `https://bot.example/calendar/${event.id}.ics`]],
      );
    });
  });

  describe(`suggested actions where the client shows them, ${test.name} event`, () => {
    const teamsChannel = {
      id: '19:general@thread.tacv2',
      isGroup: true,
      conversationType: 'channel',
      name: 'General',
      tenantId: 'tenant-1',
    };

    it('when the bot is installed in a Teams channel, then the welcome has no suggested actions and asks to be @mentioned', async () => {
      const h = harness(test);
      const replies = await h.turn({
        type: 'installationUpdate',
        action: 'add',
        channelId: 'msteams',
        from: { id: '29:anna', name: 'Anna' },
        recipient: { id: 'bot', name: 'Mødebot' },
        conversation: teamsChannel,
        locale: 'da-DK',
      });
      assert.equal(replies.length, 1);
      assert.equal(replies[0]!.suggestedActions, undefined);
      assert.deepEqual(adaptiveCards(replies), []);
      assert.equal(textOf(replies), messages('da').welcome(titleOf(event, 'da'), 0, 'group'));
    });

    it('when Teams welcomes in personal chat, then at most three suggested actions, and four choices come as a card of buttons', async () => {
      const h = harness(test);
      const replies = await h.turn({
        type: 'installationUpdate',
        action: 'add',
        channelId: 'msteams',
        from: { id: '29:anna', name: 'Anna' },
        recipient: { id: 'bot', name: 'Mødebot' },
        conversation: { id: 'a:1', conversationType: 'personal' },
        locale: 'da-DK',
      } as Partial<Activity>);
      const s = messages('da').suggestions;
      assert.ok((replies[0]!.suggestedActions?.actions.length ?? 0) <= 3);
      const buttons = adaptiveCards(replies)
        .flatMap((card) => card.actions ?? [])
        .map((a) => a.title);
      assert.deepEqual(buttons, [s.when, s.where, s.programme, s.signUp]);
      assert.equal(adaptiveCards(replies)[0]!.fallbackText, messages('da').welcome(titleOf(event, 'da'), 0));
    });

    it('when a whole sign-up runs in Teams, then no reply offers more than three suggested actions, and every choice is on a button', async () => {
      const h = harness(test);
      const say = speaker(h, { channelId: 'msteams', id: '29:anna' });
      const { all } = await signUp(say, event, 'da');
      for (const reply of all) assert.ok((reply.suggestedActions?.actions.length ?? 0) <= 3, textOf([reply]));
      for (const field of fieldsOf(event).filter((f) => f.kind === 'choice')) {
        const asked = all.find((reply) => textOf([reply]).includes(fieldPrompt(field, 'da', event)));
        assert.ok(asked, `${field.id} is asked`);
        const offered = [...(asked.suggestedActions?.actions ?? []).map((a) => a.title), ...adaptiveCards([asked]).flatMap(choicesOnCard)];
        for (let i = 0; i < field.choices.length; i++)
          assert.ok(offered.includes(choiceLabel(field, i, 'da')), `${choiceLabel(field, i, 'da')} is offered`);
      }
    });

    it('when Web Chat welcomes, then every choice is a suggested action', async () => {
      const h = harness(test);
      const replies = await h.turn({
        type: 'conversationUpdate',
        channelId: 'webchat',
        membersAdded: [{ id: 'anna', name: 'Anna' }],
        recipient: { id: 'bot', name: 'Mødebot' },
        conversation: { id: 'dl-1' },
        locale: 'da-DK',
      } as Partial<Activity>);
      const s = messages('da').suggestions;
      assert.deepEqual(
        replies[0]!.suggestedActions?.actions.map((a) => a.title),
        [s.when, s.where, s.programme, s.signUp],
      );
    });
  });

  describe(`a choice field, ${test.name} event`, () => {
    for (const field of fieldsOf(event).filter((f) => f.kind === 'choice')) {
      it(`when "${field.id}" is chosen on its card in Teams, then exactly that choice is stored, and the card preselected nothing`, async () => {
        const h = harness(test);
        const say = speaker(h, { channelId: 'msteams', id: '29:anna' });
        await say(SAY.da.signUp);
        let asked = await say(SAY.da.yes);
        const fields = fieldsOf(event);
        for (const f of fields.slice(0, fields.indexOf(field))) asked = await say(answerFor(f, 'da'));
        const [card] = adaptiveCards(asked.slice(-1));
        assert.ok(card, 'the choices come on a card in Teams');
        const inputs = elements(card.body).filter((e) => e.type === 'Input.ChoiceSet');
        for (const input of inputs) {
          assert.equal(input.value, undefined, 'nothing preselected');
          assert.equal(input.isRequired, true);
          assert.ok(
            typeof input.label === 'string' && input.label !== '' && typeof input.errorMessage === 'string' && input.errorMessage !== '',
            'a label and an error message',
          );
        }
        // The submit as Teams sends it: the button's data (and, on a drop-down, the chosen value with it).
        const pick = field.choices[field.choices.length - 1]!;
        const value =
          inputs.length > 0
            ? { ...card.actions![0]!.data, choice: pick.id }
            : card.actions!.find((a) => a.title === choiceLabel(field, field.choices.length - 1, 'da'))!.data;
        assert.ok(parseSubmit(value), JSON.stringify(value));
        await say({ value, text: '' });
        for (const f of fields.slice(fields.indexOf(field) + 1)) await say(answerFor(f, 'da'));
        await say(SAY.da.yes);
        const stored = await h.service.findActive(event, channelIdentity('msteams', '29:anna'));
        assert.equal(stored?.answers[field.id], pick.id);
      });
    }
  });

  describe(`language, ${test.name} event`, () => {
    it('when the client says en-US but the words are Danish ("program", "hvornår er det?"), then the answer is Danish; English words get English', async () => {
      const h = harness(test);
      const say = speaker(h, { channelId: 'msteams', locale: 'en-US', id: '29:anna' });
      const programme = await say('program');
      assert.ok(adaptiveCards(programme)[0]?.fallbackText?.includes(programmeText(event, 'da')), textOf(programme));
      assert.equal((await say('hvornår er det?'))[0]!.locale, 'da-DK');
      assert.equal((await say('when is it?'))[0]!.locale, 'en-GB');
    });
  });
}

describe('several meetings in one deployment', () => {
  const both = () => dialogHarness({ EVENTS_DIR: eventsFolder(TEST_EVENTS.map((test) => test.file)), BOT_NOW: KL_NOW });

  it('when Web Chat welcomes, then the card says the welcome itself and has one button per meeting', async () => {
    const replies = await both().turn({
      type: 'conversationUpdate',
      channelId: 'webchat',
      membersAdded: [{ id: 'anna', name: 'Anna' }],
      recipient: { id: 'bot', name: 'Mødebot' },
      conversation: { id: 'dl-1' },
      locale: 'da-DK',
    } as Partial<Activity>);
    const [card] = adaptiveCards(replies);
    assert.ok(card);
    assert.deepEqual(cardTexts(card), [messages('da').welcomeMany(2)]);
    const e = messages('da').events;
    assert.deepEqual(
      card.actions!.map((a) => a.title).sort(),
      TEST_EVENTS.map((test) => e.option(titleOf(test.event, 'da'), formatWhen(test.event, 'da'))).sort(),
    );
  });

  it('when the meetings are listed, then the card does not list them a second time as text', async () => {
    const replies = await speaker(both(), { channelId: 'webchat' })('hvilke møder kender du?');
    const [card] = adaptiveCards(replies);
    assert.ok(card, textOf(replies));
    for (const test of TEST_EVENTS) {
      const title = titleOf(test.event, 'da');
      assert.ok(card.fallbackText!.includes(title), 'the text lists it');
      assert.ok(!cardTexts(card).some((text) => text.includes(title)), 'the card lists it only on its button');
    }
  });
});

describe('card buttons in Teams channels and group chats', () => {
  const CHANNEL = { id: '19:general@thread.tacv2', isGroup: true, conversationType: 'channel', name: 'General', tenantId: 'tenant-1' };

  for (const test of TEST_EVENTS) {
    it(`when the programme card's sign-up button is used in a channel (no @mention), then the sign-up opens in a 1:1 chat, in the conversation's language (${test.name} event)`, async () => {
      const connector = await standInConnector();
      const bot = await startBot({ EVENT_FILE: test.file, BOT_NOW: test.now });
      try {
        // The Agents Playground sends en-US whatever the person writes.
        const client = bot.client(
          { id: '29:anna', aadObjectId: '0d0d0d0d-0000-4000-8000-00000000000d' },
          { channelId: 'msteams', locale: 'en-US' },
        );
        const mention = { type: 'mention', text: '<at>Mødebot</at>', mentioned: { id: 'moedebot', name: 'Mødebot' } };
        const asked = await client.send(
          client.activity({ text: '<at>Mødebot</at> program', entities: [mention], serviceUrl: connector.url, conversation: CHANNEL }),
        );
        const button = adaptiveCards(asked)[0]?.actions?.find((a) => a.type === 'Action.Submit');
        assert.ok(button, 'the card has a sign-up button');
        const clicked = await client.send(
          client.activity({ text: '', value: button.data, serviceUrl: connector.url, conversation: CHANNEL }),
        );
        assert.equal(texts(clicked), messages('da').sentPrivately);
        assert.equal(connector.created.length, 1);
        const privately = connector.posted.filter((p) => p.conversationId === CREATED_CONVERSATION_ID).map((p) => plainText(p.activity));
        assert.ok(
          privately.some((text) => text.includes(messages('da').registration.privacyQuestion)),
          privately.join(' | '),
        );
      } finally {
        await bot.close();
        await connector.close();
      }
    });
  }
});

/** The choices a card offers: its buttons' titles and its drop-downs' options. */
function choicesOnCard(card: Card): string[] {
  const options = elements(card.body)
    .filter((e) => e.type === 'Input.ChoiceSet')
    .flatMap((e) => (e.choices as Array<{ title: string }>).map((c) => c.title));
  return [...(card.actions ?? []).map((a) => a.title), ...options];
}

describe('the programme card on a letter written with am/pm', () => {
  const test = TEST_EVENTS.find((candidate) => candidate.event.programme.some((item) => item.start))!;
  for (const lang of LANGS) {
    it(`when the letter writes am/pm, then the card's times follow the letter's clock in English and stay 24-hour in Danish (${lang})`, async () => {
      const file = eventFileFrom(test.file, (raw) => (raw.clock = '12h'));
      const twelve = loadEventFile(file);
      const replies = await speaker(dialogHarness({ EVENT_FILE: file, BOT_NOW: test.now }), {
        channelId: 'webchat',
        locale: LOCALE[lang],
      })(SAY[lang].programme);
      const [card] = adaptiveCards(replies);
      assert.ok(card, 'a card');
      const timed = twelve.programme.filter((item) => item.start);
      assert.ok(timed.length > 0);
      for (const item of timed)
        assert.ok(
          cardTexts(card).some((text) => text.includes(formatClock(item.start!, lang, '12h'))),
          item.start,
        );
      if (lang === 'en')
        assert.ok(
          cardTexts(card).some((text) => / (am|pm)\b/.test(text)),
          'English times in am/pm',
        );
      else assert.ok(!cardTexts(card).some((text) => / (am|pm)\b/.test(text)), 'Danish times without am/pm');
    });
  }
});
