/**
 * From an organiser's letter to a draft event: runs the finders over the letter's text and assembles what they
 * found, in the order the event file documents, with a `# CHECK:` note for every guess and a list of what the
 * letter does not say. Never invents: a fact the letter does not state is left out, except where the schema needs
 * a value (a venue, an end time, a start time); there the draft holds a marked placeholder or estimate.
 */
import { DateTime } from 'luxon';
import type { EventFileInput } from '../schema';
import { findAbout } from './about';
import { CLOSING_ITEM, findDays, listedDays, type DaysFound } from './days';
import { formatClock, minutesOf, type ClockTime, writesTwelveHourClock } from './dates';
import type { Check } from './draft';
import { ImportError } from './errors';
import { findEmails, findPhones } from './contactDetails';
import { detectLanguage } from './language';
import { blockOfLine, readLetter, type Letter } from './letter';
import { findNames, looksLikeOrganisation } from './names';
import { findOrganisers } from './organisers';
import { findPeople, ordered } from './people';
import { findPractical, TOPIC_ORDER } from './practical';
import { forwardNoteLines } from '../forwardNote';
import { findProgramme, leadBySigner, type ProgrammeFound } from './programme';
import type { DraftEvent, ImportResult } from './types';
import { findRegistration, TO_THE_WRITER } from './registration';
import { findSessionBlocks } from './sessionBlocks';
import { findSessions, type SessionsFound } from './sessions';
import { eventId, findTitle } from './title';
import { findAddresses, findVenue } from './venue';
import { findLetterDate, findMeetingTime, localDateTime, returnTime, type MeetingTime } from './when';

export { ImportError } from './errors';
export { extractLetterText } from './extract';
export { renderDraft, type DraftMeta } from './draft';
export type { Check, DraftEvent, ImportResult } from './types';
export { formatSummary } from './summary';

export interface ImportOptions {
  /** Today's date, "2026-11-30": the year of a date the letter writes without one is counted from it. */
  today: string;
  /** The event id to use instead of one made from the title and year. */
  id?: string;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,80}$/;
/** Words that ask the reader to get in touch: a number beside them and "mig"/"me" is the writer's. */
const ASK_ME =
  /(?<![\p{L}])(besked|sms|ring\p{L}*|skriv|kontakt\p{L}*|svar|call|phone|text|ring|contact|write|reply|let me know)(?![\p{L}])/iu;

function checkReadable(letter: Letter): void {
  const letters = (letter.text.match(/\p{L}/gu) ?? []).length;
  if (letter.text.trim() === '') throw new ImportError('The letter is empty.');
  if (letters < 20)
    throw new ImportError(
      'The letter has almost no text; is it a scanned image? Only text PDFs, Word (.docx), Markdown and plain text can be read.',
    );
}

/** The programme's first and last times, when the letter gives the meeting's time only there. */
function timesFromProgramme(programme: ProgrammeFound): { start?: ClockTime; closing?: ClockTime } {
  const timed = programme.items.filter((item) => item.start !== undefined);
  const toClock = (value: string): ClockTime => ({ hour: Number(value.slice(0, 2)), minute: Number(value.slice(3, 5)) });
  const first = timed[0]?.start;
  const last = timed[timed.length - 1];
  // Parallel tracks listed under the main programme ("14.15 Questions and wrap-up") end the list but not the day: then the
  // latest item, if it closes ("15.30 End of the day"), is the end.
  const latest = timed.reduce<(typeof timed)[number] | undefined>(
    (best, item) => (!best || item.start! >= best.start! ? item : best),
    undefined,
  );
  const closes = (item: typeof last) => (item?.start && CLOSING_ITEM.test(item.title) ? toClock(item.start) : undefined);
  const closing = closes(last) ?? closes(latest);
  return { start: first ? toClock(first) : undefined, closing };
}

interface Timing {
  meeting: MeetingTime;
  start: string;
  end: string;
  endIsEstimate: boolean;
  timeNotStated: boolean;
  checks: Check[];
  missing: string[];
}

function decideTiming(letter: Letter, meeting: MeetingTime): Timing {
  const checks: Check[] = meeting.checks.map((check) => ({ path: [check.key], message: check.message }));
  const missing: string[] = [];
  const fromProgramme = timesFromProgramme(findProgramme(letter, meeting, true));
  let start = meeting.start;
  if (!start && fromProgramme.start) {
    start = fromProgramme.start;
    checks.push({ path: ['start'], message: 'the letter gives no time beside the date; the start is the programme’s first time' });
  }
  let timeNotStated = false;
  if (!start) {
    start = { hour: 0, minute: 0 };
    timeNotStated = true;
    checks.push({ path: ['start'], message: 'the letter gives no time for the meeting; fill in when it starts' });
    missing.push('start time');
  }
  let end = meeting.end;
  let lastDate = meeting.lastDate;
  let endIsEstimate = false;
  // A day out ends when the bus is back home, after its programme's last item.
  const back = returnTime(letter);
  if (!end && back && lastDate === meeting.date && minutesOf(back) > minutesOf(start)) {
    end = back;
    checks.push({ path: ['end'], message: 'the end is when the letter expects everyone back; check it' });
  }
  if (!end && fromProgramme.closing && (lastDate > meeting.date || minutesOf(fromProgramme.closing) > minutesOf(start))) {
    end = fromProgramme.closing;
    checks.push({ path: ['end'], message: 'the letter gives no end time beside the date; the end is the programme’s closing item' });
  }
  if (!end) {
    const estimated = DateTime.fromISO(localDateTime(lastDate, start)).plus({ hours: 2 });
    end = { hour: estimated.hour, minute: estimated.minute };
    lastDate = estimated.toISODate() ?? lastDate;
    endIsEstimate = true;
    checks.push({
      path: ['end'],
      message: 'the letter gives no end time; this is the start plus two hours, only for calendar files (the bot never states it)',
    });
    missing.push('end time (estimated as start + 2 hours)');
  }
  const startText = localDateTime(meeting.date, start);
  const endText = lastDate === meeting.date ? formatClock(end) : localDateTime(lastDate, end);
  return { meeting: { ...meeting, start, end, lastDate }, start: startText, end: endText, endIsEstimate, timeNotStated, checks, missing };
}

/**
 * The meeting's time from its days: it starts when the first day starts and ends when the last day ends. Where the
 * days leave a time out, the time found beside the same date stands; a rival date that is one of the days is no
 * doubt any more, and a meeting date that is none of them is.
 */
function withDays(meeting: MeetingTime, found: DaysFound): MeetingTime {
  const first = found.days[0]!;
  const last = found.days[found.days.length - 1]!;
  const dates = new Set(found.days.map((day) => day.date));
  const checks = meeting.checks.filter(
    (check) => !/also names/.test(check.message) || !(check.message.match(/\d{4}-\d{2}-\d{2}/g) ?? []).every((date) => dates.has(date)),
  );
  if (first.fromProgramme && first.start)
    checks.push({ key: 'start', message: 'the letter gives no time beside the date; the start is the first day’s programme’s first time' });
  if (last.fromProgramme && last.end)
    checks.push({
      key: 'end',
      message: 'the letter gives no end time beside the date; the end is the programme’s closing item on the last day',
    });
  if (!dates.has(meeting.date))
    checks.push({
      key: 'start',
      message: `the letter's days begin on ${first.date}, not on ${meeting.date} named elsewhere; check the days`,
    });
  return {
    date: first.date,
    lastDate: last.date,
    line: dates.has(meeting.date) ? meeting.line : found.line,
    start: first.start ?? (meeting.date === first.date ? meeting.start : undefined),
    end: last.end ?? (meeting.lastDate === last.date ? meeting.end : undefined),
    checks,
  };
}

/**
 * The meeting's time from its alternative dates: the first session's, so that everything that knows one date keeps
 * working. A rival date that is one of the sessions is no doubt any more.
 */
function withSessions(meeting: MeetingTime, found: SessionsFound): MeetingTime {
  const first = found.sessions[0]!;
  const dates = new Set(found.sessions.map((session) => session.date));
  const checks = meeting.checks.filter(
    (check) => !/also names/.test(check.message) || !(check.message.match(/\d{4}-\d{2}-\d{2}/g) ?? []).every((date) => dates.has(date)),
  );
  const same = meeting.date === first.date;
  return {
    date: first.date,
    lastDate: first.date,
    line: dates.has(meeting.date) ? meeting.line : found.line,
    start: first.start ?? (same ? meeting.start : undefined),
    end: first.start ? first.end : same && meeting.lastDate === meeting.date ? meeting.end : undefined,
    checks,
  };
}

/** The sessions as the draft writes them: each at its own time, else at the first one's, as long as it. */
function draftSessions(found: SessionsFound, timing: Timing): NonNullable<DraftEvent['sessions']> {
  const first = timing.meeting;
  const length = DateTime.fromISO(timing.end.includes('T') ? timing.end : `${timing.start.slice(0, 10)}T${timing.end}`).diff(
    DateTime.fromISO(timing.start),
    'minutes',
  ).minutes;
  const venues = new Set(found.sessions.map((session) => session.venue ?? ''));
  return found.sessions.map((session, index) => {
    const start = index === 0 ? timing.start : localDateTime(session.date, session.start ?? first.start!);
    const end =
      index === 0
        ? timing.end
        : session.start && session.end && minutesOf(session.end) > minutesOf(session.start)
          ? formatClock(session.end)
          : (DateTime.fromISO(start).plus({ minutes: length }).toFormat("yyyy-MM-dd'T'HH:mm") ?? start);
    return {
      label: session.label,
      start,
      end,
      ...(venues.size > 1 && session.venue ? { venue: { name: session.venue } } : {}),
      ...(session.deadline ? { deadline: session.deadline } : {}),
    };
  });
}

export function importLetter(text: string, options: ImportOptions): ImportResult {
  const letter = readLetter(text);
  checkReadable(letter);
  const language = detectLanguage(letter.text);
  const letterDate = findLetterDate(letter, options.today);
  const reference = letterDate?.date ?? options.today;
  const found = findMeetingTime(letter, reference, letterDate);
  // Alternative dates ("Hold 1 … Hold 2", "afholdes to gange") are one meeting held twice, not a meeting of two days.
  const sessionsFound = findSessions(letter, reference);
  // A series of blocks ("SESSION 2 – …" over its own date, speaker and link): the meeting's days and its programme.
  const blocksFound = sessionsFound ? undefined : findSessionBlocks(letter, reference);
  const daysFound = sessionsFound ? undefined : (blocksFound?.days ?? findDays(letter, reference, found.date) ?? listedDays(found));
  const timing = decideTiming(letter, sessionsFound ? withSessions(found, sessionsFound) : daysFound ? withDays(found, daysFound) : found);
  const { meeting } = timing;
  const checks = [...timing.checks];
  // A meeting before the letter was written is a misread date, or a letter dated wrongly.
  if (letterDate && meeting.date < letterDate.date)
    checks.push({ path: ['start'], message: `the meeting is before the letter's own date (${letterDate.date}); check both dates` });
  if (daysFound?.days.some((day) => day.fromProgramme))
    checks.push({
      path: ['days'],
      message: 'a day’s times without a time beside its date are its programme’s first time and closing item',
    });
  const missing = [...timing.missing];

  const listed = findProgramme(letter, meeting, timing.endIsEstimate, sessionsFound?.lines);
  const programme = blocksFound && listed.items.length === 0 ? blocksFound.programme : listed;
  const skip = programme.lines;
  // The line above a block's date is the session's name, not the meeting's.
  const title = findTitle(letter, programme === blocksFound?.programme ? -1 : meeting.line, language);
  if (title.doubt) checks.push({ path: ['title'], message: title.doubt });
  const id = options.id ?? eventId(title.title, meeting.date.slice(0, 4));
  if (!ID_PATTERN.test(id))
    throw new ImportError(`"${id}" cannot be an event id: use lower-case letters, digits and dashes (3–81 characters).`);

  const venueFound = findVenue(letter, meeting.line);
  const venue: EventFileInput['venue'] = {};
  if (venueFound.name) venue.name = venueFound.name;
  if (venueFound.room) venue.room = venueFound.room;
  if (venueFound.address) venue.address = venueFound.address;
  if (venueFound.online) venue.online = true;
  if (venueFound.doubt) checks.push({ path: ['venue'], message: venueFound.doubt });
  if (!venueFound.name && !venueFound.address && !venueFound.online && !venueFound.room) {
    venue.notStated = true;
    checks.push({ path: ['venue'], message: 'the letter does not say where the meeting is; fill in the venue' });
    missing.push('venue');
  } else if (!venueFound.online && !venueFound.address) missing.push(venueFound.name ? 'venue address' : 'venue name and address');

  const people = findPeople(letter, programme, [meeting.date, ...(daysFound?.days.map((day) => day.date) ?? [])]);
  // "the town hall, High Street 3": a session's venue in a row of its table reads like a name and a title.
  const sessionVenues = new Set(sessionsFound?.sessions.flatMap((session) => (session.venue ? [session.venue.split(',')[0]!.trim()] : [])));
  people.people = people.people.filter((person) => !sessionVenues.has(person.name));
  const signed = { organisations: people.signatureOrganisations, titleOrganisations: people.signatureTitleOrganisations };
  const organisers = findOrganisers(letter, skip, signed, findAddresses(letter), venueFound.line);
  // "Fra: Hanne Bro Jensen <hbj@…>": her address, and the contact when the letter names no other.
  const fromPerson = organisers.fromPerson ? people.people.find((p) => p.name === organisers.fromPerson!.name) : undefined;
  if (fromPerson && organisers.fromPerson?.email) fromPerson.email ??= organisers.fromPerson.email;
  // "send dem til mig på lrb@…": the one who writes, and signs, gives her address.
  const writer = people.people.find((p) => p.roles?.includes('signatory'));
  const toMe = letter.sentences
    .map((sentence) => /(?:til mig|to me)\s+(?:på|at|via|on)\s+([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/i.exec(sentence.text)?.[1])
    .find(Boolean);
  if (writer && toMe && people.people.filter((p) => p.roles?.includes('signatory')).length === 1) writer.email ??= toMe;
  // "… til udvalgssekretær Ole Bak på ab@… eller tlf. 72 34 18 50": a named person's own details, right after the name.
  for (const named of people.people) {
    for (const sentence of letter.sentences) {
      const at = sentence.text.indexOf(named.name);
      if (at < 0) continue;
      const after = sentence.text.slice(at + named.name.length);
      const email = findEmails(after)[0];
      if (email && email.index <= 12 && /^[\s,]*(?:på|at|via|on|:|e-?mail:?)?\s*$/iu.test(after.slice(0, email.index))) {
        named.email ??= email.value;
        const rest = after.slice(email.index + email.value.length);
        const phone = findPhones(rest)[0];
        if (
          phone &&
          /^[\s,]*(?:eller|or|og|and|,)\s*(?:på\s+)?(?:tlf\.?|telefon|phone|tel\.?|mobil)?\s*:?\s*$/iu.test(rest.slice(0, phone.index))
        )
          named.phone ??= phone.value;
      }
    }
  }
  // "giv mig besked … bare en sms på 23 45 67 89", "call me on …": the one who signs gives her number.
  // "… send en mail til mig. Har du spørgsmål, kan du også ringe på …": a number right after a sentence of the writer's,
  // naming no one, is hers too.
  const me = (text: string) => /(?<![\p{L}])(?:mig|me)(?![\p{L}])/iu.test(text);
  const myPhone = letter.sentences
    .filter(
      (sentence, index) =>
        ASK_ME.test(sentence.text) &&
        (me(sentence.text) ||
          (letter.sentences[index - 1]?.block === sentence.block &&
            me(letter.sentences[index - 1]!.text) &&
            findNames(sentence.text).every((span) => looksLikeOrganisation(span.name)))),
    )
    .map((sentence) => findPhones(sentence.text)[0]?.value)
    .find(Boolean);
  if (writer && myPhone && people.people.filter((p) => p.roles?.includes('signatory')).length === 1) writer.phone ??= myPhone;
  const signers = people.people.filter((p) => p.roles?.includes('signatory'));
  if (leadBySigner(programme.items, signers.length === 1 ? signers[0] : undefined) && writer && !writer.roles?.includes('speaker'))
    writer.roles = [...(writer.roles ?? []), 'speaker'];
  const signatory = people.people.find((p) => p.roles?.includes('signatory') && (p.email || p.phone));
  if (signatory && !people.people.some((p) => p.roles?.includes('contact')) && !people.contactDetails) {
    signatory.roles = [...(signatory.roles ?? []), 'contact'];
    checks.push({
      path: ['people', people.people.indexOf(signatory), 'roles'],
      message: 'the letter names no contact person; the one who signs, with an e-mail or phone, is taken as the contact',
    });
  }
  if (organisers.doubt) checks.push({ path: ['organisers'], message: organisers.doubt });
  const about = findAbout(letter, skip, programme.items);
  // The headline with the date ("Fredag … kl. 9.00–12.30 · Online på Microsoft Teams") is about when, not a practical fact.
  const headline = blockOfLine(letter, meeting.line);
  const headlineSkip = headline && headline.text.length < 150 ? [headline.lines[0]!.index] : [];
  const practicalSkip = new Set([...skip, ...headlineSkip, ...forwardNoteLines(letter.lines.map((line) => line.text))]);
  const practical = findPractical(letter, practicalSkip, programme.items);
  if (venueFound.online && !practical.online) {
    const line = venueFound.line === undefined ? undefined : letter.lines[venueFound.line]?.text;
    if (line) practical.online = { text: line };
  }
  const registration = findRegistration(letter, skip, meeting, programme, language);
  // "Skriv til mig senest 7/9, om du kommer": the reply goes to the one who signs, at her e-mail.
  const reply = registration.registration;
  if (
    reply &&
    !reply.url &&
    !reply.email &&
    !reply.phone &&
    TO_THE_WRITER.test(typeof reply.text === 'string' ? reply.text : '') &&
    signers.length === 1
  ) {
    if (signers[0]!.email) reply.email = signers[0]!.email;
    else if (signers[0]!.phone) reply.phone = signers[0]!.phone;
  }
  const sessions = sessionsFound ? draftSessions(sessionsFound, timing) : undefined;
  for (const doubt of sessionsFound?.doubts ?? []) checks.push({ path: ['sessions'], message: doubt });
  // A deadline per session: sign-up as a whole closes with the last one; each session's own is kept beside it.
  const lastDeadline = sessions
    ?.map((session) => session.deadline)
    .filter((d): d is string => d !== undefined)
    .pop();
  if (lastDeadline && registration.registration) registration.registration.deadline = lastDeadline;
  else if (lastDeadline)
    checks.push({ path: ['sessions'], message: 'the sessions have their own sign-up deadlines, but no way to sign up was found' });
  for (const check of registration.checks) checks.push({ path: ['registration', ...check.path], message: check.message });
  // The person whose e-mail signs you up is the one to ask, when the letter names no other contact.
  const replyTo = people.people.find((p) => p.email && p.email === registration.registration?.email);
  if (replyTo && !people.people.some((p) => p.roles?.includes('contact'))) replyTo.roles = [...(replyTo.roles ?? []), 'contact'];
  if (programme.doubt) checks.push({ path: ['programme'], message: programme.doubt });

  // Contact details without a person's name belong to whoever sends the letter.
  const sender = organisers.sender ? { ...organisers.sender } : undefined;
  const holder = sender ?? organisers.organisers[0];
  if (people.contactDetails && holder) {
    holder.email ??= people.contactDetails.email;
    holder.phone ??= people.contactDetails.phone;
  }

  const event: DraftEvent = {
    id,
    language,
    title: title.title,
    timeZone: 'Europe/Copenhagen',
    start: timing.start,
    end: timing.end,
    ...(timing.endIsEstimate ? { endIsEstimate: true } : {}),
    ...(timing.timeNotStated ? { timeNotStated: true } : {}),
    ...(language === 'en' && writesTwelveHourClock(letter.text) ? { clock: '12h' as const } : {}),
    days: daysFound?.days.map((day) => ({
      date: day.date,
      start: day.start && formatClock(day.start),
      end: day.end && formatClock(day.end),
      title: day.title,
    })),
    sessions,
    venue,
    letterDate: letterDate?.date,
    sender,
    organisers: organisers.organisers.length > 0 ? organisers.organisers : undefined,
    audience: about.audience,
    people: people.people.length > 0 ? people.people.map(ordered) : undefined,
    purpose: about.purpose,
    focus: about.focus,
    background: about.background,
    ownTopics: about.ownTopics,
    programme: programme.items.length > 0 ? programme.items : undefined,
    practical: Object.keys(practical).length > 0 ? practical : undefined,
    registration: registration.registration,
    text: letter.text,
  };

  if (programme.items.length === 0) missing.push('programme');
  if (
    !registration.registration ||
    (registration.registration.required !== false &&
      !registration.registration.url &&
      !registration.registration.email &&
      !registration.registration.phone)
  ) {
    missing.push('how to sign up (link, e-mail or phone)');
  }
  if (registration.registration && registration.registration.required !== false && !registration.registration.deadline)
    missing.push('sign-up deadline');
  if (!people.people.some((p) => p.roles?.includes('contact')) && !people.contactDetails) missing.push('contact person');
  if (organisers.organisers.length === 0) missing.push('organisers');
  if (!letterDate) missing.push('letter date');
  for (const key of ['audience', 'purpose', 'focus'] as const) if (!about[key]) missing.push(key);
  const absent = TOPIC_ORDER.filter((topic) => !practical[topic]);
  if (absent.length > 0) missing.push(`practical: ${absent.join(', ')}`);
  return { event, checks, missing };
}
