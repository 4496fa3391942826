/**
 * The meeting's name and the event id made from it. Letters give the name as a heading, a bold line, an
 * "Invitation til …" line, a line in capitals, the line before the date, an e-mail subject, or only in running
 * text ("… inviterer alle over 60 til kaffemøde tirsdag …").
 */
import { findDates, findTimes } from './dates';
import type { Letter, Line } from './letter';
import { blockOfLine, capitalise } from './letter';
import { looksLikeOrganisation } from './names';
import { GREETING_START } from './venue';
import { escapeRegExp } from '../../util/regExp';

export interface TitleFound {
  title: string;
  /** Why the title is only a guess, for a `# CHECK:` comment. */
  doubt?: string;
}

const WEEKDAY_WORDS =
  /(?<![\p{L}])(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|den)(?![\p{L}])/giu;

/** Headings that name a part of the letter, not the meeting. */
export const SECTION_WORDS =
  /^(program(me)?|dagsorden|agenda|tilmelding|registration|sign[- ]?up|praktisk(e)?( information| oplysninger)?|practical( information| details)?|kontakt|contact|sted|venue|location|adresse|address|tid og sted|time and place|baggrund|background|formål|purpose|pris|fee|om (mødet|arrangementet)|about)\s*:?$/i;

/** A forwarded or answered mail's marks before a subject: "VS:", "SV:", "Fwd:", "WG:". */
/** "Emne:", "Subject:", "Emne / Subject:": an e-mail's subject line. */
const SUBJECT_LABEL = /^\**(?:emne|subject)(?:\s*\/\s*(?:emne|subject))?\s*:\**\s*/i;

/** "🎉 SOMMERFEST 2030 🎉": pictures around a name are no part of it. */
const PICTURES = /^[\p{Extended_Pictographic}\uFE0F\u200D\s]+|[\p{Extended_Pictographic}\uFE0F\u200D\s]+$/gu;

const FORWARD_MARKS = /^(?:(?:vs|sv|re|fwd?|wg|aw)\s*:\s*)+/i;

const INVITATION_PREFIX = /^(?:(?:emne|subject|re|fwd?)\s*:\s*)?(?:invitation|indbydelse|save the date)\s*(?:til|to|:|–|-)\s*/i;

/**
 * The sentence that calls the meeting before naming it: "Hermed indkaldes til ordinær generalforsamling …",
 * "Vi har hermed fornøjelsen at invitere jer til politisk møde", "Bestyrelsen indkalder hermed til …".
 */
const CALLED_TO =
  /^(?:[\p{L}\s,]{0,60}?\s)?(?:indkaldes|indkalder|inviteres|inviterer|invitere|indbyder|indbydes)\s+(?:hermed\s+|herved\s+)?(?:(?:jer|dem|dig|alle|you)\s+)?(?:hermed\s+)?til\s+(?=\p{L})/iu;

/** "Invitation til regionalt politisk møde den 30. oktober kl. 17" → "Regionalt politisk møde". */
export function cleanTitle(text: string): string {
  let title = text
    .replace(SUBJECT_LABEL, '')
    .replace(FORWARD_MARKS, '')
    .replace(PICTURES, '')
    .replace(INVITATION_PREFIX, '')
    .replace(CALLED_TO, '')
    // "Firmaløbet 2030 – løb med dine kolleger!", "… – sæt kryds i kalenderen!": a cheer after the name.
    .replace(/(?<=\p{L}.*\p{L}{3}.*)\s+[–—-]\s+[^–—]*!+\s*$/u, '')
    // "Kursus i brandsikkerhed 2030 – tilmelding": a part of the letter named after the meeting's name.
    .replace(/\s+[–—-]\s+([^–—]+)$/u, (tail, part: string) => (SECTION_WORDS.test(part.trim()) ? '' : tail))
    .replace(PICTURES, '');
  const firstWhen = [...findDates(title), ...findTimes(title)].map((m) => m.index).sort((a, b) => a - b)[0];
  if (firstWhen !== undefined && firstWhen > 3) title = title.slice(0, firstWhen);
  title = title
    .replace(/\s+(?:(?:den|d\.|on|the)\s*)?$/i, '')
    .replace(
      /\s+(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|man|tirs|ons|tors|fre|lør|søn|mon|tue|wed|thu|fri|sat|sun)\.?$/i,
      '',
    )
    .replace(/[\s,:;·–—([-]+$/, '')
    .trim();
  // Quotes around the whole title go; a quoted name after a label stays whole ('TEMADAG: "Fællesskab mod ensomhed"').
  title = /^["“„'][^"“”„]*["”']$/.test(title) ? title.slice(1, -1).trim() : title;
  // A label in capitals before the name: "TEMADAG: …" → "Temadag: …".
  title = title.replace(/^(\p{Lu}{3,})(?=:\s)/u, (label) => capitalise(label.toLowerCase()));
  return capitalise(title);
}

/** A label of one of a meeting's parts, groups or days, with its number or letter. */
const PART_LABEL =
  /^(?:hold|team|gruppe|group|session|modul|module|dag|day|aften|evening|del|part|runde|round|spor|track)\s+(?:\d{1,2}|[A-H])(?![\p{L}\d])(?:\s*\([^()]*\))?\s*$/iu;

/**
 * The first line of a paragraph that runs on into the next line in lower case ("Så er det igen tid til … og en
 * god" / "frokost. Vi håber …"): a sentence of the letter, not a title.
 */
function runsOn(letter: Letter, line: Line): boolean {
  const next = letter.lines[line.index + 1];
  return (
    next !== undefined &&
    !next.blank &&
    /^\p{Ll}/u.test(next.text) &&
    !/[.!?:]$/.test(line.text) &&
    // "KLIMATILPASNING I PRAKSIS" / "onsdag den 26. maj …": the date under a title, not the rest of its sentence.
    findDates(next.text).length === 0 &&
    findTimes(next.text).length === 0
  );
}

function isTitleLike(line: Line | undefined): line is Line {
  // A table's row ("| Nr. | Dato | Tid |") is no title, whatever its first cell says.
  if (!line || line.blank || line.furniture || line.cells) return false;
  const text = line.text;
  if (text.length < 3 || text.length > 110 || /[.:]$/.test(text) || /^(til|to|dato|date|kære|dear|hej|hi|fra|from)\b/i.test(text))
    return false;
  if (SECTION_WORDS.test(text) || /@|https?:\/\/|www\./i.test(text)) return false;
  // "1. Valg af dirigent", "- Kaffe og kage": an item of a list, not the meeting's name.
  if (/^(?:\d{1,2}[.)]\s|[-•*▪]\s)/.test(text)) return false;
  // "Venlig hilsen", "Sportslig hilsen", "Kind regards": the letter's closing.
  if (GREETING_START.test(text)) return false;
  // "HOLD 1 (Team Nord)", "Session 2", "Dag 1 – mandag": one of the meeting's parts or groups, not its name.
  if (PART_LABEL.test(text)) return false;
  // "Region Vest · Intranettet · Nyheder": a breadcrumb or a letterhead's parts.
  if ((text.match(/\s[·›»>|]\s/g) ?? []).length >= 2) return false;
  // "Tirsdag d. 13. april": a date alone names no meeting.
  const undated = [...findDates(text), ...findTimes(text)]
    .sort((a, b) => b.index - a.index)
    .reduce((rest, m) => rest.slice(0, m.index) + rest.slice(m.index + m.text.length), text);
  if (!/\p{L}{3}/u.test(undated.replace(WEEKDAY_WORDS, ''))) return false;
  // "English version", "Dansk version": the heading of a translation.
  if (/^(?:english|danish|dansk|engelsk)\s+(?:version|udgave|tekst|text)$/i.test(text)) return false;
  // "Håber I har haft en god sommer 😉", "Hope you all had a good summer": a chatty mail's small talk, no name.
  if (/^(?:(?:jeg|vi)\s+)?(?:håber|hope|(?:i|we)\s+hope|tak for|thanks|thank you|godt nytår|happy new year)(?![\p{L}])/iu.test(text))
    return false;
  if (/\b(inviterer|invites|inviter|invite you)\b/i.test(text)) return false;
  // "Høringsmødet afholdes", "The meeting takes place": the start of a sentence that gives the date.
  if (/(?<![\p{L}])(afholdes|holdes|foregår|finder sted|takes place|will be held|is held)$/iu.test(text)) return false;
  // "– for frivillige, foreninger …": a subtitle that says who it is for.
  if (/^[–—-]\s/.test(text)) return false;
  const withoutWhen = cleanTitle(text);
  return /\p{L}{3}/u.test(withoutWhen);
}

/**
 * A title written in capitals, in the letter's own spelling where it writes the same words in running text
 * ("NORDIC EDUCATION FORUM 2027" → "Nordic Education Forum 2027"); otherwise sentence case.
 */
export function recase(title: string, letter: Letter, language: 'da' | 'en', own?: number): { text: string; sure: boolean } {
  // The title's own line is no running text, even when a cheer in lower case follows the name on it.
  const running = letter.lines.filter((line) => !line.allCaps && line.index !== own).map((line) => line.text);
  const phrase = new RegExp(escapeRegExp(title).replace(/\s+/g, '\\s+'), 'i');
  for (const text of running) {
    const found = phrase.exec(text);
    if (found && found[0] !== found[0].toUpperCase()) return { text: capitalise(found[0]), sure: true };
  }
  let sure = true;
  const words = title.split(/\s+/).map((word, position) => {
    if (!/\p{L}/u.test(word)) return word;
    const spellings = running.flatMap((text) =>
      [...text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'giu'))]
        .filter((m) => m.index > 0 && !/[.!?]\s*$/.test(text.slice(0, m.index)))
        .map((m) => m[0]),
    );
    if (spellings.length > 0) {
      const counts = new Map<string, number>();
      for (const spelling of spellings) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
      const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      return position === 0 ? capitalise(best) : best;
    }
    if (word.length <= 4 && letter.lines.every((line) => line.allCaps || !new RegExp(word, 'i').test(line.text))) return word; // an acronym
    sure = false;
    const lower = word.toLowerCase();
    // 'KURSUS "GODT I GANG"': a quoted name starts with a capital too.
    return position === 0 || language === 'en' || /^["“„'«]/.test(word)
      ? capitalise(lower.replace(/^(["“„'«]+)(.)/, (_m, quote: string, first: string) => quote + first.toUpperCase()))
      : lower;
  });
  return { text: words.join(' '), sure };
}

/** Letters in capitals only, four or more of them: "SOMMERFEST OG SPORTSDAG 2030". */
function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function titleFrom(line: Line, letter: Letter, language: 'da' | 'en'): TitleFound {
  const title = cleanTitle(line.text);
  if (!line.allCaps && !isCapitals(title)) return { title };
  const recased = recase(title, letter, language, line.index);
  return recased.sure
    ? { title: recased.text }
    : { title: recased.text, doubt: `the title is written in capitals in the letter ("${title}"); check its spelling` };
}

/** The lines just before the meeting's date line that name it: the first of its block, or of the block before. */
function titleBeforeDate(letter: Letter, dateLine: number): Line | undefined {
  const block = blockOfLine(letter, dateLine);
  if (!block) return undefined;
  const before = block.lines.filter((line) => line.index < dateLine);
  if (before.length > 0 && before.length <= 3) return isTitleLike(before[0]) && !runsOn(letter, before[0]) ? before[0] : undefined;
  let previous = letter.blocks[block.index - 1];
  // "– for frivillige, …" under the title: a subtitle between the title and the date.
  if (previous && /^[–—-]\s/.test(previous.text) && previous.lines.length <= 2) previous = letter.blocks[previous.index - 1];
  if (!previous || previous.lines.length > 3 || previous.lines[previous.lines.length - 1]!.index < dateLine - 6)
    return titleAbovePlea(letter, block.index);
  // Two lines above the date, a tagline in capitals and the event's name: the name ("Coastal … Conference 2027").
  const named = previous.lines.find((line) => !line.allCaps && EVENT_KIND.test(line.text) && isTitleLike(line));
  if (named && previous.lines[0]!.allCaps && !EVENT_KIND.test(previous.lines[0]!.text)) return named;
  return isTitleLike(previous.lines[0]) && !runsOn(letter, previous.lines[0]) && previous.lines.every((line) => line.text.length <= 110)
    ? previous.lines[0]
    : titleAbovePlea(letter, block.index);
}

/** The greeting that opens a letter's body. */
const SALUTATION = /^(?:kære|dear|hej|hi|hello|goddag)(?![\p{L}])/iu;

/** Words that name a kind of meeting. */
export const EVENT_KIND =
  /(?<![\p{L}])(?:\p{L}*(?:møde|konference|conference|forum|temadag|seminar|workshop|internat|kursus|reception|festival|summit|symposium|webinar|årsmøde|generalforsamling)|\p{L}{3,}aften)(?![\p{L}])/iu;

/**
 * "Fordeling af haltider for sæsonen 2028" on a line of its own, then a paragraph that ends "Vi inviterer derfor til
 * fordelingsmøde", then the date: the line above the paragraph names the meeting.
 */
function titleAbovePlea(letter: Letter, dateBlock: number): Line | undefined {
  for (let index = dateBlock - 1, prose = 0; index >= 0 && prose <= 2; index--) {
    const candidate = letter.blocks[index]!;
    // A phrase ("Fordeling af haltider for …") or a kind of meeting, not a letterhead's name ("Region Vest").
    const phrase = /\s\p{Ll}/u.test(candidate.text) || EVENT_KIND.test(candidate.text);
    if (candidate.lines.length === 1 && isTitleLike(candidate.lines[0]) && phrase && candidate.text.split(/\s+/).length <= 12 && prose > 0)
      return candidate.lines[0];
    if (candidate.text.length < 80) return undefined;
    prose++;
  }
  return undefined;
}

/** "… inviterer alle over 60 til kaffemøde tirsdag den 13. april …" → "Kaffemøde". */
function titleFromInvitation(letter: Letter): string | undefined {
  for (const sentence of letter.sentences) {
    const match =
      /\b(?:inviterer|indbyder)\b.*?\btil\s+(?:et\s+|en\s+|the\s+|a\s+)?(.+)$/i.exec(sentence.text) ??
      /\binvites?\b.*?\bto\s+(?:an?\s+|the\s+)?(.+)$/i.exec(sentence.text) ??
      // "Så er det tid til årets generalforsamling igen!", "It's time for our annual meeting".
      /\b(?:tid til|time for)\s+(?:årets\s+|vores\s+|our\s+|the\s+|this year's\s+)?(.+?)(?:\s+(?:igen|again))?[!.]*$/i.exec(sentence.text);
    if (!match) continue;
    const rest = match[1]!;
    const when = [...findDates(rest), ...findTimes(rest)].map((m) => m.index).sort((a, b) => a - b)[0];
    let phrase = cleanTitle(rest.slice(0, when ?? rest.length).split(/[,.;:!?(]|\s+(?:i|på|at|in|on|hvor|where|kl\.?)\s+/i)[0]!);
    // "et dialogmøde med kommunernes trafikplanlæggere og andre …": the meeting, not whom it is with.
    if (phrase.split(/\s+/).length > 8) phrase = phrase.split(/\s+(?:med|with|for)\s+/i)[0]!;
    const words = phrase.split(/\s+/);
    if (words.length >= 1 && words.length <= 8 && /\p{L}{3}/u.test(phrase)) return capitalise(phrase);
  }
  return undefined;
}

/** "Politisk temamøde", "Temadag", "Borgermøde": a kind of meeting alone, which names no particular one. */
function onlyKind(title: string): boolean {
  const words = title.split(/\s+/);
  return words.length <= 2 && EVENT_KIND.test(words[words.length - 1]!) && !/\d/.test(title);
}

/**
 * "INVITATION TIL TEMADAG" / "Faldforebyggelse i hjemmeplejen": a kind of meeting on one line and its name on the
 * next; together they name it ("Temadag: Faldforebyggelse i hjemmeplejen").
 */
function withName(found: TitleFound, line: Line, letter: Letter, language: 'da' | 'en'): TitleFound {
  if (!onlyKind(found.title)) return found;
  const next = letter.lines.slice(line.index + 1, line.index + 3).find((other) => !other.blank);
  if (
    !next ||
    next.furniture ||
    next.cells ||
    !/^\p{Lu}/u.test(next.text) ||
    !isTitleLike(next) ||
    runsOn(letter, next) ||
    findDates(next.text).length > 0 ||
    findTimes(next.text).length > 0 ||
    onlyKind(cleanTitle(next.text)) ||
    /^[\p{L} ]+:/u.test(next.text) ||
    next.text.length > 90
  )
    return found;
  const name = titleFrom(next, letter, language);
  return { title: `${found.title}: ${name.title}`, ...(found.doubt || name.doubt ? { doubt: found.doubt ?? name.doubt } : {}) };
}

function titleOf(line: Line, letter: Letter, language: 'da' | 'en'): TitleFound {
  return withName(titleFrom(line, letter, language), line, letter, language);
}

export function findTitle(letter: Letter, dateLine: number, language: 'da' | 'en'): TitleFound {
  const found = titleLine(letter, dateLine, language);
  // "BORGERMØDE" above the date, "Emne: Invitation til borgermøde om ny legeplads …": the subject names it in full.
  const subject = letter.lines.find((line) => SUBJECT_LABEL.test(line.text));
  if (subject && onlyKind(found.title)) {
    const full = cleanTitle(subject.text);
    const kind = found.title.toLowerCase();
    if (full.toLowerCase().startsWith(`${kind} `) && full.length <= 100) return { title: full };
  }
  return found;
}

function titleLine(letter: Letter, dateLine: number, language: 'da' | 'en'): TitleFound {
  const content = letter.lines.filter((line) => !line.blank && !line.furniture);
  const heading = content.find((line) => line.heading > 0 && line.heading <= 2 && isTitleLike(line));
  if (heading) return titleOf(heading, letter, language);
  const beforeDate = titleBeforeDate(letter, dateLine);
  if (beforeDate) return titleOf(beforeDate, letter, language);
  const invitation = content.find((line) => /^(invitation|indbydelse)\s+(til|to)\s+\S/i.test(line.text) && isTitleLike(line));
  if (invitation) return titleOf(invitation, letter, language);
  // Below the salutation ("Kære medlemmer"), a line in capitals heads a part of the body ("OPSAMLING"), no title.
  const salutation = content.find((line) => SALUTATION.test(line.text));
  // "SOMMERFEST 2030 – vi ses i Vestby!": the name in capitals, a cheer after it.
  const inCapitals = (line: Line): boolean => line.allCaps || (line.text.length > 0 && isCapitals(cleanTitle(line.text)));
  const capitals = content.slice(0, 10).find(
    (line) =>
      inCapitals(line) &&
      isTitleLike(line) &&
      (!salutation || line.index < salutation.index) &&
      // "VESTBY KOMMUNE", "FRIVILLIGCENTER VESTBY": a letterhead names who writes, not the meeting.
      !(looksLikeOrganisation(cleanTitle(line.text)) && !EVENT_KIND.test(line.text)),
  );
  if (capitals) return titleOf(capitals, letter, language);
  const addressees = new Set(
    letter.blocks
      .filter((block) => /^(til|to)\s*:?$/i.test(block.lines[0]!.text))
      .flatMap((block) => block.lines.map((line) => line.index)),
  );
  const bold = content.slice(0, 10).find((line) => line.bold && !addressees.has(line.index) && isTitleLike(line));
  if (bold) return titleFrom(bold, letter, language);
  const subject = content.find((line) => SUBJECT_LABEL.test(line.text));
  if (subject && cleanTitle(subject.text).length >= 3) {
    // "Partnermøde i Vestby / partner meeting in Vestby": a subject in two languages, the letter's first.
    const halves = cleanTitle(subject.text).split(/\s+\/\s+/);
    const title = halves.length === 2 && halves.every((half) => half.split(/\s+/).length >= 2) ? halves[0]! : cleanTitle(subject.text);
    // "SOMMERFEST 2030 i Vej og Park": a word shouted in the subject, in the letter's own spelling.
    const shouted = /^\p{Lu}{5,}(?![\p{L}])/u.test(title) ? recase(title, letter, language, subject.index).text : title;
    return { title: shouted, doubt: 'the title is taken from the e-mail subject' };
  }
  const invited = titleFromInvitation(letter);
  if (invited) return { title: invited, doubt: `the letter has no title line; "${invited}" is what it invites to` };
  const first = content.find((line) => isTitleLike(line) && !runsOn(letter, line)) ?? content[0]!;
  const title = cleanTitle(first.text).slice(0, 100) || first.text.slice(0, 100);
  return { title, doubt: 'the letter has no clear title; this is its first line' };
}

/** "Regionalt politisk møde i Region Vestjylland" + 2024 → "regionalt-politisk-moede-i-region-vestjylland-2024". */
export function eventId(title: string, year: string): string {
  const slug = title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const withYear = new RegExp(`(^|-)${year}(-|$)`).test(slug) ? slug : '';
  const room = withYear ? 60 : 60 - year.length - 1;
  let cut = slug;
  if (cut.length > room) {
    cut = cut.slice(0, room);
    const lastDash = cut.lastIndexOf('-');
    if (lastDash > room / 2) cut = cut.slice(0, lastDash);
    cut = cut.replace(/-+$/, '');
  }
  if (withYear && new RegExp(`(^|-)${year}(-|$)`).test(cut)) return cut || year;
  return [cut, year].filter(Boolean).join('-');
}
