/**
 * Practical matters, each as the letter's own words plus typed details the bot can use: when doors open, food,
 * parking, accessibility, taking part online, price, language, accommodation, dress code, getting there and
 * cancellation. A labelled paragraph ("Parkering: …", "Fee: …") is taken whole for its topic; otherwise the
 * sentences that speak of a topic are.
 */
import type { EventFileInput, PracticalTopic } from '../schema';
import { findUrls } from './contactDetails';
import { findTimes, formatClock } from './dates';
import { withoutNames } from './names';
import { blockOfLine, type Block, type Letter } from './letter';
import type { ProgrammeItemInput } from './programme';

type PracticalInput = NonNullable<EventFileInput['practical']>;
type FactInput = { text: string } & Record<string, unknown>;

interface Topic {
  /** Labels that head a paragraph about the topic ("Parkering:", "Getting there:"). */
  label: RegExp;
  /** Words that make a sentence about the topic. */
  cue: RegExp;
  /** Words that make a sentence about something else although it has a cue word. */
  avoid?: RegExp;
}

/** `\b` does not see æ, ø and å as letters, so word ends are written as look-arounds. */
const END = '(?![\\p{L}\\d])';
const START = '(?<![\\p{L}\\d])';
const words = (alternatives: string): RegExp => new RegExp(`${START}(?:${alternatives})${END}`, 'iu');

const TOPICS: Record<PracticalTopic, Topic> = {
  arrival: {
    label: /^(ankomst|arrival|check-?in|døre(ne)? åbner|doors open)$/i,
    cue: words(
      'kom (?:gerne )?(?:lidt )?før|kom i god tid|come (?:a little )?early|arrive early|døre(?:ne)? åbner|døren åbner|døre(?:n|ne)? åbnes|dørene er åbne|ankomst|mødet åbner|åbner kl\\.?|indskrivning|registrering(?:en)? (?:åbner|starter|fra)|doors open|doors will open|registration (?:opens|starts|from|desk opens)|arrival|check-?in|log(?:ge)? (?:på|ind) fra|linket (?:virker|åbner|er åbent)|(?:log|sign) (?:in|on) from|(?:the )?link (?:opens|works|is open)|(?:you can )?join from',
    ),
  },
  food: {
    label: /^(forplejning|mad|mad og drikke|kaffe|food|catering|food and drinks|refreshments|coffee|menu|menuen|menukort|dagens menu)$/i,
    cue: words(
      'kaffe|kage|te|frokost|middag|aftensmad|sandwich\\w*|forplejning|mad|drikkevarer|let anretning|morgenmad|morgenbrød|snacks?|frugt|lunch|coffee|tea|dinner|breakfast|refreshments|food|drinks|catering|buffet',
    ),
    avoid: words('hotel\\w*|overnatning|værelse\\w*|per night|pr\\.? nat|rooms?'),
  },
  parking: {
    label: /^(parkering|parking|p-pladser)$/i,
    cue: words('parkering\\w*|parkere|p-plads\\w*|p-hus\\w*|parking|car park|parkeringsplads\\w*'),
  },
  accessibility: {
    label: /^(tilgængelighed|accessibility|adgangsforhold|handicapadgang)$/i,
    cue: words(
      'tilgængelig\\w*|niveaufri|handicap\\w*|kørestol\\w*|rampe|elevator|teleslynge|wheelchair\\w*|accessible|accessibility|step-free|level access|hearing loop|induction loop|tegnsprog\\w*|sign language|livetekst\\w*|undertekst\\w*|captions?|subtitles?',
    ),
  },
  online: {
    label:
      /^(online|online deltagelse|online participation|participating online|deltag online|streaming|livestream|live stream|join online|kan du ikke komme\??)$/i,
    cue: words(
      'online|live-?stream\\w*|streame[std]?|streaming|transmitter\\w*|optages|optagelse\\w*|(?:bliver|blev|er|være) (?:ikke )?optaget(?! af)|recording|recorded|webinar|link til mødet|mødelink|meeting link|deltage virtuelt|join (?:us )?online|hybrid\\w*',
    ),
    avoid: words('tilmeld\\w*|register|registration|sign up'),
  },
  price: {
    label:
      /^(pris|priser|deltagerpris|deltagergebyr|deltagerbetaling|betaling|fee|fees|price|prices|cost|costs|conference fee|payment|(?:pris|priser|price|prices|fee|fees|cost) (?:og|and|&) (?:betaling|payment|fakturering|invoicing)|betaling og pris)$/i,
    cue: words(
      'gratis|pris(?:en)?|koster|gebyr\\w*|deltagerbetaling|deltagergebyr|kr\\.|dkk|eur|€|fee|price|cost|costs|free of charge|no charge|free to attend|free admission|uden beregning',
    ),
    // A membership fee, a proposal to change a fee, the vote it gives and a home's rent are agenda matters, not the
    // price of coming.
    avoid: words(
      'parkering\\w*|parking|afbud|afmelding|cancel\\w*|hotel\\w*|per night|pr\\.? nat|overnatning|single room|double room|\\w*værelse\\w* koster|room costs|\\w*kontingent\\w*|\\w*husleje\\w*|om måneden|pr\\.? måned|per month|a month|monthly|rent|membership fees?|annual fees?|årligt? gebyr|medlemsgebyr\\w*|propose[sd]?|proposal\\w*|foreslå\\w*|forslag\\w*|votes?|voting|stemme\\w*',
    ),
  },
  language: {
    label: /^(sprog|language|languages|conference language)$/i,
    cue: words(
      'foregår på (?:dansk|engelsk|svensk|norsk)|sprog(?:et)?|language|på engelsk|på dansk|in english|in danish|tolk\\w*|interpretation|interpreted',
    ),
  },
  accommodation: {
    label: /^(overnatning|hotel|hotelværelser|accommodation|hotels?)$/i,
    cue: words('overnatning\\w*|hotel\\w*|værelse\\w*|accommodation|booking ?code|bookingkode'),
    // "en 3-værelses bolig på 82 m²": a home's size, as a housing letter writes of rent, not a room for the night.
    avoid: words('\\d+-værelses|værelses|\\w*bolig\\w*|lejlighed\\w*|\\w*husleje\\w*|m²|kvm'),
  },
  dressCode: {
    label: /^(påklædning|dress ?code|dresscode|tøj)$/i,
    cue: words(
      'dress ?code|dresscode|påklædning|attire|smart casual|business casual|festtøj|praktisk tøj|udendørstøj|skiftesko|black tie|badetøj|gode sko|swimwear|comfortable shoes|walking shoes',
    ),
  },
  transport: {
    label:
      /^(transport|getting there|travel|venue and travel|how to get there|kørsel|vejvisning|sådan kommer du frem|find vej|rutevejledning|offentlig transport)$/i,
    cue: words(
      'offentlig transport|offentlige transportmidler|togstation|banegård\\w*|station|letbane\\w*|bus(?:sen|ser|serne)?|tog|gåafstand|minutes\\S? walk|walk from|train|tram|metro|public transport|kørevejledning|rutevejledning|shuttle|kørsel afregnes|kørepenge|befordringsgodtgørelse|mileage|travel expenses',
    ),
    avoid: words('hotel\\w*|overnatning|værelse\\w*'),
  },
  cancellation: {
    label: /^(afbud|afmelding|framelding|cancellation|cancellations|cancellation policy|refund)$/i,
    // "Tilmeldingen er bindende", "Kan jeres forening ikke deltage, så ring": what not coming costs or asks of you.
    cue: words(
      'afbud|afmeld\\w*|framelding|udeblivelse|cancel\\w*|refund\\w*|refusion|no-show|bindende|binding|meld(?:e|er)? fra|ikke kan deltage|kan(?:\\s+\\p{L}+){1,2}\\s+ikke deltage|can(?:not|.t) attend|unable to attend',
    ),
  },
};

/** Order in the draft and in the summary. */
export const TOPIC_ORDER: PracticalTopic[] = [
  'arrival',
  'food',
  'parking',
  'accessibility',
  'online',
  'price',
  'language',
  'accommodation',
  'dressCode',
  'transport',
  'cancellation',
];

/**
 * "Parkering: Der er gratis …" → label "Parkering", text "Der er gratis …"; also a short line of its own above the
 * text, as a column of facts writes it ("Fee (on-site)" / "EUR 195 …"), the brackets left out of the label.
 */
function labelled(text: string, block?: Block): { label: string; rest: string } | undefined {
  const first = block?.lines[0]?.text.replace(/^[-•*]\s+/, '');
  if (block && first && block.lines.length > 1 && first.length <= 30 && !/[.:;,!]$/.test(first) && first.split(/\s+/).length <= 4) {
    return { label: first.replace(/\s*\([^)]*\)\s*$/, '').trim(), rest: text.slice(text.indexOf(first) + first.length).trim() };
  }
  const match = /^([\p{L}][\p{L} '’-]{1,30}?)\s*[:?]\s+(.+)$/u.exec(text);
  return match ? { label: match[1]!.trim(), rest: match[2]!.trim() } : undefined;
}

/** A membership fee: what members pay each year, not what it costs to come. */
/**
 * "PRIZES / Winning team: DKK 10,000 …", "Byrådet har afsat 40 mio. kr.": a prize won or a sum of millions spent on
 * the matter is no price of coming.
 */
const NOT_A_PRICE = words(
  'prizes?|præmie\\w*|winning team|vinderholdet|runner-up|mio\\.|millioner|million|millions|mia\\.|milliarder|billion',
);

const ROOM_PRICE = words('per night|pr\\.? nat|single room|double room|enkeltværelse|dobbeltværelse');

const MEMBERSHIP_FEE = words('\\w*kontingent\\w*|membership fees?|annual fees?|medlemsgebyr\\w*|årligt? gebyr');

/** "gratis parkering", "free childcare": something else is free, not taking part. */
function freeSomethingElse(text: string): boolean {
  const free = [...text.matchAll(/(?<![\p{L}])(gratis|free)\s+(\p{L}+)/giu)];
  return (
    free.length > 0 &&
    free.every((m) => !/^(at|adgang|deltagelse|entré|for|og|and|of|to|admission|entry|participation|of charge|til)$/i.test(m[2]!))
  );
}

/** A meeting platform, by its capitalised name ("på tværs af teams" is no Teams meeting). */
const PLATFORM = /(?<![\p{L}])(?:Microsoft Teams|Teams|Zoom|Google Meet|Webex)(?![\p{L}])/u;

/** The lines of an online meeting's invitation block: how to join, meeting id, passcode and dial-in. */
const JOIN_DETAILS =
  /^(?:møde-?id|meeting id|adgangskode|passcode|password|kode|telefonkonference-?id|phone conference id|conference id|webinar id|deltag (?:på din computer|via telefon)|join (?:on your computer|by phone)|dial[- ]in)\b|^\+?\d[\d ]{6,},,/i;
const JOIN_LINK = /meetup-join|zoom\.us\/j\/|meet\.google\.com\/[a-z]|webex\.com\/meet|whereby\.com\//i;

function joinDetails(letter: Letter): { lines: string[]; url?: string } {
  const lines = letter.lines.filter((line) => JOIN_DETAILS.test(line.text)).map((line) => line.text.replace(/[.:]$/, ''));
  const url = letter.lines.flatMap((line) => findUrls(line.text).map((found) => found.value)).find((value) => JOIN_LINK.test(value));
  return { lines, url };
}

/** The typed details each topic's text yields. */
function details(topic: PracticalTopic, text: string): Record<string, unknown> {
  switch (topic) {
    case 'arrival': {
      // "Vi starter kl. 13.00, men der er kaffe fra 12.45": the earliest time is when to come.
      const time = findTimes(text).sort((a, b) => a.from.hour * 60 + a.from.minute - (b.from.hour * 60 + b.from.minute))[0];
      return time ? { time: formatClock(time.from) } : {};
    }
    case 'parking':
      if (/\b(gratis|free)\b/i.test(text) && !/\b(ikke gratis|not free)\b/i.test(text)) return { free: true };
      if (/\b(betal\w*|paid|koster|charge[sd]?|fee)\b/i.test(text)) return { free: false };
      return {};
    case 'accessibility': {
      const result: Record<string, unknown> = {};
      if (
        words(
          'niveaufri|kørestol\\w*|handicaptoilet\\w*|handicapvenlig\\w*|rampe|elevator|wheelchair\\w*|step-free|level access|accessible',
        ).test(text)
      ) {
        result.wheelchair = !/\b(ikke|not|no)\b[^.]{0,30}(tilgængelig|accessible|kørestol|wheelchair|elevator)/i.test(text);
      }
      if (words('teleslynge|hearing loop|induction loop').test(text))
        result.hearingLoop = !/\b(ingen|no|not)\b[^.]{0,20}(teleslynge|hearing loop|induction loop)/i.test(text);
      return result;
    }
    case 'online': {
      const result: Record<string, unknown> = {};
      const urls = findUrls(text).map((found) => found.value);
      const url = urls.find((u) => /teams|zoom|meet|webex|live|stream|watch|se-med/i.test(u)) ?? urls[0];
      if (url) result.url = url;
      if (words('live-?stream\\w*|streame[std]?|streaming|transmitter\\w*|live stream').test(text)) result.stream = true;
      // Recorded when any part is ("Oplæggene bliver optaget … Breakout-rummene bliver ikke optaget"); else not, if the letter says so.
      const negated = words(
        '(?:bliver|blev|er|vil) ikke (?:blive )?optaget|optages ikke|(?:will|is) not be(?:ing)? recorded|won.t be recorded|not recorded|no recording',
      );
      const positive = words('optages|optagelse\\w*|(?:bliver|blev|er|være) optaget(?! af)|recording|recorded');
      if (positive.test(text.replace(new RegExp(negated.source, 'giu'), ''))) result.recording = true;
      else if (negated.test(text)) result.recording = false;
      return result;
    }
    case 'price':
      return priceDetails(text);
    case 'language': {
      const names =
        text.match(
          /\b(dansk|engelsk|svensk|norsk|tysk|finsk|islandsk|English|Danish|Swedish|Norwegian|German|Finnish|Icelandic|skandinavisk|Scandinavian)\b/gi,
        ) ?? [];
      const unique = [...new Set(names.map((name) => name.toLowerCase()))].map((name) => names.find((n) => n.toLowerCase() === name)!);
      return unique.length > 0 ? { languages: unique } : {};
    }
    case 'accommodation': {
      const result: Record<string, unknown> = {};
      const hotel = /\b(Hotel\s+(?:\p{Lu}[\p{L}'’-]*\s?)+|(?:\p{Lu}[\p{L}'’-]*\s)+Hotel(?:let)?)\b/u.exec(text)?.[1]?.trim();
      if (hotel) result.hotel = hotel;
      const code = /\b(?:booking ?code|bookingkode|booking-kode|rabatkode|kode|code|reference)\s*:?\s*["“]?([A-Z0-9][A-Z0-9-]{2,})\b/i.exec(
        text,
      )?.[1];
      // "Book directly with the hotel …, quoting "NEF2027"": a code in quotes the booking is to name.
      const quoted =
        /(?<![\p{L}])(?:quoting|quote|mention(?:ing)?|oplys(?:e|er)?|angiv(?:e|er)?)\s+(?:the code\s+|koden\s+)?["“„]([A-Z0-9][A-Z0-9-]{2,})["”“]/u.exec(
          text,
        )?.[1];
      if (code && /\d|^[A-Z-]+$/.test(code)) result.bookingCode = code;
      else if (quoted && /\d/.test(quoted)) result.bookingCode = quoted;
      return result;
    }
    default:
      return {};
  }
}

/** Not coming, or cancelling late: what a fee for that is for. */
const NO_SHOW = words(
  "udebliv\\w*|udeblevne|no-?shows?|fail to (?:attend|show)|do not show|don't show|afbud\\w*|afmeld\\w*|late cancell?ations?|cancell?ations?",
);

/** "DKK 1,200 excl. VAT" → 1200 DKK; "1.200 kr." → 1200 DKK; "Det er gratis at deltage" → free. */
export function priceDetails(whole: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  if (
    words('gratis|free of charge|no charge|free to attend|free admission|uden beregning|ingen deltagerbetaling|is free|er gratis').test(
      whole,
    )
  )
    result.free = true;
  // "Temadagen er gratis. Ved udeblivelse uden afmelding opkræves et gebyr på 500 kr.": a fee for not coming is no price.
  const text = result.free
    ? whole
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => !NO_SHOW.test(sentence))
        .join(' ')
    : whole;
  const before = /(?<![\p{L}])(DKK|EUR|SEK|NOK|USD|GBP|kr\.?|€|\$|£)\s*(\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:[.,](\d{1,2}))?(?!\d)/iu.exec(text);
  const after =
    /(?<![\d.,])(\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:[.,](\d{1,2}))?\s*(?:,-\s*)?(DKK|EUR|SEK|NOK|kr\.?|kroner|euro)(?!\p{L})/iu.exec(text);
  const amounts: Array<{ index: number; unit: string; number: string; decimals?: string }> = [];
  if (before) amounts.push({ index: before.index, unit: before[1]!, number: before[2]!, decimals: before[3] });
  if (after) amounts.push({ index: after.index, unit: after[3]!, number: after[1]!, decimals: after[2] });
  const first = amounts.sort((a, b) => a.index - b.index)[0];
  if (first) {
    const value = Number(first.number.replace(/[.,\s]/g, '')) + (first.decimals ? Number(`0.${first.decimals}`) : 0);
    if (Number.isFinite(value) && value > 0) {
      result.amount = value;
      result.currency = currencyOf(first.unit);
      delete result.free;
    }
  }
  return result;
}

function currencyOf(unit: string): string {
  const u = unit.toLowerCase().replace(/\.$/, '');
  if (u === 'kr' || u === 'kroner' || u === 'dkk') return 'DKK';
  if (u === '€' || u === 'euro' || u === 'eur') return 'EUR';
  if (u === '$') return 'USD';
  if (u === '£') return 'GBP';
  return unit.toUpperCase();
}

/** How much a sentence says about a topic: its cue words, and for taking part online a link or a recording. */
function relevance(topic: PracticalTopic, text: string): number {
  const global = new RegExp(TOPICS[topic].cue.source, 'giu');
  const hits = (text.match(global) ?? []).length;
  return hits + Object.keys(details(topic, text)).length;
}

const RETURN_TRIP = words('return\\w*|retur\\w*|hjem\\w*|tilbage|back to');

/** A programme item that is about arrival or food ("09.30 Registration and coffee", "12.00 Lunch and networking"). */
function fromProgramme(topic: PracticalTopic, programme: ProgrammeItemInput[]): FactInput | undefined {
  if (topic !== 'arrival' && topic !== 'food') return undefined;
  const cue =
    topic === 'arrival'
      ? words('registration|registrering|ankomst|arrival|døre(?:ne)? åbner|doors open|check-?in|indskrivning')
      : TOPICS.food.cue;
  // "16.30 Return to the hotel (arrival approx. 17.15)": arriving back is the way home, not when to come.
  const item = programme.find((candidate) => cue.test(candidate.title) && (topic !== 'arrival' || !RETURN_TRIP.test(candidate.title)));
  if (!item) return undefined;
  const text = [item.start?.replace(':', '.'), item.title].filter(Boolean).join(' ');
  if (topic === 'arrival') return item.start ? { text, time: item.start } : { text };
  const all = programme.filter((candidate) => cue.test(candidate.title));
  return { text: all.map((candidate) => [candidate.start?.replace(':', '.'), candidate.title].filter(Boolean).join(' ')).join('; ') };
}

/** "Døren åbnes kl. 18.15.)": the last sentence of an aside in brackets, without the bracket that closes the aside. */
function unbracketed(text: string): string {
  const open = (text.match(/\(/g) ?? []).length;
  const close = (text.match(/\)/g) ?? []).length;
  return close > open ? text.replace(/\)\s*$/, '').trim() : text;
}

/**
 * "PRIS" / "Prisen inkluderer begge dage …" / "Early bird-pris …: 5.295 kr." / "Normalpris …: 6.195 kr.": a section's
 * first paragraph that names no amount is followed by the paragraphs of the section that do, up to the next heading.
 */
function withSection(block: Block, rest: string, blocks: Block[]): string {
  const said = priceDetails(rest);
  if (said['amount'] !== undefined || said['free'] !== undefined) return rest;
  const more: string[] = [];
  // The block may be a section of several (see `section`): the paragraphs after its last line.
  const last = block.lines[block.lines.length - 1]!.index;
  const after = blocks.findIndex((candidate) => candidate.lines[0]!.index > last);
  for (const next of after < 0 ? [] : blocks.slice(after, after + 3)) {
    const first = next.lines[0]!;
    if (first.heading > 0 || first.allCaps || first.bold || priceDetails(next.text)['amount'] === undefined) break;
    more.push(next.text);
  }
  return [rest, ...more].join(' ');
}

const LIST_ITEM = /^(?:[-•*–]|\d{1,2}[.)])\s+/;

/**
 * "Vi har bestilt bus hjem tre gange:" / "- kl. 22.30" / "- kl. 00.30": a sentence that introduces a list says its
 * facts in the list below it, whose lines need not repeat the topic's words, so they go with the sentence.
 */
function withList(letter: Letter, sentence: { text: string; line: number }): string {
  if (!/:$/.test(sentence.text)) return sentence.text;
  const tail = sentence.text.slice(-12);
  let index = sentence.line;
  while (index < letter.lines.length && index < sentence.line + 5 && !letter.lines[index]!.text.endsWith(tail)) index += 1;
  const items: string[] = [];
  for (let next = index + 1; next < letter.lines.length && items.length < 12; next += 1) {
    const line = letter.lines[next]!;
    if (line.blank || !LIST_ITEM.test(line.text)) break;
    items.push(line.text.replace(LIST_ITEM, '').trim());
  }
  return items.length > 0 ? `${sentence.text} ${items.join('; ')}.` : sentence.text;
}

/** "## Dresscode 👔" / "Pænt tøj …": a Markdown heading that names the topic says nothing itself; the lines under it do. */
function withBody(letter: Letter, sentence: { text: string; line: number }, text: string, chosen: ReadonlyArray<{ line: number }>): string {
  if (text !== sentence.text || (letter.lines[sentence.line]?.heading ?? 0) === 0) return text;
  const body: Array<{ text: string; index: number }> = [];
  for (let next = sentence.line + 1; next < letter.lines.length && body.length < 6; next += 1) {
    const under = letter.lines[next]!;
    if (under.heading > 0 || (under.blank && body.length > 0)) break;
    if (!under.blank) body.push({ text: under.text, index: under.index });
  }
  // The lines under it already chosen for what they say: the heading adds nothing.
  if (body.some((line) => chosen.some((s) => s.line === line.index))) return text;
  return body.length > 0 ? `${text}: ${body.map((line) => line.text).join(' ')}` : text;
}

/**
 * "Der kører busser fra alle tre skoler." over a timetable of the buses (see timetable.ts): the table's rows say the
 * times the sentence promises, all of them, so they go with it.
 */
function withTimetable(letter: Letter, chosen: ReadonlyArray<{ line: number }>, text: string): string {
  const rows = new Set<string>();
  for (const sentence of chosen) {
    const block = blockOfLine(letter, sentence.line);
    const next = block && letter.blocks.find((candidate) => candidate.index > block.index);
    if (next?.lines.every((line) => line.timetable)) for (const line of next.lines) rows.add(line.text);
  }
  const missing = [...rows].filter((row) => !text.includes(row));
  return missing.length > 0 ? `${text} ${missing.join(' ')}` : text;
}

/** A short heading that names a meal and no price ("Fællesspisning", "Dinner on day 1"): a section about food. */
const MEAL = words(
  [
    '\\p{L}*spisning\\p{L}*',
    'middag\\p{L}*',
    'frokost\\p{L}*',
    'morgenmad',
    'aftensmad',
    'menu\\p{L}*',
    'dinner',
    'lunch',
    'breakfast',
    'buffet',
  ].join('|'),
);

function mealHeading(label: string): boolean {
  return label.split(/\s+/).length <= 4 && MEAL.test(label) && !TOPICS.price.cue.test(label) && !/\d/.test(label);
}

/**
 * "FÆLLESSPISNING / Efter mødet spiser vi sammen … / Meld dig til maden … og betal med MobilePay …": the paragraphs
 * after a meal's heading up to the next heading are all about the meal.
 */
function withMealSection(block: Block, rest: string, blocks: Block[]): string {
  const more: string[] = [];
  const last = block.lines[block.lines.length - 1]!.index;
  const after = blocks.findIndex((candidate) => candidate.lines[0]!.index > last);
  for (const next of after < 0 ? [] : blocks.slice(after, after + 2)) {
    const first = next.lines[0]!;
    if (first.heading > 0 || first.allCaps || first.bold || headingOnly(next) || labelled(next.text, next) !== undefined) break;
    more.push(next.text);
  }
  return [rest, ...more].join(' ');
}

/** A line in a paragraph headed by a meal's heading. */
function underMealHeading(letter: Letter, line: number): boolean {
  const block = blockOfLine(letter, line);
  const label = block && labelled(block.text.replace(/^[-•*]\s+/, ''), block)?.label;
  return label !== undefined && mealHeading(label);
}

/** A heading alone on its line ("Menu", "Program"): short, no sentence. */
function headingOnly(block: Block): boolean {
  const text = block.lines[0]!.text;
  return block.lines.length === 1 && text.length <= 30 && !/[.:;,!?]$/.test(text) && !LIST_ITEM.test(text) && text.split(/\s+/).length <= 4;
}

/**
 * "Menu" / "- Sild" / "- Flæskesteg" / "Sig til, hvis …": list lines are blocks of their own, so a heading alone on
 * its line takes the blocks that follow it without a blank line, the list's items joined as one text.
 */
function section(block: Block, blocks: Block[]): Block {
  if (!headingOnly(block)) return block;
  const lines = [...block.lines];
  for (const next of blocks.slice(blocks.indexOf(block) + 1)) {
    if (next.lines[0]!.index !== lines[lines.length - 1]!.index + 1) break;
    lines.push(...next.lines);
  }
  if (lines.length === 1) return block;
  const parts = lines.slice(1).map((line) => ({ item: LIST_ITEM.test(line.text), text: line.text.replace(LIST_ITEM, '').trim() }));
  const text = parts.reduce(
    (all, part, i) =>
      i === 0 ? part.text : `${all}${part.item && parts[i - 1]!.item ? ';' : /[.!?:]$/.test(all) ? '' : '.'} ${part.text}`,
    '',
  );
  return { index: block.index, lines, text: `${block.lines[0]!.text} ${text}` };
}

export function findPractical(letter: Letter, skip: Set<number>, programme: ProgrammeItemInput[]): PracticalInput {
  const practical: Record<string, FactInput> = {};
  const blocks = letter.blocks.filter((block) => !skip.has(block.lines[0]!.index));
  for (const topic of TOPIC_ORDER) {
    const spec = TOPICS[topic];
    const block = blocks
      .map((whole) => section(whole, blocks))
      .map((b) => ({ b, l: labelled(b.text.replace(/^[-•*]\s+/, ''), b) }))
      .find(
        ({ l }) =>
          l !== undefined &&
          (spec.label.test(l.label) || (topic === 'food' && mealHeading(l.label))) &&
          // "Price: DKK 900 per night for a single room" under the hotel: the room's price, not the meeting's.
          (topic !== 'price' || !(spec.avoid?.test(l.rest) ?? false) || /deltag|particip|attend/i.test(l.rest)),
      );
    let text: string | undefined;
    if (block?.l)
      text =
        topic === 'price'
          ? withSection(block.b, block.l.rest, blocks)
          : topic === 'food' && !spec.label.test(block.l.label)
            ? withMealSection(block.b, block.l.rest, blocks)
            : block.l.rest;
    if (block?.l && text) {
      const last = block.b.lines[block.b.lines.length - 1]!.index;
      // "MENU" / "Kedelhuset serverer …:" / "- Sild" …: a labelled paragraph that ends introducing a list takes the list.
      text = withTimetable(letter, [{ line: last }], withList(letter, { text, line: last }));
    } else {
      const sentences = letter.sentences
        .map((s, position) => ({ text: unbracketed(s.text.replace(/^[-•*]\s+/, '')), position, line: s.line }))
        .filter(
          (s) =>
            !skip.has(s.line) &&
            !/^(emne|subject)\s*:/i.test(s.text) &&
            (spec.cue.test(topic === 'parking' ? withoutNames(s.text) : s.text) || (topic === 'online' && PLATFORM.test(s.text))) &&
            !(spec.avoid?.test(s.text) ?? false),
        )
        .filter((s) => topic !== 'price' || !freeSomethingElse(s.text) || priceDetails(s.text)['amount'] !== undefined)
        // "MIDDAG / … Prisen er 150 kr.": under a meal's heading, a price is the meal's, not the meeting's.
        .filter((s) => topic !== 'price' || !underMealHeading(letter, s.line))
        // "Membership fee (item 4): … The fee for student members remains …": the whole paragraph is about the fee members pay.
        .filter((s) => topic !== 'price' || !MEMBERSHIP_FEE.test(blockOfLine(letter, s.line)?.text ?? ''))
        .filter((s) => topic !== 'price' || !NOT_A_PRICE.test(blockOfLine(letter, s.line)?.text ?? s.text))
        // "Price: DKK 900 per night … The rooms are held until …": the paragraph of a hotel room's price.
        .filter(
          (s) => topic !== 'price' || !ROOM_PRICE.test(blockOfLine(letter, s.line)?.text ?? '') || /deltag|particip|attend/i.test(s.text),
        )
        // A block of links (an online meeting's footer) is no sentence about anything.
        .filter((s) => findUrls(s.text).length < 3 && (topic !== 'online' || !JOIN_DETAILS.test(s.text)));
      // The sentences that say most about the topic, in the letter's order.
      const best = [...new Map(sentences.map((s) => [s.text, s])).values()]
        .sort((a, b) => relevance(topic, b.text) - relevance(topic, a.text) || a.position - b.position)
        .slice(0, 3)
        .sort((a, b) => a.position - b.position);
      if (best.length > 0) text = withTimetable(letter, best, best.map((s) => withBody(letter, s, withList(letter, s), best)).join(' '));
    }
    if (topic === 'price' && text && block?.l && freeSomethingElse(text) && !/\d/.test(text)) text = undefined;
    const item = fromProgramme(topic, programme);
    // The programme's "09.30 Ankomst, kaffe …" says when to come better than a sentence that only mentions arrival.
    if (topic === 'arrival' && item && !block?.l && text && details('arrival', text)['time'] !== item['time']) text = undefined;
    if (text) {
      practical[topic] = { text, ...details(topic, text) };
      continue;
    }
    if (item) practical[topic] = { ...item };
  }
  // An online meeting's block of join details: the link, meeting id, passcode and dial-in, as the letter gives them.
  const join = joinDetails(letter);
  if (join.lines.length > 0 || join.url) {
    const online = practical['online'] ?? { text: '' };
    const extra = join.lines.filter((line) => !String(online.text).includes(line));
    online.text = [String(online.text), ...extra]
      .filter(Boolean)
      .reduce((all, part) => (all === '' ? part : /[.!?:]$/.test(all) ? `${all} ${part}` : `${all}. ${part}`), '');
    if (join.url) online['url'] = join.url;
    if (online.text !== '') practical['online'] = online;
  }
  return practical;
}
