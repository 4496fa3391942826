/**
 * Speakers named in running sentences, as letters without a programme write them: "… hvor formanden for udvalget,
 * Hans Lund, byder velkommen", "Derefter gennemgår arkitekt Eva Berg fra Tegnestuen Nord planen", "Først vil skolechef
 * Ida Bro fra Vestby Kommune fortælle om …", "… de to skoleledere, Ole Bak fra Nordskolen og Eva Lund fra Sydskolen,
 * gennemgå …", "Our CEO Ole Bak opens the day", "This time our speaker is Dr. Ida Storm". Only where the sentence says
 * the person speaks, and not of another occasion ("The next session … when Dr. Ole Bak will speak about …").
 */
import type { PersonRole } from '../schema';
import { findDates } from './dates';
import type { Letter } from './letter';
import { findNames, leading, looksLikeOrganisation } from './names';

export interface ProseSpeaker {
  name: string;
  title?: string;
  organisation?: string;
  roles: PersonRole[];
}

/** Saying something from the stage, right after the speaker's name (or with the modal before it: "vil X fortælle"). */
const SPEAKS =
  '(?:fortæller|fortælle|gennemgår|gennemgå|præsenterer|præsentere|taler|tale|indleder|indlede|' +
  '(?:holder|holde|giver|give)\\s+(?:et\\s+|en\\s+|sit\\s+|sin\\s+|dagens\\s+|aftenens\\s+)?(?:kort\\s+)?(?:oplæg|tale|foredrag|indlæg|introduktion)|' +
  '(?:byder|byde)\\s+(?:os\\s+|jer\\s+|alle\\s+)?velkommen|siger\\s+(?:et par ord|velkommen)|' +
  '(?:åbner|åbne)\\s+(?:mødet|dagen|aftenen|konferencen|arrangementet|seminaret)|' +
  'speaks?|speaking|talks?\\s+(?:about|on)|talk\\s+(?:about|on)|talking|presents?|presenting|introduces?|' +
  '(?:gives?|giving)\\s+(?:a|the|an|this|our)\\s+(?:\\p{Ll}+\\s+)?(?:talk|keynote|presentation|lecture|speech|introduction|address)|' +
  '(?:opens?|opening)\\s+(?:the\\s+)?(?:day|meeting|evening|conference|event|session|seminar)|' +
  'welcomes?\\s+(?:everyone|you|us|all)|(?:walks?|take|takes)\\s+(?:us|you)\\s+through)';
const MODAL =
  '(?:(?:will|shall|is going to|is|are|vil|skal|kommer og|kommer for at)\\s+)?(?:(?:kort|også|briefly|also|first|then|så)\\s+)?';
/** After the name (and where they are from): ", who will give a talk", " fortæller om", ", byder velkommen". */
const SPEAKS_AFTER = new RegExp(`^\\s*,?\\s*(?:(?:who|som|der)\\s+)?${MODAL}${SPEAKS}(?![\\p{L}])`, 'iu');
/** Before the name and its title, the verb first (Danish word order): "Derefter gennemgår arkitekt …". */
const SPEAKS_BEFORE =
  /(?<![\p{L}])(?:fortæller|gennemgår|præsenterer|taler|indleder|holder\s+(?:et\s+|sit\s+)?(?:kort\s+)?(?:oplæg|foredrag|indlæg))\s+$/iu;
/**
 * What the sentence calls them before the name: "This time our speaker is", "Aftenens oplægsholder er". A label
 * ("Speaker: …") is left to the programme, whose lines it heads.
 */
const SPEAKER_BEFORE =
  /(?<![\p{L}])(?:our|the|vores|dagens|aftenens|this year's)\s+(?:speaker|keynote(?:\s+speaker)?|guest speaker|oplægsholder|foredragsholder|gæstetaler|taler)\s*(?:(?:this time|today|tonight|this year|i dag|i aften|i år|denne gang)\s+)?(?:er|is|bliver|will be)\s*$/iu;

/** A word of title or honorific between such words and the name: "arkitekt", "Dr.", "Associate Professor". */
// Not a word that joins ("tale med Ida Storm", "speak to Ida Storm" is talking with her, not from the stage).
const TITLE_WORD_BEFORE =
  /(?<![\p{L}])(?:(?!(?:med|with|til|to|for|af|by|og|and|om|about|på|on|fra|from|hos|ved|at|i|in|eller|or)\s)\p{Ll}[\p{Ll}-]+|(?:Dr|Prof|Professor|Associate|Assistant|Senior|Mr|Mrs|Ms|Lektor|Adjunkt)\.?)\s+$/u;

/** "fra Nordskolen og Eva Lund …": where the speaker is from, up to the next person named. */
function organisationAfter(text: string): string | undefined {
  const organisation = FROM_ORGANISATION.exec(text)?.[1];
  if (!organisation) return undefined;
  const next = findNames(organisation).find((span) => span.index > 0 && /\s(?:og|and|&)\s+$/u.test(organisation.slice(0, span.index)));
  return next ? organisation.slice(0, next.index).replace(/\s+(?:og|and|&)\s+$/u, '') : organisation;
}
/** Where the speaker is from, right after the name: "fra Vestby Kommune", "from Fjordlys Consulting". */
const FROM_ORGANISATION =
  /^\s+(?:fra|from|of)\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:og|and|for|of|i|&|the|de)\s+)?\p{Lu}[\p{L}'’&.-]*)*)/u;
/** Names listed together: "Ole Bak fra Nordskolen og Eva Lund", "Ole Bak, Eva Lund and Ida Bro". */
const LIST_JOIN = /^\s*(?:,\s*(?:og|and|&)?|og|and|&)\s*(?:\p{Ll}[\p{Ll}-]+\s+)?$/iu;
/** Another occasion: "the next session", "næste gang", "last year". */
const OTHER_OCCASION =
  /(?<![\p{L}])(?:next|last|previous|upcoming|næste|sidste|forrige)\s+(?:session|meeting|seminar|time|year|gang|møde|år|seminar|arrangement|gathering)/iu;

/** Dates in the sentence that are none of the meeting's days: it speaks of another day. */
function otherDay(text: string, days: readonly string[]): boolean {
  const mentioned = findDates(text);
  if (mentioned.length === 0 || days.length === 0) return false;
  const monthDays = new Set(days.map((day) => day.slice(5)));
  const pad = (n: number) => String(n).padStart(2, '0');
  return !mentioned.some((mention) => monthDays.has(`${pad(mention.date.month)}-${pad(mention.date.day)}`));
}

const HONORIFIC_ONLY = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?$/;

export function proseSpeakers(letter: Letter, skip: Set<number>, days: readonly string[] = []): ProseSpeaker[] {
  const found: ProseSpeaker[] = [];
  for (const sentence of letter.sentences) {
    const text = sentence.text;
    if (skip.has(sentence.line) || OTHER_OCCASION.test(text) || otherDay(text, days)) continue;
    const names = findNames(text).filter((span) => !looksLikeOrganisation(span.name));
    // Groups of names listed together; each group shares what the sentence says of its last one.
    const groups: Array<typeof names> = [];
    for (const name of names) {
      const group = groups[groups.length - 1];
      const previous = group?.[group.length - 1];
      const between = previous ? text.slice(previous.end, name.index).replace(FROM_ORGANISATION, '') : '';
      if (previous && LIST_JOIN.test(between)) group.push(name);
      else groups.push([name]);
    }
    for (const group of groups) {
      const first = group[0]!;
      const last = group[group.length - 1]!;
      const after = text.slice(last.end).replace(FROM_ORGANISATION, '');
      // The words before the name, without up to three words of title ("gennemgår arkitekt", "is Dr.") or a comma.
      const befores = [text.slice(0, first.index)];
      for (let words = 0; words < 3; words++) {
        const shorter = befores[befores.length - 1]!.replace(TITLE_WORD_BEFORE, '');
        if (shorter === befores[befores.length - 1]) break;
        befores.push(shorter);
      }
      const said = befores.some(
        (before) => SPEAKS_BEFORE.test(before) || SPEAKER_BEFORE.test(before) || SPEAKER_BEFORE.test(before.replace(/,\s*$/, '')),
      );
      if (!said && !SPEAKS_AFTER.test(after)) continue;
      for (const name of group) {
        // "Dr." alone says little of what they are; a sentence about them may say more (see describedInProse).
        const said = leading(text.slice(0, name.index));
        const title = said && !HONORIFIC_ONLY.test(said) && !SPEAKER_BEFORE.test(said) ? said : undefined;
        const organisation = organisationAfter(text.slice(name.end));
        found.push({ name: name.name, title, organisation, roles: ['speaker'] });
      }
    }
  }
  return found;
}

/**
 * "Ida Storm is Associate Professor of History at the University of Vestby, where …", "Ole Bak er lektor i dansk ved
 * Vestby Gymnasium": what a person the letter names elsewhere is, and where, from the sentence that starts with their
 * full name. Only for people already found, and only what they lack.
 */
export function describedInProse(letter: Letter, people: Array<{ name: string; title?: unknown; organisation?: unknown }>): void {
  for (const sentence of letter.sentences) {
    // "About the speaker" / "Ida Storm is …": a heading on the line above is read into the sentence.
    const heading = letter.lines[sentence.line]?.text.trim() ?? '';
    const starts = (name: string) =>
      sentence.text.startsWith(`${name} `) ||
      (heading !== '' && sentence.text.startsWith(`${heading} ${name} `) && !/[.!?:]$/.test(heading));
    const person = people.find((p) => starts(p.name));
    if (!person || (person.title && person.organisation)) continue;
    const at = sentence.text.indexOf(`${person.name} `) + person.name.length;
    const match = BIOGRAPHY.exec(sentence.text.slice(at));
    if (!match) continue;
    const title = match[1]!.trim();
    const organisation = ownOrganisation(match[2]!);
    if (title.split(/\s+/).length > 8 || !organisation) continue;
    person.title ??= title;
    person.organisation ??= organisation;
  }
}

/** " is Associate Professor of History at the University of …", " er lektor i dansk ved Vestby Gymnasium". */
const BIOGRAPHY =
  /^\s+(?:is|er|works as|arbejder som)\s+(?:an?\s+|en\s+|et\s+)?((?:\p{Lu}|\p{Ll})[\p{L}-]*(?:\s+(?!at\s|ved\s|på\s|hos\s)[\p{L}-]+){0,7}?)\s+(?:at|ved|på|hos)\s+((?:the\s+)?\p{Lu}.*)$/u;

/** The organisation's own words at the start of a phrase: "University of Bergen, where she leads …" → "University of Bergen". */
function ownOrganisation(text: string): string | undefined {
  const run = /^(?:the\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:og|and|for|of|i|&|the|de)\s+)?\p{Lu}[\p{L}'’&.-]*)*)/u.exec(text)?.[1];
  return run && (looksLikeOrganisation(run) || run.split(/\s+/).length >= 2) ? run : undefined;
}
