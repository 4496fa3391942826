// test-weight: 2 (slow for its size; see scripts/runTests.mjs)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { localText, titleOf } from '../../src/event/format';
import type { MeetingEvent } from '../../src/event/model';
import { messages, type Lang } from '../../src/i18n';
import { cardsOf, speaker, textOf } from '../helpers/conversation';
import { eventsFolder, KL_EVENT_FILE, KL_NOW, SYNTHETIC_EVENT_FILE, TEST_EVENTS } from '../helpers/event';
import { LANGS, LOCALE, assertLanguage, dialogIn, harnessFor, nowAround, type Harness } from '../helpers/signUp';
import { dialogHarness } from '../helpers/testBot';

/** What a person asks, in each language. */
const ASK = {
  da: { where: 'hvor er mødet?', programme: 'hvad er programmet?', unknown: 'må jeg tage min hund med?', again: 'på dansk' },
  en: { where: 'where is the meeting?', programme: "what's the programme?", unknown: 'can I bring my dog?', again: 'in English' },
} as const;
const other = (lang: Lang): Lang => (lang === 'da' ? 'en' : 'da');

/** The one the invitation says to ask: a contact person, else an organiser. */
function whomToAsk(event: MeetingEvent, lang: Lang): string {
  const contact = event.people.find((person) => person.roles.includes('contact'));
  return contact ? contact.name : localText(event, event.organisers[0]!.name, lang).text;
}

const join = (h: Harness, locale: string, members = [{ id: 'user-1', name: 'User' }]) =>
  h.turn({
    type: 'conversationUpdate',
    membersAdded: members,
    recipient: { id: 'bot', name: 'Mødebot' },
    locale,
    channelId: 'test',
    conversation: { id: 'c-join', isGroup: false, conversationType: 'personal', name: '' },
  });

const adaptive = (replies: Partial<Activity>[]) =>
  cardsOf(replies) as Array<{
    version: string;
    fallbackText: string;
    body: unknown[];
    actions?: Array<{ data?: { moedebot?: string; eventId?: string } }>;
  }>;

/**
 * Where a message goes, decided by the router and rendered by the bot: questions, small talk, cards, mentions, the
 * welcome, and which meeting a conversation is about when the deployment serves several.
 */
for (const test of TEST_EVENTS) {
  const { event } = test;

  for (const lang of LANGS) {
    describe(`questions and the welcome, ${test.name} event, ${lang}`, () => {
      it('when a question comes, then it is answered from the invitation, in the language it was asked in, whatever the client says', async () => {
        const h = harnessFor(test);
        for (const locale of ['da-DK', 'en-GB']) {
          const replies = await speaker(h, { locale, id: `u-${locale}` })(ASK[lang].where);
          assertLanguage(replies, lang, locale);
          assert.ok(textOf(replies).includes(event.venue.address!.line), textOf(replies));
          assert.equal(replies[0]?.textFormat, 'plain');
        }
      });

      it('when asked for the programme, then an Adaptive Card lists every item, with the whole text as its fallback', async () => {
        const h = harnessFor(test);
        const replies = await speaker(h, { locale: LOCALE[lang] })(ASK[lang].programme);
        assertLanguage(replies, lang);
        const [card] = adaptive(replies);
        assert.equal(card?.version, '1.5');
        for (const item of event.programme) {
          const title = localText(event, item.title, lang).text;
          assert.ok(card.fallbackText.includes(title), `fallback: ${title}`);
          assert.ok(JSON.stringify(card.body).includes(JSON.stringify(title).slice(1, -1)), `card: ${title}`);
        }
        assert.equal(replies[0]?.text, undefined, 'text and card are never sent both');
      });

      it('when the invitation does not answer, then the bot says so and names whom to ask', async () => {
        const h = harnessFor(test);
        const replies = await speaker(h, { locale: LOCALE[lang] })(ASK[lang].unknown);
        assertLanguage(replies, lang);
        assert.ok(textOf(replies).includes(whomToAsk(event, lang)), textOf(replies));
      });

      it('when the last answer is asked for in the other language, then it comes again in that language', async () => {
        const h = harnessFor(test);
        const say = speaker(h, { locale: LOCALE[lang] });
        await say(ASK[lang].where);
        const again = await say(ASK[other(lang)].again);
        assertLanguage(again, other(lang));
        assert.ok(textOf(again).includes(event.venue.address!.line), textOf(again));
      });

      it('when the message is empty, or only the @mention, then the bot asks for a question', async () => {
        const h = harnessFor(test);
        const say = speaker(h, { locale: LOCALE[lang] });
        for (const message of [
          { text: '   ' },
          {
            text: '<at>Mødebot</at>',
            entities: [{ type: 'mention', text: '<at>Mødebot</at>', mentioned: { id: 'bot', name: 'Mødebot' } }],
          },
        ]) {
          const replies = await say(message);
          assertLanguage(replies, lang);
          assert.equal(textOf(replies), messages(lang).emptyMessage);
        }
      });

      it('when the bot is @mentioned, then the mention is not part of the question', async () => {
        const h = harnessFor(test);
        const replies = await speaker(h, { locale: LOCALE[lang] })({
          text: `<at>Mødebot</at> ${ASK[lang].where}`,
          entities: [{ type: 'mention', text: '<at>Mødebot</at>', mentioned: { id: 'bot', name: 'Mødebot' } }],
        });
        assert.ok(textOf(replies).includes(event.venue.address!.line), textOf(replies));
      });

      it('when a user joins, then one welcome, in their language, names the meeting and offers when, where, programme and sign-up', async () => {
        const h = harnessFor(test);
        const replies = await join(h, LOCALE[lang]);
        assert.equal(replies.length, 1);
        assertLanguage(replies, lang);
        assert.ok(textOf(replies).includes(titleOf(event, lang)));
        const s = messages(lang).suggestions;
        assert.deepEqual(
          replies[0]?.suggestedActions?.actions.map((a) => a.title),
          [s.when, s.where, s.programme, s.signUp],
        );
      });

      it('when sign-up has closed, then the welcome offers no sign-up', async () => {
        const h = harnessFor({ file: test.file, now: nowAround(event, { days: 1 }) });
        const s = messages(lang).suggestions;
        assert.deepEqual(
          (await join(h, LOCALE[lang]))[0]?.suggestedActions?.actions.map((a) => a.title),
          [s.when, s.where, s.programme],
        );
      });
    });
  }

  describe(`the welcome, ${test.name} event`, () => {
    it('when only the bot is added, then it does not greet itself', async () => {
      const h = harnessFor(test);
      assert.deepEqual(await join(h, 'da-DK', [{ id: 'bot', name: 'Mødebot' }]), []);
    });
  });
}

describe('several meetings in one deployment', () => {
  const [kl, synthetic] = TEST_EVENTS;
  const both = () => dialogHarness({ EVENTS_DIR: eventsFolder([KL_EVENT_FILE, SYNTHETIC_EVENT_FILE]), BOT_NOW: KL_NOW });
  const options = (replies: Partial<Activity>[]) =>
    adaptive(replies)
      .flatMap((card) => card.actions ?? [])
      .map((a) => a.data?.eventId)
      .sort();
  const ids = [kl.event.id, synthetic.event.id].sort();

  for (const lang of LANGS) {
    it(`when a user joins, then the welcome offers the upcoming meetings on a card (${lang})`, async () => {
      const replies = await join(both(), LOCALE[lang]);
      assertLanguage(replies, lang);
      assert.deepEqual(options(replies), ids);
    });

    it(`when a question names no meeting, then the bot asks which, and answers it for the one chosen, naming it (${lang})`, async () => {
      const h = both();
      const say = speaker(h, { locale: LOCALE[lang] });
      const which = await say(ASK[lang].where);
      assertLanguage(which, lang);
      assert.deepEqual(options(which), ids);
      assert.equal((await dialogIn(h, 'conversation-user-1'))?.kind, 'chooseEvent');
      for (const test of [synthetic, kl]) {
        if (test === kl) await say(ASK[lang].where);
        const answer = await say({ value: { moedebot: 'event', eventId: test.event.id } });
        assertLanguage(answer, lang);
        assert.ok(textOf(answer).includes(test.event.venue.address!.line), textOf(answer));
        assert.ok(textOf(answer).includes(titleOf(test.event, lang)), 'the answer names its meeting');
        assert.equal(await dialogIn(h, 'conversation-user-1'), undefined);
        // The conversation stays with the chosen meeting.
        const next = await say(ASK[lang].where);
        assert.ok(textOf(next).includes(test.event.venue.address!.line), textOf(next));
        await h.stateStorage.delete(['test/conversations/conversation-user-1/']);
      }
    });

    it(`when a question names the meeting by its town, then it is answered for that meeting at once (${lang})`, async () => {
      const h = both();
      for (const [test, not] of [
        [kl, synthetic],
        [synthetic, kl],
      ] as const) {
        const say = speaker(h, { id: `u-${test.name}`, locale: LOCALE[lang] });
        const answer = await say(`${lang === 'da' ? 'hvornår er mødet i' : 'when is the meeting in'} ${test.event.venue.address!.city}?`);
        assert.deepEqual(options(answer), [], 'no need to ask which');
        assert.ok(textOf(answer).includes(titleOf(test.event, lang)), textOf(answer));
        assert.ok(!textOf(answer).includes(titleOf(not.event, lang)), textOf(answer));
      }
    });

    it(`when a meeting is chosen by its number on the list, then that one is the conversation's (${lang})`, async () => {
      const h = both();
      const say = speaker(h, { locale: LOCALE[lang] });
      await say(ASK[lang].where);
      // The list is in date order: the synthetic meeting is the later one.
      const answer = await say('2');
      assert.ok(textOf(answer).includes(synthetic.event.venue.address!.line), textOf(answer));
    });
  }

  it('when a link names the meeting (channelData.eventId), then questions are about that one', async () => {
    const h = both();
    const answer = await speaker(h)({ text: 'hvor er mødet?', channelData: { eventId: synthetic.event.id } });
    assert.ok(textOf(answer).includes(synthetic.event.venue.address!.line), textOf(answer));
    const unknown = await speaker(h, { id: 'u-2' })({ text: 'hvor er mødet?', channelData: { eventId: 'no-such-meeting' } });
    assert.deepEqual(options(unknown), ids, 'an unknown id is ignored: the bot asks which');
  });

  it('when a card names a meeting that is gone, then a polite reply and nothing else', async () => {
    const h = both();
    const replies = await speaker(h)({ value: { moedebot: 'event', eventId: 'gone-2020' } });
    assertLanguage(replies, 'da');
    assert.equal(textOf(replies), messages('da').staleCard);
  });
});
