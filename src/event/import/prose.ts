/**
 * A programme written as running text, as e-mails do: "Jeg lægger ud med en kort status …, og derefter får vi besøg
 * af Ole Bruun … Han er på fra ca. 13.20 … Efter kaffepausen kl. 14.30 går vi ud i grupper … Til sidst samler
 * vi op …". Each step is a clause that says what comes next (a word of sequence) or gives a time within the
 * meeting; it keeps the letter's own words as its title, the time written in it, and the people it names.
 */
import { findDates, findTimes, formatClock, minutesOf, type ClockTime } from './dates';
import type { Letter } from './letter';
import { capitalise } from './letter';
import { findNames, parsePeople } from './names';
import type { ProgrammeFound, ProgrammeItemInput } from './types';
import { GREETING } from './venue';
import type { MeetingTime } from './when';

/**
 * Words that start the next step of a meeting; not "Efter et års byggeri …", "After two years of work …", which count
 * time before the meeting.
 */
const SEQUENCE =
  /^(?:(?:og|and|så|men)\s+)?(?:derefter|bagefter|herefter|dernæst|til sidst|til slut|afslutningsvis|først|efter\s+(?!(?:en|et|én|to|tre|fire|fem|seks|nogle|flere|mange|lang)\s)\p{L}+|vi (?:starter|begynder|lægger ud) med|jeg (?:lægger ud|starter|begynder|indleder)|then|afterwards|next|finally|to finish|first|after\s+(?:the\s+)?(?!(?:a|an|one|two|three|four|five|six|some|several|many|years?|months?|weeks?)\s)\p{L}+|we (?:start|begin|open) with|i(?:'ll| will) (?:start|open|begin))(?![\p{L}])/iu;
/** A clause that only says when the meeting starts or ends, or when to come. */
const START_OR_END =
  /(?<![\p{L}])(?:starter præcis|starter kl|begynder kl|slutter|sluttes|ender|ends?|finish(?:es)?|starts? at|begins? at|kom gerne|arrive|dørene|doors)(?![\p{L}])/iu;
/** A sentence about signing up, deadlines or practical matters, which is no step. */
const NOT_A_STEP =
  /(?<![\p{L}])(?:tilmeld\p{L}*|register\p{L}*|registration|senest|deadline|parkering|parking|optaget|recorded|slides|intranet\p{L}*|allergi\p{L}*)(?![\p{L}])/iu;
/** A sentence that goes on about the step before: "Han er på fra ca. 13.20 med oplægget …". */
const PRONOUN = /^(?:han|hun|de|det|dette|he|she|they|this|it)\s/i;
/** "Efter kaffepausen kl. 14.30 går vi ud i grupper": the break at 14.30, then the groups. */
const AFTER_TIMED =
  /^(?:(?:og|and)\s+)?(efter|after)\s+(?:the\s+)?(\p{L}+)\s+(?:kl\.?\s*|klokken\s+|at\s+)?(\d{1,2}[.:]\d{2})\s*,?\s+(.+)$/iu;

/** "med oplægget "Barnet i centrum"", "with the talk "…"", "titled "…"": a step's own title, quoted in its sentences. */
const QUOTED_TITLE =
  /(?<![\p{L}])(?:oplæg\p{L}*|indlæg\p{L}*|foredrag\p{L}*|talk|presentation|keynote|lecture|titl\p{L}*|overskrift\p{L}*|kaldet|called|entitled)\s*:?\s*[“„"«]([^“”„"«»\n]{4,120})[”“"»]/iu;

interface Step {
  title: string;
  /** Titled by its block's heading: who leads it is named in its sentence, the description's first. */
  headed?: boolean;
  start?: ClockTime;
  description: string[];
  block: number;
}

/** Clauses of a sentence: "…, og derefter får vi besøg af …" is two steps. */
function clauses(sentence: string): string[] {
  return sentence
    .split(/,\s+(?=(?:og\s+|and\s+)?(?:derefter|bagefter|herefter|dernæst|then|afterwards)\s)|;\s+/i)
    .map((clause) => clause.trim());
}

const withinMeeting = (time: ClockTime, meeting: MeetingTime): boolean =>
  meeting.start !== undefined &&
  minutesOf(time) >= minutesOf(meeting.start) &&
  (meeting.end === undefined || minutesOf(time) < minutesOf(meeting.end));

/** The time a clause gives for its step, if it lies within the meeting. */
function timeOf(text: string, meeting: MeetingTime): ClockTime | undefined {
  if (findDates(text).length > 0) return undefined;
  return findTimes(text)
    .map((time) => time.from)
    .find((time) => withinMeeting(time, meeting));
}

function tidyTitle(text: string): string {
  return capitalise(
    text
      .replace(/^[-•*]\s+/, '')
      .replace(/^(?:og|and)\s+/i, '')
      .replace(/[.!]$/, '')
      .trim(),
  );
}

/** The body of the letter: after the salutation ("Kære alle,") and before the closing greeting. */
function body(letter: Letter): { from: number; to: number } {
  const salutation = letter.lines.find((line) => /^(kære|dear|hej|hi|hello)\b.*,$/i.test(line.text));
  const closing = letter.lines.find((line) => GREETING.test(line.text) && line.index > (salutation?.index ?? -1));
  return { from: salutation ? salutation.index + 1 : 0, to: closing ? closing.index : letter.lines.length };
}

/** A heading over running text: a few words with a capital and no full stop, colon or comma at the end. */
const HEADING_LINE = /^(?=.{3,50}$)\p{Lu}[^.!?:;,]*[^\s.!?:;,]$/u;

/** The heading of a sentence's block, when the block's first line is one and the text runs on under it. */
function headingOf(letter: Letter, sentence: Letter['sentences'][number]): string | undefined {
  const block = letter.blocks[sentence.block];
  const first = block?.lines[0]?.text;
  if (!block || !first || block.lines.length < 2 || !HEADING_LINE.test(first)) return undefined;
  return block.text.startsWith(`${first} `) ? first : undefined;
}

/** `skip`: lines that are no steps, as a session's own date and time ("HOLD 1" / "Tid: kl. 8.30–15.00"). */
export function proseProgramme(
  letter: Letter,
  meeting: MeetingTime,
  skip?: Set<number>,
): Pick<ProgrammeFound, 'items' | 'people' | 'doubt'> {
  const { from, to } = body(letter);
  const steps: Step[] = [];
  for (const sentence of letter.sentences) {
    if (sentence.line < from || sentence.line >= to || skip?.has(sentence.line)) continue;
    const previous = steps[steps.length - 1];
    if (PRONOUN.test(sentence.text) && previous && previous.block === sentence.block) {
      previous.description.push(sentence.text);
      previous.start ??= timeOf(sentence.text, meeting);
      continue;
    }
    let isStep = false;
    for (const clause of clauses(sentence.text)) {
      if (NOT_A_STEP.test(clause) || (START_OR_END.test(clause) && !SEQUENCE.test(clause))) continue;
      const time = timeOf(clause, meeting);
      if (!SEQUENCE.test(clause) && !time) continue;
      const after = AFTER_TIMED.exec(clause);
      if (after && time) {
        steps.push({ title: capitalise(after[2]!), start: time, description: [], block: sentence.block });
        // The step after the break, in the letter's words without the break's time.
        const rest = clause.replace(/\s+(?:kl\.?\s*|klokken\s+|at\s+)?\d{1,2}[.:]\d{2}\s*,?\s*/, ' ');
        steps.push({ title: tidyTitle(rest), description: [], block: sentence.block });
      } else {
        // "Rundvisninger på pladsen" / "Vores medarbejdere viser rundt kl. 10.30 …": the block's heading is what the
        // step is called, its sentence what it is.
        const heading = steps.some((step) => step.block === sentence.block) ? undefined : headingOf(letter, sentence);
        const rest = heading && clause.startsWith(`${heading} `) ? clause.slice(heading.length).trim() : clause;
        if (heading && rest !== '')
          steps.push({ title: heading, headed: true, start: time, description: [capitalise(rest)], block: sentence.block });
        else steps.push({ title: tidyTitle(clause), start: time, description: [], block: sentence.block });
      }
      isStep = true;
    }
    // A sentence without a step of its own says more about the step before it in the same paragraph.
    if (!isStep && previous && previous.block === sentence.block && !NOT_A_STEP.test(sentence.text) && !START_OR_END.test(sentence.text)) {
      previous.description.push(sentence.text);
    }
  }
  if (steps.length < 3 || !steps.some((step) => step.start)) return { items: [], people: [] };
  const people: ProgrammeFound['people'] = [];
  const items = steps.map((step): ProgrammeItemInput => {
    const item: ProgrammeItemInput = { title: step.title };
    if (step.start) item.start = formatClock(step.start);
    const said = step.headed ? (step.description[0] ?? '') : step.title;
    const named = findNames(said);
    if (named.length > 0) {
      // "Ole Bruun, som er selvstændig konsulent …": the name with what the letter says they are.
      const first = named[0]!;
      const what = /^,?\s*(?:som er|who is|,)\s*([^,.;]+)/iu.exec(said.slice(first.end))?.[1]?.trim();
      item.by = what ? `${first.name}, ${what}` : first.name;
      item.people = named.map((span) => span.name);
      for (const person of parsePeople(item.by)) people.push({ ...person, title: person.title ?? what, role: person.role ?? 'speaker' });
    }
    // The sentence stays as the description: the title is what the letter calls the talk.
    const quoted = QUOTED_TITLE.exec([step.title, ...step.description].join(' '));
    if (quoted) item.title = capitalise(quoted[1]!.trim());
    const description = quoted ? [`${step.title}.`, ...step.description] : step.description;
    if (description.length > 0) item.description = description.join(' ');
    const { start, title, ...rest } = item;
    return { start, title, ...rest };
  });
  return { items, people, doubt: 'the letter writes its programme as running text; these items are its sentences, in order' };
}
