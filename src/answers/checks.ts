import { endOf, formatDate, formatRelative, formatTime, formatWeekday, formatWhen, meetingState, startOf } from '../event/format';
import { messages } from '../i18n';
import { foldWord, stemWord } from '../understanding/normalize';
import { amountsIn } from '../understanding/factChecks';
import type { Check } from '../understanding/frame';
import { type AnswerContext, type Part, quote, wherePart } from './parts';
import { roleCheck } from './people';
import { daysCheck } from './days';
import { deadlineDate, formatDeadline } from './signUp';

/**
 * Yes/no questions that name a fact (a place, a time, a date, a weekday, an amount, a role): confirmed or corrected.
 */

/** A word that names a room of a building, folded: "gymnastiksalen", "aulaen", "kantinen", "mødelokalet". */
const ROOM_NAMED = /^\p{L}*(?:salen|hallen|lokalet|rummet|aulaen|kantinen|auditoriet|foyeren)$/u;

/** A venue's name that says its town: "Rådhuset i Vestby", "Town Hall in Vestby". */
const TOWN_IN_NAME = /(?<!\p{L})(?:i|in|på)\s+\p{Lu}/u;

/** A yes/no question naming a fact: confirmed, or corrected from the event and the bot's clock. */
export function answerCheck(check: Check, context: AnswerContext): Part | undefined {
  const { event, lang, now } = context;
  const m = messages(lang).answers;
  const start = startOf(event);
  const when = formatWhen(event, lang);
  // A meeting over several days: the check is of any of its days, or of the day named.
  if (
    event.days.length > 0 &&
    (check.kind === 'days' || check.kind === 'date' || check.kind === 'weekday' || (check.kind === 'time' && check.day !== undefined))
  )
    return daysCheck(check, context);
  switch (check.kind) {
    case 'days':
      return undefined;
    case 'role':
      return roleCheck(check, context);
    case 'place': {
      if (event.venue.notStated) return undefined;
      const where = wherePart(context)?.text ?? '';
      const known = new Set([...context.knowledge.placeWords, ...context.knowledge.titleStems]);
      const matches = check.words.some(
        (word) =>
          known.has(word) ||
          known.has(stemWord(word)) ||
          [...known].some((place) => place.length >= 4 && (place.startsWith(word) || word.startsWith(place))),
      );
      // "Storegade 7" when it is Storegade 5, "lok 114" when it is lok. 112: the street or room is right, the number is not.
      const street = event.venue.address?.street ?? '';
      const number = /\d+[a-z]?/i.exec(street)?.[0];
      const room = event.venue.room ? foldWord(quote(context, event.venue.room).text.toLowerCase()) : '';
      const roomNumbers: string[] = room.match(/\d+[a-z]?/g) ?? [];
      const wrongRoom = (check.numbered ?? []).some(
        ({ word, number: asked }) => roomNumbers.length > 0 && room.includes(word) && !roomNumbers.includes(asked),
      );
      const wrongNumber =
        wrongRoom ||
        (number !== undefined &&
          check.numbers.length > 0 &&
          !check.numbers.includes(number) &&
          check.words.some((word) => foldWord(street.toLowerCase()).includes(word)));
      // "is it in room 3.14?": the room's own number decides, whatever words name the room.
      const dotted: string[] = room.match(/\d+(?:\.\d+)?[a-z]?/g) ?? [];
      const rooms = check.rooms ?? [];
      if (rooms.length > 0 && dotted.length > 0) {
        const same = rooms.some((asked) => dotted.includes(asked));
        return { text: same ? m.yes(where) : m.no(where) };
      }
      // "er det i gymnastiksalen?" when the letter names another room ("aulaen"): the room is wrong, the building no matter.
      const roomAsked = check.words.filter((word) => ROOM_NAMED.test(word));
      if (room && roomAsked.length > 0 && !roomAsked.some((word) => room.includes(word) || room.includes(stemWord(word))))
        return { text: m.no(where) };
      if (matches && !wrongNumber) return { text: m.yes(where) };
      // "is it in Vestby?" of a venue the letter gives without a town ("the canteen", "Engvej 14"): the place asked
      // may be where it is, so not a no; only a room the letter names otherwise, or a wrong number, is one.
      // A place the letter names elsewhere ("fra Tarm og Skjern") is not where the meeting is; "Rådhuset i Vestby" names its town.
      const town =
        event.venue.address?.city ??
        event.venue.address?.postalCode ??
        Object.values(event.venue.name ?? {}).find((name) => name && TOWN_IN_NAME.test(name));
      const namedElsewhere = check.words.some((word) => context.knowledge.words.has(word));
      if (!town && !namedElsewhere && !event.venue.online && !wrongNumber && roomAsked.length === 0 && rooms.length === 0)
        return { text: m.townNotStated(where), notStated: true };
      return { text: m.no(where) };
    }
    case 'time': {
      const target = check.of === 'end' ? (event.endIsEstimate ? undefined : endOf(event)) : start;
      if (!target) return undefined;
      const minutes = target.hour * 60 + target.minute;
      const fact =
        check.of === 'end'
          ? m.end(formatTime(target, lang, event.clock), formatDate(target, lang))
          : m.when(when, formatRelative(event, now, lang), meetingState(event, now));
      if (check.minutes.length > 1) return { text: m.which(fact) };
      return { text: check.minutes[0] === minutes ? m.yes(fact) : m.no(fact) };
    }
    case 'date': {
      const matches = check.dates.some(
        (date) =>
          date.day === start.day &&
          (date.month === undefined || date.month === start.month) &&
          (date.year === undefined || date.year === start.year),
      );
      // "onsdag d. 23." of a Thursday the 23rd: the date holds, the weekday does not, so the answer is no.
      const weekdayHolds = !check.weekdays || check.weekdays.includes(start.weekday);
      const fact = m.when(when, formatRelative(event, now, lang), meetingState(event, now));
      return { text: check.dates.length > 1 ? m.which(fact) : matches && weekdayHolds ? m.yes(fact) : m.no(fact) };
    }
    case 'deadline': {
      const deadline = deadlineDate(context);
      if (!deadline) return undefined;
      const matches = check.dates.some(
        (date) =>
          date.day === deadline.day &&
          (date.month === undefined || date.month === deadline.month) &&
          (date.year === undefined || date.year === deadline.year),
      );
      const fact = m.deadline(formatDeadline(context), false);
      return { text: check.dates.length > 1 ? m.which(fact) : matches ? m.yes(fact) : m.no(fact) };
    }
    case 'weekday': {
      const fact = m.weekday(formatWeekday(start, lang), when);
      return { text: check.weekdays.length > 1 ? m.which(fact) : check.weekdays.includes(start.weekday) ? m.yes(fact) : m.no(fact) };
    }
    case 'amount': {
      const fact = context.event.practical.price;
      if (!fact) return undefined;
      const texts = [fact.text.da, fact.text.en].filter((text): text is string => Boolean(text)).join(' ');
      const stated = amountsIn(texts);
      const free = /\b(gratis|free|uden beregning|no charge|intet gebyr)\b/i.test(texts);
      const said = quote(context, fact.text);
      const sentence = m.letterSays(said.text, said.other ? event.language : undefined);
      // The price itself confirms; another amount of the text (a members' or students' price) depends on who asks.
      const main = fact.amount ?? (stated.length === 1 ? stated[0] : undefined);
      if (main !== undefined && check.amounts.includes(main)) return { text: m.yes(sentence), other: said.other };
      if (check.amounts.some((amount) => stated.includes(amount))) return { text: m.which(sentence), other: said.other };
      if (stated.length > 0 || free || fact.free) return { text: m.no(sentence), other: said.other };
      return undefined;
    }
    case 'stated': {
      // Quoted in the letter's words: the sentence is the fact, in the language the letter is written in.
      const other = lang !== event.language;
      const sentence = m.passage(check.sentence, other);
      if (check.asked.length > 1) return { text: m.which(sentence), other };
      // "d. 12." names no month: the day alone must agree.
      const asked = check.asked[0]!;
      const same = check.said.some((said) => said === asked || (asked.endsWith('.') && said.startsWith(asked)));
      return { text: same ? m.yes(sentence) : m.no(sentence), other };
    }
    case 'placed': {
      const other = lang !== event.language;
      const sentence = m.passage(check.sentence, other);
      return { text: check.holds ? m.yes(sentence) : m.no(sentence), other };
    }
    case 'relative': {
      const today = now.setZone(event.timeZone).startOf('day');
      const day = start.startOf('day');
      const offset = Math.round(day.diff(today, 'days').days);
      const matches = check.days.some((relative) => {
        switch (relative) {
          case 'today':
          case 'tonight':
            return offset === 0;
          case 'tomorrow':
            return offset === 1;
          case 'dayAfterTomorrow':
            return offset === 2;
          case 'yesterday':
            return offset === -1;
          case 'thisWeek':
            return start.weekNumber === today.weekNumber && start.weekYear === today.weekYear;
          case 'nextWeek':
            return start.weekNumber === today.plus({ weeks: 1 }).weekNumber && start.weekYear === today.plus({ weeks: 1 }).weekYear;
        }
      });
      const fact = m.when(when, formatRelative(event, now, lang), meetingState(event, now));
      return { text: matches ? m.yes(fact) : m.no(fact) };
    }
  }
}
