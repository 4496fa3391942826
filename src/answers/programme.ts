import {
  atTime,
  endOf,
  formatDate,
  formatClock,
  formatDuration,
  formatRelative,
  formatTime,
  formatWhen,
  localText,
  meetingState,
  startOf,
  titleOf,
} from '../event/format';
import type { MeetingEvent, ProgrammeItem } from '../event/model';
import { messages, type Lang } from '../i18n';
import { type IndexedItem, EventKnowledge } from '../understanding/knowledge';
import { sentencesOfLine, splitSentences, stemWord, tokenize } from '../understanding/normalize';
import { datedInText } from '../understanding/programmeMatch';
import type { Frame } from '../understanding/frame';
import { namedInTitle } from './namedInTitle';
import type { AnswerContext, Part } from './parts';
import { escapeRegExp } from '../util/regExp';

/**
 * The programme: as text for the answer, the card and the calendar invitation, and the items a question names by
 * number, title or time, with their times and who leads them.
 */

/** The programme as lines: "1. Velkommen – v/ Vestby Kommune", times where the letter gives them. */
export function programmeText(event: MeetingEvent, lang: Lang): string {
  const m = messages(lang).answers;
  const lines = event.programme.flatMap((item) => [
    itemLine(event, item, lang),
    ...item.items.map((sub) => m.subItem(localText(event, sub.title, lang).text)),
  ]);
  return `${m.programmeHeading(titleOf(event, lang), formatWhen(event, lang))}\n${lines.join('\n')}`;
}

export function timeRange(item: ProgrammeItem, lang: Lang, clock: MeetingEvent['clock']): string | undefined {
  if (!item.start) return undefined;
  return item.end ? `${formatClock(item.start, lang, clock)}–${formatClock(item.end, lang, clock)}` : formatClock(item.start, lang, clock);
}

export function itemLine(event: MeetingEvent, item: ProgrammeItem, lang: Lang): string {
  const m = messages(lang).answers;
  return m.programmeItem(
    item.numbered || !item.start ? item.number : undefined,
    timeRange(item, lang, event.clock),
    localText(event, item.title, lang).text,
    item.by ? localText(event, item.by, lang).text : undefined,
  );
}

/** When an item ends: its own end, else the start of the next item at its level, else the meeting's end for the last. */
export function itemEnd(event: MeetingEvent, indexed: IndexedItem): string | undefined {
  if (indexed.item.end) return indexed.item.end;
  const siblings = indexed.label.includes('.') ? indexed.parent.items : event.programme;
  const index = siblings.indexOf(indexed.item);
  const next = siblings[index + 1];
  // A day's last item does not run into the next day's first ("19.00 Dinner" is not "19.00–09.00").
  if (next?.start && indexed.item.start && next.date === indexed.item.date) return next.start;
  const lastDay = indexed.item.date === undefined || indexed.item.date === event.end.slice(0, 10);
  if (!next && indexed.item.start && !event.endIsEstimate && !indexed.label.includes('.') && lastDay) return event.end.slice(11);
  return undefined;
}

export function itemsPart(frame: Frame, context: AnswerContext): Part | undefined {
  const { event, knowledge, lang } = context;
  const m = messages(lang).answers;
  let items = frame.items ?? [];
  if (frame.after && items.length > 0) items = itemsAfter(knowledge, items);
  else if (items.length === 0 && frame.times && frame.times.length > 0) {
    items = itemsAtTime(knowledge, frame.times[0]!, frame.after ?? false);
    // "who is speaking at 2?": an hour from 1 to 7 before any item is the afternoon's, as people say it.
    if (items.length === 0 && frame.times[0]! < 8 * 60) items = itemsAtTime(knowledge, frame.times[0]! + 12 * 60, frame.after ?? false);
  }
  if (items.length === 0 && frame.after) items = itemsAfterMidday(knowledge);
  if (frame.itemCheck && items.length > 0 && items[0]!.item.start) {
    const indexed = items[0]!;
    const start = indexed.item.start!;
    const title = localText(event, indexed.item.title, lang).text;
    const end = itemEnd(event, indexed);
    const fact = m
      .itemAt(indexed.label, title, formatClock(start, lang, event.clock), end ? formatClock(end, lang, event.clock) : undefined)
      .replace(/^- /, '');
    // An item held again and again ("kl. 10.30, 11.30, 12.30 og 13.30") is at each of its times.
    const repeats = repeatedAt(indexed, context);
    const held = [minutesOf(start), ...(repeats?.times ?? [])];
    const line = repeats ? `${fact}\n${repeats.sentence}` : fact;
    return { text: frame.itemCheck.some((time) => held.includes(time)) ? m.yes(line) : m.no(line), items: [indexed.label] };
  }
  if (items.length === 0) return frame.items && frame.items.length === 0 ? { text: m.noSuchItem(event.programme.length) } : undefined;
  const room = roomPart(frame, items, context);
  if (room) return room;
  const labels = items.map((indexed) => indexed.label);
  const lines: string[] = [];
  const missing: IndexedItem[] = [];
  let noPerson = false;
  const named: string[] = [];
  for (const indexed of items) {
    const title = localText(event, indexed.item.title, lang).text;
    const by = indexed.item.by ? localText(event, indexed.item.by, lang).text : undefined;
    const start = indexed.item.start;
    const end = itemEnd(event, indexed);
    switch (frame.aspect) {
      case 'who': {
        // "hvem er med i paneldebatten?": the panel's members are listed under the item ("Deltagere: …"), beside
        // who chairs it.
        const members = namesPeople(indexed, context) ? localText(event, indexed.item.description!, lang).text : undefined;
        // "who is on the jury?" of an item led by "Jury": its own word again names no one.
        if (by && (WHO_FROM.test(frame.clause) || !echoes(by, indexed, frame.clause)))
          lines.push(m.itemBy(indexed.label, title, by) + (members ? `\n${members}` : ''));
        else if (members) lines.push(m.itemBy(indexed.label, title, members));
        else if (leaderInTitle(title, context)) {
          const leader = leaderInTitle(title, context)!;
          lines.push(m.itemBy(indexed.label, leader.title, leader.by));
        }
        // "Kort byvandring med lokalhistoriker Hans Lund": the title itself names who, in the letter's own words.
        else if (namedInTitle(title, event).length > 0) {
          lines.push(m.itemLabel(indexed.label, title, timeRange(indexed.item, lang, event.clock)));
          named.push(...namedInTitle(title, event));
        } else missing.push(indexed);
        // "hvem fra kommunen byder velkommen?" of an item led by an organisation: no person is named.
        if (by && indexed.item.people.length === 0 && WHO_FROM.test(frame.clause)) noPerson = true;
        break;
      }
      case 'when':
        if (start) {
          // An item held again and again: the letter's sentence giving all its times, beside the first.
          const repeats = repeatedAt(indexed, context);
          lines.push(
            m.itemAt(
              indexed.label,
              title,
              formatClock(start, lang, event.clock),
              end ? formatClock(end, lang, event.clock) : undefined,
              dayOfItem(event, indexed.item, lang),
            ) + (repeats ? `\n${repeats.sentence}` : ''),
          );
        }
        // "hvornår starter SFO?" of "SFO – … opstart i SFO den 1. april": the date the item's own text gives the thing.
        else if (datedInText(indexed, frame.clause))
          lines.push(
            m.item(
              indexed.label,
              title,
              by,
              undefined,
              indexed.item.items.map((sub) => localText(event, sub.title, lang).text),
            ),
          );
        else missing.push(indexed);
        break;
      case 'end':
        if (end) lines.push(m.itemEnds(indexed.label, title, formatClock(end, lang, event.clock)));
        else missing.push(indexed);
        break;
      case 'duration':
        // An item that starts when the meeting ends ("15.00 Tak for i dag") has no length to tell.
        if (start && end && minutesOf(end) > minutesOf(start))
          lines.push(
            m.itemLasts(
              indexed.label,
              title,
              formatDuration(atTime(event, start), atTime(event, end), lang),
              formatClock(start, lang, event.clock),
              formatClock(end, lang, event.clock),
            ),
          );
        else missing.push(indexed);
        break;
      default: {
        // What the letter says under the item ("På valg er revisor Bent Holm") is what it is about, as much as its title.
        const about = indexed.item.description ? localText(event, indexed.item.description, lang).text : undefined;
        // A session of a series on its own day: its day with its time, or "is the last one on the 27th?" has no answer.
        const day = dayOfItem(event, indexed.item, lang);
        const time = timeRange(indexed.item, lang, event.clock);
        lines.push(
          m.item(
            indexed.label,
            title,
            by,
            time,
            indexed.item.items.map((sub) => localText(event, sub.title, lang).text),
            day,
          ) + (about ? `\n${about}` : ''),
        );
      }
    }
  }
  if (missing.length > 0) {
    const what = frame.aspect === 'who' ? 'who' : 'time';
    const text = m.itemNotStated(
      what,
      missing.map((indexed) => ({ label: indexed.label, title: localText(event, indexed.item.title, lang).text })),
      formatWhen(event, lang),
    );
    if (lines.length === 0) return { text, items: labels, notStated: true };
    lines.push(text);
  }
  if (noPerson) return { text: m.noPersonNamed(lines), items: labels, notStated: true };
  // "hvem byder velkommen?" then "hvad er hans titel?": the one person named is who "han" means next.
  const people = [...new Set([...items.flatMap((indexed) => indexed.item.people), ...named])];
  const person = frame.aspect === 'who' && people.length === 1 ? people[0] : undefined;
  return { text: lines.join('\n'), items: labels, ...(person ? { person } : {}) };
}

/** "Baggrund og økonomi – direktør Anna Berg": a title, a dash, then a role word and a name. */
const TITLE_DASH_LEADER = /^(.+?)\s+[–—-]\s+((?:[\p{Ll}-]+\s+){0,3}?)(\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,3})\s*$/u;

/**
 * The leader an item's title names after a dash, when no one is typed as its leader: only with a lower-case role word
 * before the name ("– direktør Anna Berg") or a name the letter gives elsewhere as a person, since a title's
 * second half in capitals ("Keynote – Planning Tomorrow") is no person.
 */
function leaderInTitle(title: string, context: AnswerContext): { title: string; by: string } | undefined {
  const found = TITLE_DASH_LEADER.exec(title);
  if (!found) return undefined;
  const role = found[2]!.trim();
  const name = found[3]!;
  const known = context.event.people.some((person) => person.name === name);
  if (!role && !known) return undefined;
  return { title: found[1]!, by: role ? `${role} ${name}` : name };
}

/** A clock time as a sentence writes it: "10.30", "kl. 13:00"; not an amount ("2.400") or a date ("24.04.2027"). */
const CLOCK = /(?<![\d.,])(\d{1,2})[.:](\d{2})(?![.,:]?\d)/g;

/**
 * "Vores medarbejdere viser rundt kl. 10.30, 11.30, 12.30 og 13.30": the sentence of an item's own text that gives it
 * at several times, its start among them, and those times in minutes.
 */
function repeatedAt(indexed: IndexedItem, context: AnswerContext): { sentence: string; times: number[] } | undefined {
  const { event, lang } = context;
  const start = indexed.item.start;
  if (!start || !indexed.item.description) return undefined;
  // "… og 13.30. Rundvisningen tager …": a time ends a sentence when a capital starts the next.
  const sentences = splitSentences(localText(event, indexed.item.description, lang).text).flatMap((text) =>
    text.split(/(?<=\d\.)\s+(?=\p{Lu})/u),
  );
  for (const sentence of sentences) {
    const times = [...sentence.matchAll(CLOCK)]
      .map((match) => Number(match[1]) * 60 + Number(match[2]))
      .filter((minutes) => minutes < 24 * 60);
    if (times.length >= 2 && times.includes(minutesOf(start))) return { sentence: sentence.trim(), times };
  }
  return undefined;
}

/** Whether the text under an item names people: someone the letter names, or a name of two capitalised words. */
function namesPeople(indexed: IndexedItem, context: AnswerContext): boolean {
  const about = indexed.item.description;
  if (!about) return false;
  const text = localText(context.event, about, context.lang).text;
  return context.event.people.some((person) => text.includes(person.name)) || /(?<!\p{L})\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(text);
}

/** Whether an item's leader names no person and only words the question already has ("Jury" of "who is on the jury"). */
function echoes(by: string, indexed: IndexedItem, clause: string): boolean {
  if (indexed.item.people.length > 0) return false;
  const asked = new Set(tokenize(clause).map((token) => stemWord(token.folded)));
  const words = tokenize(by).filter((token) => !EventKnowledge.isGeneric(token.folded));
  return words.length > 0 && words.every((token) => asked.has(stemWord(token.folded)));
}

/** Words that ask which room ("hvilket lokale", "which room", "what floor"). */
const ROOM_WORD = /^(?:lokale\w*|rum|rummet|sal|salen|room|rooms|hall|floor|etage\w*)$/u;

/** A room's name as people say it: "Bøg (1. sal)" → "bøg", "Room C2.14" → "c2.14". */
function roomName(room: string): string {
  return room
    .replace(/\([^()]*\)/g, '')
    .split(/[,;–—]/)[0]!
    .replace(/^(?:lokale|room|rum)\s+/iu, '')
    .trim()
    .toLocaleLowerCase();
}

const namesRoom = (clause: string, name: string): boolean =>
  name !== '' && new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(name)}(?:$|[^\\p{L}\\p{N}])`, 'u').test(clause.toLocaleLowerCase());

/**
 * Where in the venue an item is held, from its own room: "which room is workshop A in", "hvor er workshop C", and "is
 * workshop B in room Lind?" — which names the room of another item, so the answer corrects it from the item's own.
 */
function roomPart(frame: Frame, items: IndexedItem[], context: AnswerContext): Part | undefined {
  const { event, knowledge, lang } = context;
  const m = messages(lang).answers;
  const withRoom = items.filter((indexed) => indexed.item.room);
  if (withRoom.length === 0) return frame.aspect === 'where' ? wherePart(frame, items, context) : undefined;
  const fact = (indexed: IndexedItem): string =>
    m.itemRoom(indexed.label, localText(event, indexed.item.title, lang).text, localText(event, indexed.item.room!, lang).text);
  const rooms = knowledge.items.flatMap((indexed) => (indexed.item.room ? [roomName(localText(event, indexed.item.room, lang).text)] : []));
  const named = rooms.filter((name) => namesRoom(frame.clause, name));
  const labels = withRoom.map((indexed) => indexed.label);
  if (named.length > 0 && items.length === 1) {
    const own = roomName(localText(event, items[0]!.item.room!, lang).text);
    const text = fact(items[0]!).replace(/^- /, '');
    return { text: named.includes(own) ? m.yes(text) : m.no(text), items: labels };
  }
  const asked = frame.aspect === 'where' || frame.topic === 'room' || (frame.cueWords ?? []).some((word) => ROOM_WORD.test(word));
  if (!asked) return undefined;
  return { text: withRoom.map(fact).join('\n'), items: labels };
}

/**
 * "hvor starter rundvisningerne?" of an item without a room: the sentence under it that says so ("… starter ved
 * flagstangen ved indgangen"), found by a word of the question besides the item's own and the question words.
 */
function wherePart(frame: Frame, items: IndexedItem[], context: AnswerContext): Part | undefined {
  const { event, lang } = context;
  const m = messages(lang).answers;
  const asked = (frame.clause.toLocaleLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => !WHERE_WORDS.test(word));
  const lines: string[] = [];
  for (const indexed of items) {
    if (!indexed.item.description) continue;
    const title = localText(event, indexed.item.title, lang).text;
    const own = new Set((title.toLocaleLowerCase().match(/\p{L}{4,}/gu) ?? []).map((word) => word.slice(0, 5)));
    const words = asked.filter((word) => !own.has(word.slice(0, 5)));
    const sentence = sentencesOfLine(localText(event, indexed.item.description, lang).text).find((candidate) =>
      (candidate.toLocaleLowerCase().match(/\p{L}{4,}/gu) ?? []).some((word) => words.includes(word)),
    );
    if (sentence) lines.push(m.itemSays(indexed.label, title, sentence));
  }
  return lines.length > 0 ? { text: lines.join('\n'), items: items.map((indexed) => indexed.label) } : undefined;
}

/** Question words of where, which no sentence under an item is found by. */
const WHERE_WORDS = /^(?:hvor|hvilken|hvilket|where|which|does|foregår|holdes|held)$/u;

/** "who from …", "hvem fra …": a person of an organisation asked for. */
const WHO_FROM = /\b(hvem|who)\s+(?:\p{L}+\s+)?(fra|from)\s/iu;

export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** The items that come after the given ones: by time where the letter gives times, else by order. */
function itemsAfter(knowledge: EventKnowledge, named: IndexedItem[]): IndexedItem[] {
  const topLevel = knowledge.items.filter((indexed) => !indexed.label.includes('.'));
  const lastIndex = Math.max(...named.map((indexed) => topLevel.findIndex((top) => top.item === indexed.parent)));
  return lastIndex >= 0 ? topLevel.slice(lastIndex + 1, lastIndex + 3) : [];
}

/** Items running at a time of day, or from then on. */
function itemsAtTime(knowledge: EventKnowledge, minutes: number, after: boolean): IndexedItem[] {
  const timed = knowledge.items.filter((indexed) => !indexed.label.includes('.') && indexed.item.start);
  if (after) {
    // From a time on: the item running then, and every later one.
    const running = timed.filter(
      (indexed, index) =>
        minutesOf(indexed.item.start!) <= minutes && (timed[index + 1] === undefined || minutesOf(timed[index + 1]!.item.start!) > minutes),
    );
    return [...running, ...timed.filter((indexed) => minutesOf(indexed.item.start!) > minutes)];
  }
  const at = timed.filter((indexed, index) => {
    const start = minutesOf(indexed.item.start!);
    // A day's last item runs on to the end of that day, not into the next day's first.
    const following = timed[index + 1];
    const next = following?.item.date === indexed.item.date ? following?.item.start : undefined;
    return start <= minutes && (next === undefined || minutesOf(next) > minutes);
  });
  // Over several days, the last items of other days match too: "kl. 19" is not the 12.30 lunch that ends 13.00, nor
  // the last day's last item, which ends when the meeting does.
  const { event } = knowledge;
  const lastDay = event.end.slice(0, 10);
  const endOfItem = (indexed: IndexedItem) =>
    indexed.item.end ??
    (indexed === timed.at(-1) && indexed.item.date === lastDay && !event.endIsEstimate ? event.end.slice(11) : undefined);
  const inside = at.filter((indexed) => {
    const end = endOfItem(indexed);
    return end === undefined || minutesOf(end) > minutes;
  });
  return at.length > 1 && inside.length > 0 ? inside : at;
}

/** "Efter frokost": the items after the item whose title names a meal or break around midday, else after noon. */
function itemsAfterMidday(knowledge: EventKnowledge): IndexedItem[] {
  const timed = knowledge.items.filter((indexed) => !indexed.label.includes('.') && indexed.item.start);
  const meal = timed.find((indexed) => [...indexed.titleStems].some((stem) => /^(frokost|lunch|middag|pause|break)/.test(stem)));
  const from = meal ? minutesOf(meal.item.start!) + 1 : 12 * 60;
  return timed.filter((indexed) => minutesOf(indexed.item.start!) >= from);
}

/**
 * "I have to leave at 9", "half past four" of an afternoon meeting: an hour said without am/pm is the one within the
 * meeting's hours.
 */
function withinMeeting(minutes: number | undefined, event: MeetingEvent): number | undefined {
  if (minutes === undefined || minutes >= 12 * 60 || event.days.length > 0) return minutes;
  const start = startOf(event);
  const end = endOf(event);
  const [first, last] = [start.hour * 60 + start.minute, end.hour * 60 + end.minute];
  const later = minutes + 12 * 60;
  const inside = (value: number) => value >= first - 60 && value <= (event.endIsEstimate ? first + 6 * 60 : last);
  return !inside(minutes) && inside(later) ? later : minutes;
}

export function timesPart(frame: Frame, context: AnswerContext): Part {
  const { event, lang, knowledge } = context;
  const m = messages(lang).answers;
  // A letter with a date and no time: saying the meeting begins at midnight would be a made-up time.
  if (event.timeNotStated)
    return {
      text: `${m.when(formatWhen(event, lang), formatRelative(event, context.now, lang), meetingState(event, context.now))} ${m.noTimeStated}`,
      notStated: true,
    };
  const start = formatTime(startOf(event), lang, event.clock);
  const end = event.endIsEstimate ? undefined : formatTime(endOf(event), lang, event.clock);
  // Over several days, each day with its own times: "ends at 12.30" would read as the first day's end.
  const lines = [
    event.days.length > 0
      ? m.when(formatWhen(event, lang), formatRelative(event, context.now, lang), meetingState(event, context.now))
      : m.times(start, end),
  ];
  const arrival = event.practical.arrival;
  if (arrival?.time) lines.push(m.practical('arrival', { ...arrival, time: formatClock(arrival.time, lang, event.clock) }) ?? '');
  const from = withinMeeting(frame.times?.[0], event);
  if (frame.misses === 'arriving') {
    // "først efter kaffen, misser jeg debatten?": from the item named on, what is missed and what is still to come.
    const named = from === undefined ? frame.items?.find((indexed) => indexed.item.start) : undefined;
    const since = named ? minutesOf((frame.after && named.item.end) || named.item.start!) : from;
    lines.push(missedByArriving(since, context));
    const still = named ? [...(frame.after ? [] : [named]), ...itemsAfter(knowledge, [named])] : [];
    if (still.length > 0) lines.push(m.itemsFrom(still.map((indexed) => itemLine(event, indexed.item, lang))));
    return { text: lines.filter(Boolean).join('\n') };
  }
  const later =
    from !== undefined
      ? itemsAtTime(knowledge, from, true)
      : frame.items?.length
        ? // "until lunch", "til middagen": from the item named on; "after lunch": the ones after it.
          [...(frame.after ? [] : frame.items.filter((indexed) => !indexed.label.includes('.'))), ...itemsAfter(knowledge, frame.items)]
        : frame.after
          ? itemsAfterMidday(knowledge)
          : [];
  // An item held again and again that began before ("kl. 10.30, 11.30, 12.30 …"): its next time is still to come.
  const again =
    from !== undefined
      ? knowledge.items.flatMap((indexed) => {
          const next = later.includes(indexed) ? undefined : repeatedAt(indexed, context)?.times.find((time) => time >= from);
          return next === undefined ? [] : [{ ...indexed.item, start: clockOf(next), end: undefined }];
        })
      : [];
  const upcoming = [...later.map((indexed) => indexed.item), ...again].sort(
    (a, b) => (a.start ? minutesOf(a.start) : Infinity) - (b.start ? minutesOf(b.start) : Infinity),
  );
  if (upcoming.length > 0) lines.push(m.itemsFrom(upcoming.map((item) => itemLine(event, item, lang))));
  return { text: lines.filter(Boolean).join('\n') };
}

/** Minutes after midnight as a programme writes a time: 690 → "11:30". */
const clockOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * "jeg kan først komme kl 8, hvad misser jeg": the items that start before one arrives; with no time said, or a
 * programme without times, the first items, which a late arrival misses first.
 */
function missedByArriving(from: number | undefined, context: AnswerContext): string {
  const { event, lang, knowledge } = context;
  const m = messages(lang).answers;
  const top = knowledge.items.filter((indexed) => !indexed.label.includes('.'));
  const line = (indexed: IndexedItem) => itemLine(event, indexed.item, lang);
  const timed = top.filter((indexed) => indexed.item.start);
  if (from !== undefined && timed.length === top.length && top.length > 0) {
    const before = timed.filter((indexed) => minutesOf(indexed.item.start!) < from);
    if (before.length > 0) return m.itemsBefore(before.map(line));
  }
  return top.length > 0 ? m.itemsFirst(top.slice(0, 2).map(line)) : '';
}

/** A first item that is only arriving: the doors, registration, coffee on arrival. */
const ARRIVING = /^(?:ankomst|arrival|registrering\w*|registration|dørene|dorene|doerene|doors|check|indskrivning|indtjekning)$/u;

/**
 * "what time does it start?" of a meeting whose first item is the doors opening ("16.30 Dørene åbner – registrering",
 * "17.00 Oplæg …"): when the programme itself begins, beside the meeting's start.
 */
export function programmeBegins(context: AnswerContext): string | undefined {
  const { event, lang, knowledge } = context;
  if (event.days.length > 0) return undefined;
  const [first, second] = knowledge.items.filter((indexed) => !indexed.label.includes('.'));
  if (!first?.item.start || !second?.item.start || first.item.start !== event.start.slice(11, 16)) return undefined;
  const word = tokenize(localText(event, first.item.title, lang).text)[0]?.folded ?? '';
  if (!ARRIVING.test(word) || minutesOf(second.item.start) <= minutesOf(first.item.start)) return undefined;
  const m = messages(lang).answers;
  return m.programmeBegins(formatClock(second.item.start, lang, event.clock), localText(event, second.item.title, lang).text);
}

/**
 * The day of an item of a programme held over several days ("Session 2" of a series, the second day of a course):
 * its time alone would not say when it is. Undefined for a programme of one day.
 */
function dayOfItem(event: MeetingEvent, item: ProgrammeItem, lang: Lang): string | undefined {
  if (!item.date) return undefined;
  const severalDays =
    event.end.slice(0, 10) !== event.start.slice(0, 10) || event.programme.some((other) => other.date && other.date !== item.date);
  return severalDays ? formatDate(atTime(event, '00:00', item.date), lang) : undefined;
}
