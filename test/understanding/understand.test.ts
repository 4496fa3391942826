import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { ask, type Asked } from '../../src/answers/ask';
import { endOf, formatDate, formatTime, startOf, titleOf } from '../../src/event/format';
import type { MeetingEvent, ProgrammeItem } from '../../src/event/model';
import { knowledgeOf } from '../helpers/knowledge';
import type { FollowUpContext } from '../../src/understanding/frame';
import { TEST_EVENTS } from '../helpers/event';
import { hasFact } from '../helpers/questionSets';

/** A conversation with the understanding and answering layers (no bot, no HTTP), remembering as the router does. */
function conversation(event: MeetingEvent, now: string) {
  const knowledge = knowledgeOf(event);
  const clock = DateTime.fromISO(now, { setZone: true });
  let context: FollowUpContext | undefined;
  return (text: string, at: DateTime = clock): Asked & { text: string } => {
    const asked = ask(text, knowledge, { now: at, context });
    context = asked.answer ? { ...asked.answer.memory, lang: asked.understanding.lang } : { ...context, lang: asked.understanding.lang };
    return { ...asked, text: asked.answer?.text ?? '' };
  };
}

const kindOf = (asked: Asked) =>
  asked.understanding.kind === 'question'
    ? asked.answer?.kind
    : asked.understanding.kind === 'request'
      ? asked.understanding.request
      : asked.understanding.kind;

/** An item "Eventuelt" at the end of a programme. */
const anyOtherBusiness = (number: number): ProgrammeItem => ({
  number,
  numbered: false,
  title: { da: 'Eventuelt' },
  people: [],
  items: [],
});

for (const { name, event, now } of TEST_EVENTS) {
  const start = startOf(event);
  const city = event.venue.address!.city!;
  const street = event.venue.address!.street!;
  const items = event.programme;

  describe(`understanding questions about the ${name} event`, () => {
    it('when asked about "any other business", then it is the item "Eventuelt", and "business" is no bus', () => {
      const withAob: MeetingEvent = {
        ...structuredClone(event),
        programme: [...structuredClone(event.programme), anyOtherBusiness(event.programme.length + 1)],
      };
      const chat = conversation(withAob, now);
      const aob = chat('when is any other business?');
      assert.equal(aob.understanding.kind === 'question' && aob.understanding.frames[0]?.topic, 'items');
      assert.match(aob.text, /Eventuelt/);
      const lunch = chat('is there a business lunch?');
      assert.ok(lunch.understanding.kind === 'question' && lunch.understanding.frames.every((frame) => frame.topic !== 'travel'));
    });

    it('when "over" asks when something ends, then it is the end; "over 65" (an audience), "coming over" and "over for" are not', () => {
      const chat = conversation(event, now);
      for (const text of ['when is it over?', 'what time is the meeting over?'])
        assert.ok(chat(text).text.includes(formatTime(endOf(event), 'en')), text);
      const aspects = (text: string) => {
        const asked = chat(text).understanding;
        return asked.kind === 'question' ? asked.frames.map((frame) => frame.aspect ?? frame.topic) : [];
      };
      for (const text of ['jeg er allergisk over for skaldyr', 'is it for everyone over 65?', 'i am coming over with a colleague'])
        assert.ok(!aspects(text).includes('end'), text);
      // An age asked of who may come is about the audience.
      for (const text of ['is it for everyone over 65?', 'er det for alle over 65?']) {
        const asked = chat(text).understanding;
        assert.equal(asked.kind === 'question' && asked.frames[0]?.topic, 'audience', text);
      }
    });

    it("when asked for the letter's own date, in the ways people put it, then that date answers, not the meeting's", () => {
      const chat = conversation({ ...structuredClone(event), letterDate: '2020-01-15' }, now);
      for (const question of [
        'What date is on the letter?',
        'what date is the invitation letter',
        'hvad er brevets dato',
        'hvornår er invitationen sendt',
      ]) {
        const asked = chat(question);
        assert.ok(asked.understanding.kind === 'question' && asked.understanding.frames[0]?.topic === 'letterDate', question);
        assert.match(asked.text, /2020/, question);
      }
    });

    it('when, until when, where and the programme, in Danish and English, from the event', () => {
      const chat = conversation(event, now);
      assert.ok(chat('hvornår er mødet?').text.includes(formatTime(start, 'da')));
      assert.ok(chat('when is the meeting?').text.includes(formatTime(start, 'en')));
      assert.ok(chat('hvornår slutter det').text.includes(formatTime(endOf(event), 'da')));
      assert.ok(chat('hvor er det?').text.includes(street));
      assert.ok(chat('where is it held').text.includes(street));
      const programme = chat('hvad er programmet?').text;
      for (const item of items) assert.ok(programme.includes(item.title[event.language]!), item.title[event.language]);
    });

    it('answers in the language of the question', () => {
      const chat = conversation(event, now);
      assert.equal(chat('hvornår starter det?').understanding.lang, 'da');
      assert.equal(chat('what time does it start?').understanding.lang, 'en');
      assert.equal(chat('duration?').understanding.lang, 'en', 'an English word of the lexicon decides a one-word message');
    });

    it('tolerates typos and missing æ/ø/å, but a typo never turns a common word into a cue', () => {
      const chat = conversation(event, now);
      assert.ok(chat('hvornaar er moedet').text.includes(formatTime(start, 'da')));
      assert.ok(chat('wehn is the meeting').text.includes(formatTime(start, 'en')));
      assert.ok(chat('hvad er adrsesen?').text.includes(street));
      // "tager" is not "taler" (speaker), and a journey is not the meeting's length.
      const drive = chat('jeg kommer fra Aarhus, hvor lang tid tager det at køre?');
      assert.ok(!drive.text.includes(formatTime(endOf(event), 'da')), drive.text);
      assert.notEqual(drive.answer?.kind, 'answer');
    });

    it('small talk gets small talk, in its own kind', () => {
      const chat = conversation(event, now);
      const cases: Array<[string, string]> = [
        ['hej', 'greeting'],
        ['god aften', 'greeting'],
        ['tak for hjælpen', 'thanks'],
        ['farvel', 'farewell'],
        ['ok', 'acknowledgement'],
        ['👍', 'acknowledgement'],
        ['asdfghjkl', 'gibberish'],
        ['hvad er mødebot?', 'whatAreYou'],
        ['do you speak english', 'speakLanguage'],
      ];
      for (const [text, kind] of cases) {
        const understood = chat(text).understanding;
        assert.equal(understood.kind === 'smallTalk' && understood.smallTalk, kind, text);
      }
      assert.equal(chat('adressen tak').understanding.kind, 'question', 'a question word with a thank-you is a question');
    });

    it('signs up only when asked; a remark about coming late is a question about the times', () => {
      const chat = conversation(event, now);
      for (const text of ['tilmeld mig', 'jeg vil gerne tilmelde mig', 'sign me up']) assert.equal(kindOf(chat(text)), 'signUp', text);
      const late = chat('jeg kommer nok lidt for sent');
      assert.equal(late.understanding.kind, 'question');
      assert.ok(late.text.includes(formatTime(start, 'da')), late.text);
      assert.notEqual(kindOf(chat('hvordan tilmelder jeg mig?')), 'signUp', 'asking how is a question');
    });

    it('wanting to come asks to sign up, unless it says one can only come late or leave early', () => {
      const chat = conversation(event, now);
      for (const text of ['jeg vil gerne komme', "i'd like to come", 'tilmeld mig, men jeg kommer lidt senere'])
        assert.equal(kindOf(chat(text)), 'signUp', text);
      for (const text of [
        'jeg vil gerne komme men kan først fra 17',
        'jeg vil godt komme lidt senere',
        "I'd like to come but can only after 3",
      ]) {
        const late = chat(text);
        assert.equal(late.understanding.kind, 'question', text);
        assert.ok(late.text.includes(formatTime(start, late.understanding.lang)), late.text);
      }
    });

    it('confirms or corrects a fact named in a yes/no question', () => {
      const chat = conversation(event, now);
      assert.match(chat(`er det i ${city}?`).text, /^Ja/);
      const wrongTown = chat('er det i Aalborg?').text;
      assert.match(wrongTown, /^Nej/);
      assert.ok(wrongTown.includes(city));
      assert.match(chat(`er det kl ${start.hour}?`).text, /^Ja/);
      const wrongHour = chat(`er det kl ${start.hour + 1}?`).text;
      assert.match(wrongHour, /^Nej/);
      assert.ok(wrongHour.includes(formatTime(start, 'da')));
      const wrongDay = chat(`er mødet d. ${start.plus({ days: 1 }).day}.?`).text;
      assert.match(wrongDay, /^Nej/);
      assert.ok(wrongDay.includes(formatDate(start, 'da')));
      assert.match(chat('is it on the ' + start.day + 'th?').text, /^Yes/);
      assert.match(chat('er mødet i morgen?', start.minus({ days: 1 }).set({ hour: 12 })).text, /^Ja/);
      assert.match(chat('er mødet i dag?', start.minus({ days: 3 })).text, /^Nej/);
    });

    it('finds programme items by number and follows up on the next one', () => {
      const chat = conversation(event, now);
      const second = items[1]!;
      const third = items[2]!;
      assert.ok(chat('hvad er punkt 2').text.includes(second.title[event.language]!));
      const followUp = chat('og punkt 3?');
      assert.ok(followUp.text.includes(third.title[event.language]!), followUp.text);
    });

    it('follows up on the last topic', () => {
      const chat = conversation(event, now);
      chat('hvornår starter mødet?');
      assert.ok(chat('og hvornår slutter det?').text.includes(formatTime(endOf(event), 'da')));
      chat('hvor er det?');
      const english = chat('and in english?');
      assert.equal(english.understanding.kind === 'request' && english.understanding.request, 'answerInLanguage');
    });

    it('answers the known part of a combined question and says which part it cannot', () => {
      const chat = conversation(event, now);
      const combined = chat('hvornår er det og må man tage sin hund med');
      assert.equal(combined.answer?.kind, 'partly');
      assert.ok(combined.text.includes(formatTime(start, 'da')));
      assert.equal(combined.answer?.unanswered.length, 1);
    });

    it('never states a fact the event does not have', () => {
      const chat = conversation(event, now);
      for (const text of [
        'må man tage sin hund med?',
        'hvor lang tid tager det at køre fra Aarhus?',
        'how do I get there from Copenhagen?',
        'is there a cloakroom?',
        'hvornår er næste års møde?',
        'hvornår kommer referatet fra mødet?',
        'hvad er wifi-koden?',
      ]) {
        const asked = chat(text);
        assert.notEqual(asked.answer?.kind, 'answer', `${text} → ${asked.text}`);
        assert.ok(
          !hasFact(asked.text, formatTime(endOf(event), 'da')) || asked.text.includes(street),
          `${text} must not give the meeting's end or length: ${asked.text}`,
        );
      }
    });

    it('a question about another meeting, a calendar entry, a travel time or a decision is not answered with this meeting’s facts', () => {
      const chat = conversation(event, now);
      for (const text of [
        'hvor skal næste møde være?',
        'when is the next meeting?',
        'kan jeg få en kalenderinvitation?',
        'can i get a calendar invite',
        'hvor lang tid tager det at gå fra banegården?',
        'how long does it take from the airport',
        'hvornår vedtages det endeligt?',
        'is there a group discount?',
      ]) {
        const asked = chat(text);
        assert.notEqual(asked.answer?.kind, 'answer', `${text} → ${asked.text}`);
      }
      assert.equal(chat('hvornår er mødet?').answer?.kind, 'answer');
    });

    it('"I don\'t know" names whom to ask: the contact person, else the organisers', () => {
      const chat = conversation(event, now);
      const answer = chat('må man tage sin hund med?').text;
      const contact = event.people.find((person) => person.roles.includes('contact'));
      if (contact) assert.ok(answer.includes(contact.name), answer);
      else for (const organiser of event.organisers) assert.ok(answer.includes(organiser.name.da ?? organiser.name.en!), answer);
    });

    it('when the letter calls the meeting a workshop, then "the workshop" is the meeting; when only items are workshops, it names them', () => {
      const closing: ProgrammeItem = {
        number: items.length + 1,
        numbered: false,
        start: '23:00',
        title: { da: 'Afslutning på workshoppen', en: 'End of workshop' },
        people: [],
        items: [],
      };
      const ownKind = { ...event, title: { da: 'Workshop om fremtiden', en: 'Workshop on the future' }, programme: [...items, closing] };
      const asked = conversation(ownKind, now)('when is the workshop');
      assert.ok(asked.text.includes(formatTime(start, 'en')), asked.text);
      assert.ok(!hasFact(asked.text, '23.00'), asked.text);
      const itemsOnly = { ...event, programme: [...items, { ...closing, title: { da: 'Workshops', en: 'Workshops' } }] };
      assert.ok(hasFact(conversation(itemsOnly, now)('when is the workshop').text, '23.00'));
    });

    it('when the letter states why it invites but no background, then "what is the occasion" is answered by why; with neither it is not known', () => {
      const purpose = { da: 'For at fejre foreningens 40-års jubilæum.', en: "To mark the association's 40th anniversary." };
      const withPurpose = { ...event, background: undefined, purpose };
      assert.ok(conversation(withPurpose, now)("what's the occasion").text.includes('40'));
      const neither = { ...event, background: undefined, purpose: undefined, passages: [] };
      assert.notEqual(conversation(neither, now)("what's the occasion").answer?.kind, 'answer');
    });

    it('when the letter says what to bring, then "what should I bring" quotes it; a letter that does not, does not know', () => {
      const bring = { id: 'bring', text: 'Husk: Badetøj og gode sko til gåturen, og medbring gerne en vandflaske.' };
      const welcome = { id: 'welcome', text: 'I er velkomne til at tage en kollega med, hvis der er plads.' };
      const says = { ...event, passages: [...event.passages, welcome, bring] };
      for (const question of ['hvad skal vi have med', 'what should i bring'])
        assert.ok(conversation(says, now)(question).text.includes('Badetøj'), question);
      const silent = { ...event, passages: [...event.passages.filter((p) => !/husk|medbring|bring/i.test(p.text)), welcome] };
      assert.notEqual(conversation(silent, now)('hvad skal vi have med').answer?.kind, 'answer');
    });

    it("when someone can't make it, then it is not read as coming late", () => {
      const topicOf = (text: string) => {
        const asked = conversation(event, now)(text);
        return asked.understanding.kind === 'question' ? asked.understanding.frames[0]?.topic : undefined;
      };
      assert.equal(topicOf('i can only make it after lunch'), 'times');
      assert.notEqual(topicOf('i cant make it that evening'), 'times');
      assert.equal(topicOf('what if i cant come after all'), 'cancellation');
    });

    it("when someone asks about time off work to attend, then the meeting's date is no answer", () => {
      const start = formatDate(startOf(event), 'en');
      for (const question of [
        'do we get time off work to attend',
        'does this count as working time or do i need to take a day off',
        'skal jeg tage en fridag for at deltage',
      ]) {
        const reply = conversation(event, now)(question);
        assert.notEqual(reply.answer?.kind, 'answer', `${question}: ${reply.answer?.text}`);
        assert.ok(!reply.answer?.text.includes(start), `${question}: ${reply.answer?.text}`);
      }
      assert.equal(conversation(event, now)('what time does it start').answer?.kind, 'answer');
    });

    it('when someone asks how to get there by bus, then it is not read as arriving at a time', () => {
      const topicOf = (text: string) => {
        const asked = conversation(event, now)(text);
        return asked.understanding.kind === 'question' ? asked.understanding.frames[0]?.topic : undefined;
      };
      assert.notEqual(topicOf('how do i get there by bus from the station'), 'times');
      assert.equal(topicOf("i'll only get there around 9.30"), 'times');
      assert.equal(topicOf('we will get there at 10'), 'times');
    });

    it('when asked whether it lasts so many hours, then the answer is how long it lasts', () => {
      for (const text of ['is it 2 hours', 'er det 2 timer']) {
        const asked = conversation(event, now)(text);
        assert.ok(asked.text.includes(formatTime(endOf(event), asked.understanding.lang)), `${text} → ${asked.text}`);
      }
    });

    it('when the letter has no programme but says what happens, then that answers what happens; what happens if is no programme question', () => {
      const focus = { da: 'På mødet gennemgår vi de nye regler og fordeler tiderne.', en: 'At the meeting we go through the new rules.' };
      const prose = { ...event, programme: [], focus };
      assert.ok(conversation(prose, now)('hvad skal der ske på mødet').text.includes('nye regler'));
      const ifNot = conversation(event, now)('hvad sker der hvis vi ikke kommer');
      for (const item of items) assert.ok(!ifNot.text.includes(item.title[event.language]!), ifNot.text);
    });

    it('when the letter gives the hotel\'s number without the word "phone", then asking for its phone number gets it; without a number it is not said', () => {
      const text = (said: string) => ({
        da: `Book værelse direkte hos hotellet${said}.`,
        en: `Please book directly with the hotel${said}.`,
      });
      const withNumber = { ...event, practical: { ...event.practical, accommodation: { text: text(' på +45 66 11 82 40') } } };
      const asked = conversation(withNumber, now)('hotellets tlf nr');
      assert.equal(asked.answer?.kind, 'answer', asked.text);
      assert.ok(hasFact(asked.text, '+45 66 11 82 40'));
      const without = { ...event, practical: { ...event.practical, accommodation: { text: text('') } } };
      assert.notEqual(conversation(without, now)('hotellets tlf nr').answer?.kind, 'answer');
    });

    it('when asked whom it is for, by any name of the meeting, then that asks who is invited, not who speaks', () => {
      for (const text of ['hvem er den for', 'hvem er temadagen for', 'who is the workshop for']) {
        const asked = conversation(event, now)(text);
        assert.equal(asked.understanding.kind === 'question' ? asked.understanding.frames[0]?.topic : undefined, 'audience', text);
      }
    });

    it('a statement about the writer beside a question is context', () => {
      const chat = conversation(event, now);
      const asked = chat(`Hej. Jeg sidder i bestyrelsen og er ved at lægge min kalender. Hvornår er ${titleOf(event, 'da')}?`);
      assert.equal(asked.understanding.kind, 'question');
      assert.ok(asked.text.startsWith('Mødet er') || asked.text.includes(formatTime(start, 'da')), asked.text);
    });
  });
}

describe('asking to be put on a waiting list or added', () => {
  for (const { name, event, now } of TEST_EVENTS) {
    it(`${name}: "skriv mig på ventelisten", "add me to the meeting" ask to sign up; asking about the waiting list does not`, () => {
      const say = conversation(event, now);
      for (const text of ['skriv mig på ventelisten', 'add me to the meeting pls', 'put us on the waiting list']) {
        const { understanding } = say(text);
        assert.equal(understanding.kind === 'request' ? understanding.request : understanding.kind, 'signUp', text);
      }
      assert.equal(say('er der venteliste').understanding.kind, 'question');
    });
  }
});

describe('"I" in an English question', () => {
  for (const { name, event, now } of TEST_EVENTS) {
    it(`${name}: "should i mute", "can i bring my laptop" name no place, while "er det i Skjern" does`, () => {
      const knowledge = knowledgeOf(event);
      const at = DateTime.fromISO(now, { setZone: true });
      for (const question of ['should i mute', 'can i bring my laptop', 'do i need a laptop']) {
        const asked = ask(question, knowledge, { now: at });
        assert.ok(
          asked.understanding.kind !== 'question' || asked.understanding.frames.every((frame) => frame.check?.kind !== 'place'),
          question,
        );
        assert.doesNotMatch(asked.answer?.text ?? '', /^(No|Nej) – /, question);
      }
      const danish = ask('er det i skjern', knowledge, { now: at });
      assert.ok(danish.understanding.kind === 'question' && danish.understanding.frames.some((frame) => frame.check?.kind === 'place'));
    });
  }
});

describe('the order of the programme and a person by the genitive', () => {
  for (const { name, event, now } of TEST_EVENTS) {
    const top = event.programme;
    const last = top[top.length - 1]!;
    const lastLed = [...top].reverse().find((item) => item.by)!;
    const byName = top.find((item) => item.people.length > 0)!;
    const surname = byName.people[0]!.split(' ').at(-1)!.toLowerCase();

    it(`in the ${name} event, "the last item" is the last item, not how long something lasts`, () => {
      const chat = conversation(event, now);
      const asked = chat("what's the last item");
      assert.ok(asked.text.includes(last.title.en ?? last.title.da!), asked.text);
      assert.doesNotMatch(asked.text, /\blasts\b/);
      // "how long does it last" is still the length of the meeting.
      assert.match(chat('how long does it last').text, /\d/);
    });

    it(`in the ${name} event, "who speaks last" is whoever leads the last item someone leads`, () => {
      const asked = conversation(event, now)('hvem taler sidst');
      assert.ok(asked.text.includes(lastLed.by!.da ?? lastLed.by!.en!), asked.text);
      assert.equal(asked.understanding.kind === 'question' && asked.understanding.frames[0]?.items?.length, 1);
    });

    it(`in the ${name} event, a name in the genitive ("${surname}s oplæg") is the person`, () => {
      const asked = conversation(event, now)(`hvad er ${surname}s punkt`);
      assert.ok(asked.text.includes(byName.title.da ?? byName.title.en!), asked.text);
      assert.equal(asked.answer?.memory.person, byName.people[0]);
    });
  }
});

describe('spoken forms of bringing ("ha med", "ta med") ask what to bring', () => {
  for (const { name, event } of TEST_EVENTS) {
    const knowledge = knowledgeOf(event);
    it(`${name}: "hva skal man ha med" and "hvad skal vi ta med" are the bring topic`, () => {
      for (const question of ['hva skal man ha med', 'hvad skal vi ta med']) {
        const asked = ask(question, knowledge, { now: DateTime.fromISO('2027-01-01T12:00:00+01:00') });
        const frames = asked.understanding.kind === 'question' ? asked.understanding.frames : [];
        assert.ok(
          frames.some((frame) => frame.topic === 'bring'),
          `${question}: ${JSON.stringify(frames.map((f) => f.topic))}`,
        );
      }
    });
  }
});
