/**
 * Where the meeting is: a venue name and a street address with a postcode ("Mødet foregår på Rådhuset i Vestby,
 * Storegade 5, 9990 Vestby"; "Waterside Conference Centre, Ågade 7, 9990 Vestby, Denmark"),
 * or online only. Letters hold other addresses too — the sender's letterhead, a hotel, a car park — so an address
 * counts as the venue when the letter says so ("foregår på", "Sted:", "Venue:") or when it stands by the meeting's
 * date, and not when it sits in a letterhead, a signature or a paragraph about hotels or parking.
 */
import { findDates, findTimes } from './dates';
import type { Letter, Line } from './letter';
import { blockOfLine, nextContentLine, previousContentLine } from './letter';

export interface AddressFound {
  /** First and last line of the address (a letterhead writes one part a line). */
  line: number;
  lastLine: number;
  /** As written, parts joined by commas: "Storegade 5, 9990 Vestby". */
  text: string;
  street?: string;
  postBox?: string;
  postalCode: string;
  city: string;
  country?: string;
  /** Text before the street on its line (or the line before a letterhead's street): where the venue's name is. */
  before: string;
  /** Text after the locality on its line: "… 9990 Vestby – ground floor, "Atrium"". */
  after: string;
}

export interface VenueFound {
  name?: string;
  room?: string;
  address?: string;
  online: boolean;
  /** The line the venue was taken from. */
  line?: number;
  /** Why it is only a guess, for a `# CHECK:` comment. */
  doubt?: string;
}

const LOCALITY = /(?:^|,\s*)((?:DK-?\s?)?(\d{4})\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\p{Lu}\b))*))/u;
const STREET = /^\p{L}[\p{L}.'’ -]*\s\d+\s?[A-Za-z]?(?:[,.]?\s*\d+\.?\s*(?:sal|th|tv|mf)\.?)?$/u;
const POST_BOX = /^(postboks|post box|p\.?\s?o\.?\s?box|box)\s*\d+$/i;
const COUNTRIES =
  /^(danmark|denmark|sverige|sweden|norge|norway|finland|suomi|island|iceland|tyskland|germany|færøerne|grønland|greenland)$/i;
const VENUE_CUE =
  /\b(?:foregår|afholdes|holdes|finder sted|foregår|mødes vi|takes place|will take place|will be held|is held|are held|is hosted|venue is|we arrive|vi ankommer|ankommer vi)\s+(?:[\p{Ll}]+\s+){0,2}?(?:på|i|at|in|hos|on|(?<=ankommer(?: vi)? )til)\s+(.+)$/iu;
/** "finder sted torsdag den 7. oktober kl. 13–16 i Auditorium 2, …", "takes place on 30 September from 14 to 16 in …". */
const WHEN_CUE =
  /(?<![\p{L}])(?:foregår|afholdes|holdes|finder sted|mødes vi|vi mødes|takes place|will take place|will be held|is held|are held|we meet)\s+(.+)$/iu;
const WEEKDAY_FIRST =
  /^(?:(?:on|the|den|d\.|om|fra|from)\s+)*(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}])/iu;

/** A text that begins with the meeting's date or time, not with a place. */
function startsWithWhen(text: string): boolean {
  const lead = text.replace(/^(?:(?:on|the|den|d\.|om|fra|from|at|kl\.?|klokken)\s+)+/i, '');
  return WEEKDAY_FIRST.test(text) || findDates(lead)[0]?.index === 0 || findTimes(lead)[0]?.index === 0;
}

/**
 * The place a cue verb names: "holdes på Rådhuset" → "Rådhuset"; with the date and time between ("takes place on
 * Thursday 30 September 2027 from 14.15 to 16.00 in Building 5, …"), the place after the last of them, or none:
 * a date is never a place.
 */
function cuePlace(text: string): { place: string; index: number; timed?: boolean } | undefined {
  const plain = VENUE_CUE.exec(text);
  if (plain && !startsWithWhen(plain[1]!)) return { place: plain[1]!, index: plain.index };
  const timed = WHEN_CUE.exec(text);
  if (!timed || !startsWithWhen(timed[1]!)) return undefined;
  const rest = timed[1]!;
  const when = [...findDates(rest), ...findTimes(rest)].map((mention) => mention.end).sort((a, b) => b - a)[0]!;
  const place = /^\s*,?\s*(?:i|på|at|in)\s+(?:the\s+)?(?!\d)(.+)$/iu.exec(rest.slice(when))?.[1];
  return place ? { place, index: timed.index, timed: true } : undefined;
}

/** "The tour is held in English": a language, not a place. */
const LANGUAGE_NAME =
  /^(?:english|danish|swedish|norwegian|german|french|finnish|icelandic|dansk|engelsk|svensk|norsk|tysk|fransk|finsk|islandsk)\b/i;
const VENUE_LABEL = /^(?:sted|mødested|placering|venue|location|place|where|hvor|adresse|address|lokation)\s*:\s*(.*)$/i;
const NOT_VENUE =
  /\b(hotel\w*|overnat\w*|accommodation|værelse\w*|rooms?\b|parkering\w*|parking|car park|p-plads\w*|station|stoppested|bus|tog|train|tram|letbane\w*|postboks|faktura\w*|invoice|cvr)\b/i;
/** A meal's place: where people eat in the evening, not where the meeting is. */
const MEAL_PLACE = /\b(restaurant\w*|dinner|middag\w*|festmiddag\w*|aftensmad)\b/i;
const ONLINE_ONLY =
  /udelukkende online|kun online|online[- ]only|only online|intet fysisk mødested|no physical venue|(foregår|holdes|afholdes|held|takes place|is)\s+(?:\p{Ll}+\s+)?online|virtuelt møde|virtual (meeting|event|conference)|webinar|onlinemøde|online-?møde|online (meeting|temadag|seminar|event|konference|conference|workshop)/iu;
const ONLINE_PLATFORM = /\b(Microsoft Teams|MS Teams|Teams|Zoom|Google Meet|Skype|Webex|Whereby)\b/;

function addressOnLine(letter: Letter, line: Line): AddressFound | undefined {
  // A footer or letterhead writes its parts with dots or bars between: "Skolen · Skolegade 2 · 9990 Vestby".
  const lineText = line.text.replace(/\s+[·|•]\s+/g, ', ');
  const match = LOCALITY.exec(lineText);
  if (!match) return undefined;
  const localityStart = match.index + match[0].indexOf(match[1]!);
  // The city ends with its sentence: "… 9990 Vestby. Mødet begynder …" ("St. Heddinge" keeps its short word).
  // A district letter ends it too: "… 9990 Vestby C. The room is …".
  const cityWritten = match[3]!.split(/(?<=\p{L}{4,}\.|\p{L}{3,}\s\p{Lu}\.)\s+/u)[0]!;
  const written = match[1]!.slice(0, match[1]!.lastIndexOf(match[3]!) + cityWritten.length);
  // A sentence's full stop is no part of the city ("… 9990 Vestby.").
  const city = cityWritten.trim().replace(/\.$/, '');
  const locality = written.trim().replace(/\.$/, '');
  const after = lineText.slice(localityStart + written.length);
  const country = /^,\s*([\p{L} ]+?)\s*(?:[,.]|\s[–—-]\s|$)/u.exec(after)?.[1];
  const segments = lineText
    .slice(0, localityStart)
    .replace(/,\s*$/, '')
    .split(/,\s*/)
    .filter((segment) => segment.trim() !== '');
  const parts: { street?: string; postBox?: string } = {};
  let firstLine = line.index;
  let before = '';
  if (segments.length > 0) {
    let last = segments.pop()!;
    if (POST_BOX.test(last)) {
      parts.postBox = last;
      last = segments.pop() ?? '';
    }
    if (STREET.test(last.trim())) parts.street = last.trim();
    else if (last) segments.push(last);
    before = segments.join(', ');
    // "Kulturhuset Vestby, lokale 2.01" / "Storegade 5, 9990 Vestby": the venue's name on the line above.
    const above = previousContentLine(letter, line.index);
    if (before === '' && parts.street && above && above.index === line.index - 1 && nameLine(above.text)) {
      before = above.text;
      firstLine = above.index;
    }
    // "Place: Vestby University, Building C, Room 2.14" / "Storegade 5, 9990 Vestby": the label's line names the venue.
    const labelled = above && VENUE_LABEL.exec(above.text)?.[1]?.trim();
    if (before === '' && parts.street && above && above.index === line.index - 1 && labelled && labelPlace(labelled)) {
      before = above.text;
      firstLine = above.index;
    }
  } else {
    // A letterhead block: street and post box on the lines above.
    let previous = previousContentLine(letter, line.index);
    // "Vestby Harbour Centre, Ågade 5," / "9990 Vestby": the name and street on the line above.
    const wrapped =
      previous && previous.index === line.index - 1 && previous.text.endsWith(',') ? previous.text.slice(0, -1).split(/,\s*/) : undefined;
    if (wrapped && wrapped.length >= 2 && STREET.test(wrapped[wrapped.length - 1]!.trim())) {
      parts.street = wrapped.pop()!.trim();
      firstLine = previous!.index;
      before = wrapped.join(', ');
      previous = undefined;
    }
    if (previous && POST_BOX.test(previous.text)) {
      parts.postBox = previous.text;
      firstLine = previous.index;
      previous = previousContentLine(letter, previous.index);
    }
    if (previous && !parts.street && STREET.test(previous.text)) {
      parts.street = previous.text;
      firstLine = previous.index;
      previous = previousContentLine(letter, previous.index);
    }
    if (
      previous &&
      firstLine !== line.index &&
      previous.index >= firstLine - 1 &&
      !findDates(previous.text).length &&
      previous.text.length < 60
    )
      before = previous.text;
  }
  if (!parts.street && !parts.postBox) return undefined;
  const text = [parts.street, parts.postBox, locality, country && COUNTRIES.test(country) ? country : undefined].filter(Boolean).join(', ');
  return {
    line: firstLine,
    lastLine: line.index,
    text,
    ...parts,
    postalCode: match[2]!,
    city,
    country: country && COUNTRIES.test(country) ? country : undefined,
    before,
    after: country && COUNTRIES.test(country) ? after.slice(after.indexOf(country) + country.length) : after,
  };
}

/** A label's text that names a place and holds no date, time or address of its own. */
const labelPlace = (text: string): boolean =>
  /^\p{Lu}/u.test(text) &&
  findDates(text).length === 0 &&
  findTimes(text).length === 0 &&
  !LOCALITY.test(text) &&
  !/@|www\.|https?:/.test(text);

/** A line that only names a place: short, capitalised, no sentence, date, label or contact details. */
function nameLine(text: string): boolean {
  return (
    /^\p{Lu}/u.test(text) &&
    text.split(/\s+/).length <= 10 &&
    !/[.!?:]$|@|www\.|https?:/.test(text) &&
    !/^[\p{L} ]+:/u.test(text) &&
    findDates(text).length === 0 &&
    !STREET.test(text) &&
    !LOCALITY.test(text)
  );
}

export function findAddresses(letter: Letter): AddressFound[] {
  const found: AddressFound[] = [];
  for (const line of letter.lines) {
    if (line.blank || line.furniture) continue;
    const address = addressOnLine(letter, line);
    if (address) found.push(address);
  }
  return found;
}

/** "Rådhuset i Vestby" from "Mødet foregår på Rådhuset i Vestby", "Aktivitetscentret Solsikken" from "… i Aktivitetscentret Solsikken". */
function venueName(before: string): { name?: string; room?: string; cue: boolean } {
  const cleaned = before.trim().replace(/^[-•*–▪◦·]\s+/, '');
  if (cleaned === '') return { cue: false };
  const label = VENUE_LABEL.exec(cleaned);
  if (label) {
    // "Mødested: Mødelokale "Ådalen" (lok. 2.14), Vestby Rådhus, …": the room first, then the building it is in.
    const parts = label[1]!.split(/,\s*(?![^()]*\))/);
    const name = parts.length >= 2 && ROOM_FIRST.test(parts[0]!) ? tidyName(parts.slice(1).join(', ')) : undefined;
    if (name && !ROOM_WORD.test(name)) return { name, room: parts[0]!.trim(), cue: true };
    return { name: tidyName(label[1]!), cue: true };
  }
  const cue = cuePlace(cleaned);
  // "The joint dinner … is held at Restaurant X": the place of a meal or a night, not of the meeting.
  // Its own sentence's subject: "… the bus will not wait. After an hour's drive we arrive at Hotel X".
  const subject = cue
    ? cleaned
        .slice(0, cue.index)
        .split(/[.!?]\s+(?=\p{Lu})/u)
        .pop()!
    : '';
  if (cue && !LANGUAGE_NAME.test(cue.place))
    return { name: tidyName(cue.place.replace(/^the\s+/i, '')), cue: !MEAL_PLACE.test(subject) && !NOT_VENUE.test(subject) };
  // "… vi har fundet et hyggeligt sted: Kroen ved Åen, Åvej 2, …": a short capitalised name after the sentence's colon.
  const afterColon = /:\s+(\p{Lu}[^:,]{1,60})$/u.exec(cleaned)?.[1];
  if (afterColon && afterColon.split(/\s+/).length <= 6 && findDates(afterColon).length === 0 && findTimes(afterColon).length === 0)
    return { name: tidyName(afterColon), cue: false };
  // "Tid og sted: onsdag den 5. maj kl. 10-12, Rådhuset, Storegade 1, …": the part right before the street.
  const parts = cleaned.split(/,\s*/);
  const lastPart = parts.pop()!;
  // "Kulturhuset Vestby, lokale 2.01 (2. sal)": the building, then its room.
  const building = parts[parts.length - 1];
  if (building && ROOM_WORD.test(lastPart.split(/\s+/)[0]!) && lastPart.split(/\s+/).length <= 5 && /^\p{Lu}/u.test(building)) {
    const name = tidyName(building);
    if (name && findDates(building).length === 0 && findTimes(building).length === 0) return { name, room: lastPart, cue: false };
  }
  if (
    lastPart !== cleaned &&
    lastPart.split(/\s+/).length <= 6 &&
    /^\p{Lu}/u.test(lastPart) &&
    findDates(lastPart).length === 0 &&
    findTimes(lastPart).length === 0
  ) {
    // "Der er 20 pladser i Mødelokale 3, Medborgerhuset, …": the part before the building is its room.
    const room = /^.*(?:^|\s)(?:i|på|in|at)\s+(?:the\s+)?([^,]+)$/iu.exec(parts[parts.length - 1] ?? '')?.[1]?.trim();
    const isRoom =
      room !== undefined &&
      (ROOM_WORD.test(room) || COMPOUND_ROOM.test(room)) &&
      room.split(/\s+/).length <= 4 &&
      findTimes(room).length === 0;
    return { name: tidyName(lastPart), cue: false, ...(isRoom ? { room } : {}) };
  }
  const trailing = [...cleaned.matchAll(/(?:^|\s)(?:i|på|at|in|hos)\s+(?:the\s+)?(?=\p{Lu})/gu)].pop();
  if (trailing) {
    // "… kl. 19.00 i aulaen på Vestbyskolen, …": the room named right before the building.
    const room = /(?:^|\s)(?:i|in)\s+(?:the\s+)?(\p{Ll}[\p{L}-]*)$/u.exec(cleaned.slice(0, trailing.index))?.[1];
    const isRoom = room !== undefined && (ROOM_WORD.test(room) || COMPOUND_ROOM.test(room));
    return { name: tidyName(cleaned.slice(trailing.index + trailing[0].length)), cue: false, ...(isRoom ? { room } : {}) };
  }
  // "… vi låner Vestby Kursuscenter, …": a sentence ending in a place's capitalised name right before its street.
  const named = /\s\p{Ll}+\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3})$/u.exec(cleaned)?.[1];
  if (named && findDates(named).length === 0) return { name: tidyName(named), cue: false };
  const words = cleaned.split(/\s+/);
  if (words.length <= 8 && /^\p{Lu}/u.test(cleaned) && findDates(cleaned).length === 0 && findTimes(cleaned).length === 0)
    return { name: tidyName(cleaned), cue: false };
  return { cue: false };
}

function tidyName(text: string): string | undefined {
  const name = text
    // "3. sal", "1. th." keep their full stop: an ordinal, not the end of a sentence.
    // "lok. 2.14", "nr. 3": an abbreviation's full stop ends no name either.
    // "Brdr. Hansen", "Gl. Torv", "Sct. Jørgens Gade": an abbreviation inside a name.
    .split(/\s+[–—-]\s+|[;:!?]\s|(?<!(?:^|\s)\d{1,2}|(?:^|[\s(])(?:lok|nr|no|bygn|ca|Brdr|Gl|Ndr|Sdr|Sct|Skt|St|Dr))\.\s/)[0]!
    .replace(/[\s,.:;–—-]+$/, '')
    .trim();
  return name === '' || !/\p{L}{2}/u.test(name) ? undefined : name;
}

/** A part that starts with the word for a room: "Auditorium 2", "Mødelokale 3", "Room 4.12", "Sal B". */
const ROOM_FIRST_WORD =
  /^(?:\p{L}*(?:lokale|lokalet|auditorium|auditoriet|salen|rummet)|lok\.|sal|room|hall|auditorium|lecture hall|suite)(?![\p{L}])/iu;
/** A room named before its building ("Mødelokale 3", "lok. 2.14", "room Ege"), not a building called a hall. */
const ROOM_FIRST = /(?:lokale|lokalet|lok\.|salen|rummet)(?![\p{L}])|(?:^|\s)(?:room|sal)\s+\S/iu;
/** Words that make a part of a venue a room in it: "sal 2", "Store Sal", "hal 2", "fællesrummet", "bygning C", "room Lillebælt". */
const ROOM_WORD =
  /(?:lok\.|(?<![\p{L}])hal|sal|salen|lokale|lokalet|rum|rummet|auditorium|auditoriet|aula|aulaen|kantine|kantinen|room|hall|suite|canteen|bygning|building|etage|floor|stueetagen|atrium|foyer|foyeren|lobby)(?![\p{L}])/iu;

/**
 * "Byrådssalen på Nordby Rådhus" → room "Byrådssalen", venue "Nordby Rådhus"; "kantinen på Rådhuset i Nordby"
 * → room "kantinen"; "Mødecenter Vest, sal 2" → room "sal 2".
 */
export function splitRoom(name: string): { name: string; room?: string } {
  const match =
    /^((?:\S+\s+){0,3}?\S*(?:sal|salen|hallen|lokale|lokalet|rum|rummet|auditorium|auditoriet|aula|room|hall|suite)(?:\s+\d+)?)\s+(?:på|i|at|in)\s+(\p{Lu}.+)$/iu.exec(
      name,
    );
  if (match) return { room: match[1]!, name: match[2]! };
  // A room written in lower case before the building: "kantinen på Rådhuset", "the canteen at the Town Hall".
  const lower = /^((?:the\s+)?\p{Ll}[\p{Ll}-]+(?:\s+"[^"]+")?)\s+(?:på|i|at|in)\s+(?:the\s+)?(\p{Lu}.+)$/u.exec(name);
  if (lower && !/^(the|a|an|en|et|den|det)$/i.test(lower[1]!)) return { room: lower[1]!, name: lower[2]! };
  // "Hovedbiblioteket, mødelokale "Ådalen", 3. sal": the building, then its room and floor.
  // A building of a campus stays with the name ("Westbay College, Building D, Room D1.12").
  const parts = name.split(/,\s*(?![^()]*\))/);
  let first = parts.length;
  while (first > 1 && ROOM_WORD.test(parts[first - 1]!) && (first === parts.length || !/^(?:building|bygning)\b/i.test(parts[first - 1]!)))
    first--;
  if (first < parts.length && !ROOM_WORD.test(parts[0]!))
    return { name: parts.slice(0, first).join(', '), room: parts.slice(first).join(', ') };
  // "Auditorium 2, Indgang C, Regionshospitalet Vestby": the room and the way in first, then the building they are in.
  const rooms = parts.findIndex((part) => !(ROOM_WORD.test(part) || WAY_IN.test(part)) || part.split(/\s+/).length > 4);
  if (
    rooms >= 1 &&
    parts.length - rooms <= 2 &&
    ROOM_FIRST_WORD.test(parts[0]!) &&
    /^\p{Lu}/u.test(parts[rooms]!) &&
    parts.slice(rooms).every((part) => !ROOM_WORD.test(part))
  )
    return { name: parts.slice(rooms).join(', '), room: parts.slice(0, rooms).join(', ') };
  // "Mødelokale "Ådalen" (lok. 2.14), Vestby Rådhus": the room first, then the building it is in.
  if (
    parts.length === 2 &&
    /^\p{L}*(?:lokale|room|sal|salen)\s/iu.test(parts[0]!) &&
    !ROOM_WORD.test(parts[1]!) &&
    /^\p{Lu}/u.test(parts[1]!)
  )
    return { name: parts[1]!, room: parts[0]! };
  return { name };
}

/**
 * "i Rådhushallen, Vestby Rådhus, …": a hall or room named as a compound, before the building it is in. Only there:
 * "Fynshallen" alone is a building.
 */
const COMPOUND_ROOM = /\p{L}{3}(?:hallen|salen|stuen|lokalet|rummet|kælderen)$/iu;

/** A remark that says how to get in or where in the building: "(indgang fra parkeringspladsen)", "(2nd floor)". */
const WAY_IN =
  /(?<![\p{L}])(?:indgang\p{L}*|sideindgang\p{L}*|hovedindgang\p{L}*|entrance|entry|dør(?:en)?|door|opgang\p{L}*|trappe\p{L}*|stairs?|elevator\p{L}*|lift|etage|floor|sal|stuen|ground floor|bygning|building)(?![\p{L}])/iu;

/**
 * "… 9990 Vestby – ground floor, "Atrium"": the room or floor written after the address, up to the end of its
 * sentence, which may run onto the next line ("…, 9990 Sydby, i mødelokalet" / ""Skoven" på 2. sal. Der …").
 */
function roomAfter(letter: Letter, address: AddressFound): string | undefined {
  const next = letter.lines[address.lastLine + 1];
  const runsOn =
    next && !next.blank && !/[.!?]\s*$/.test(address.after) && blockOfLine(letter, next.index) === blockOfLine(letter, address.lastLine);
  const after = (runsOn ? `${address.after} ${next.text}` : address.after).split(/(?<![\s(]\d{1,2}|\b(?:ca|kl|nr|lok))\.(?:\s|$)/)[0]!;
  const room = /^\s*(?:[–—-]|,)\s*(?:(?:i|på|in|at)\s+(?:the\s+)?)?(.+?)[.,]?\s*$/u.exec(after)?.[1];
  if (!room || room.split(/\s+/).length > 8 || findDates(room).length > 0 || findTimes(room).length > 0) return undefined;
  return ROOM_WORD.test(room) || WAY_IN.test(room) ? room : undefined;
}

/** A line right under the venue that names the room: "i fællesrummet "Smedjen" (bygning C)". */
function roomBelow(letter: Letter, lastLine: number): string | undefined {
  const next = nextContentLine(letter, lastLine);
  if (!next || next.index !== lastLine + 1) return undefined;
  const room = /^(?:i|på|in|at)\s+(?:the\s+)?(.+?)[.,]?$/i.exec(next.text)?.[1];
  return room && ROOM_WORD.test(room) && room.split(/\s+/).length <= 8 && findDates(room).length === 0 ? room : undefined;
}

/**
 * The place in the sentence that gives the meeting's date and time: "Vi mødes tirsdag d. 9/3 fra 13-16 i kantinen på
 * Rådhuset i Nordby, og …", "… kl. 9.30-15.00 i Kulturhuset Værket i Vestby".
 */
function placeInMeetingSentence(letter: Letter, meetingLine: number): { name: string; line: number; room?: boolean } | undefined {
  const block = blockOfLine(letter, meetingLine);
  if (!block) return undefined;
  for (const sentence of letter.sentences.filter((s) => s.block === block.index)) {
    const when = [...findDates(sentence.text), ...findTimes(sentence.text)];
    if (!when.some((mention) => findDates(mention.text).length > 0) || findTimes(sentence.text).length === 0) continue;
    // Right after the date or a time: "… kl. 14.15 i personalerummet, og vi slutter ca. 16.45".
    const ends = when.map((mention) => mention.end).sort((a, b) => a - b);
    // "… 11 May 2027 at 18.00–20.00 in our canteen": "at" before a time is no place.
    const place = ends.map((end) => /^\s*,?\s*(?:i|på|at|in)\s+(?:the\s+)?(?!\d)(.+)$/iu.exec(sentence.text.slice(end))?.[1]).find(Boolean);
    if (!place) continue;
    // "lok. 112", "ca." end no sentence.
    const phrase = place
      .split(/,|;|\s[–—]\s|\s+(?:og|and|hvor|where|to|for at|so that|så)\s+|(?<![\s(](?:lok|nr|no|ca|bl\.a|kl))[.!?](?:\s|$)/)[0]!
      .trim();
    const words = phrase.split(/\s+/);
    const placeLike = /^\p{Lu}/u.test(phrase) || /\s(?:på|i|at|in)\s+(?:the\s+)?\p{Lu}/u.test(phrase);
    if (placeLike && words.length <= 8 && !/^(online|teams|zoom)\b/i.test(phrase)) return { name: phrase, line: sentence.line };
    // "… kl. 14.15 i personalerummet (lok. 112)": a room of a building everyone knows, which the letter leaves unnamed.
    if (ROOM_WORD.test(words[0]!) && words.length <= 5) return { name: phrase, line: sentence.line, room: true };
    // "… kl. 19.00 i skolens aula", "in our canteen": a room of the sender's own building.
    if (
      /^(?:the\s+)?(?:vores|vor|vort|our|\p{L}+s|\p{L}+['’]s)$/iu.test(words.slice(0, words[0] === 'the' ? 2 : 1).join(' ')) &&
      words.length <= 4 &&
      ROOM_WORD.test(words[words.length - 1]!)
    )
      return { name: phrase, line: sentence.line, room: true };
  }
  return undefined;
}

/**
 * "i skolens aula", "in our canteen": a room of the sender's own building, whose name and address stand in the
 * letterhead or footer ("Vestbyskolen · Skolegade 2 · 9990 Vestby"). Only one such address, and a possessive
 * that names it ("skolens" for "…skolen") or the writer ("vores", "our"), make it the building.
 */
function ownBuilding(letter: Letter, room: string): { name: string; address: string } | undefined {
  const owner = /^(?:the\s+)?(\p{L}+?)(?:ens|ns|s|'s|’s)?\s/u.exec(room)?.[1]?.toLowerCase();
  const writer = /^(?:vores|vor|vort|our)\s/i.test(room);
  if (!owner || (!writer && !/^\p{L}+(?:s|'s|’s)\s/u.test(room))) return undefined;
  const greeting = letter.lines.findIndex((line) => GREETING.test(line.text));
  const firstText = letter.blocks.find((block) => block.text.split(/\s+/).length > 12)?.lines[0]?.index ?? 0;
  const own = findAddresses(letter).filter(
    (address) => address.street && (address.lastLine < firstText || (greeting >= 0 && address.line > greeting)),
  );
  const named = own.filter((address) => looksLikeName(address.before.trim()));
  if (named.length !== 1 || new Set(own.map((address) => address.text)).size !== 1) return undefined;
  const name = named[0]!.before.trim();
  // "skolens" belongs to "Vestbyskolen", not to "Vestby Kommune".
  if (!writer && (owner.length < 4 || !name.toLowerCase().includes(owner))) return undefined;
  return { name, address: named[0]!.text };
}

const looksLikeName = (text: string): boolean => /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= 5 && findDates(text).length === 0;

/** A heading "Venue" / "Sted" with no colon, right above the address. */
function underVenueHeading(letter: Letter, line: number): boolean {
  const previous = previousContentLine(letter, line);
  return previous !== undefined && previous.index >= line - 2 && VENUE_LABEL.test(`${previous.text.replace(/:$/, '')}:`);
}

/** A line of a timed programme: it starts with a clock time and names no date. */
const isProgrammeItem = (line: Line): boolean => findTimes(line.text)[0]?.index === 0 && findDates(line.text).length === 0;

interface Scored {
  address: AddressFound;
  name?: string;
  room?: string;
  cue: boolean;
  score: number;
}

function scoreAddress(letter: Letter, address: AddressFound, meetingLine: number): Scored {
  const { name, room, cue } = venueName(address.before);
  const block = blockOfLine(letter, address.lastLine);
  const context = `${block?.text ?? ''} ${previousContentLine(letter, address.line)?.text ?? ''}`;
  const above = VENUE_LABEL.exec(previousContentLine(letter, address.line)?.text ?? '');
  // "Sted:" alone above the address says it is the venue; "Sted: Hotel X, …" above says so of that line, not this one.
  const labelled = (above !== null && above[1]!.trim() === '') || underVenueHeading(letter, address.line);
  let score = 0;
  if (cue) score += 4;
  if (labelled || above) score += 4;
  const distance = address.line - meetingLine;
  if (distance >= 0 && distance <= 3) score += 3;
  if (distance < 0 && distance >= -2) score += 1;
  if (blockOfLine(letter, meetingLine) === block) score += 1;
  if (name) score += 1;
  // "2–3 June · Vestby Forum, Storegade 5, …": the headline gives the dates and the place.
  const aboutElse = NOT_VENUE.test(context) || MEAL_PLACE.test(context);
  if (distance < -2 && findDates(letter.lines[address.line]!.text).length > 0 && !aboutElse) score += 3;
  // A hotel or car park named beside the meeting's date is the venue (a conference hotel); elsewhere it is not.
  if (!cue && !labelled && NOT_VENUE.test(context) && !(distance >= 0 && distance <= 3)) score -= 6;
  // A meal's place, unless it is the bare address under the date of a dinner that is the event itself.
  const bareAddress = distance >= 0 && distance <= 3 && address.before.split(/\s+/).length <= 4;
  if (!cue && !labelled && MEAL_PLACE.test(block?.text ?? '') && blockOfLine(letter, meetingLine) !== block && !bareAddress) score -= 6;
  // "19.00  Network dinner at Restaurant …, …": a programme item's place, not where the meeting is.
  const line = letter.lines[address.line]!;
  if (!cue && !labelled && Math.abs(distance) > 3 && isProgrammeItem(line)) score -= 6;
  if (address.lastLine > address.line && !name) score -= 2;
  const street = address.street ?? address.postBox ?? '';
  if (letter.lines.filter((other) => other.text.includes(street)).length > 1 && !cue && !labelled) score -= 4;
  const around = [previousContentLine(letter, address.line), nextContentLine(letter, address.lastLine)].map((line) => line?.text ?? '');
  if (around.some((text) => /^(www\.|https?:)|@|\b(side|page)\s+\d/i.test(text))) score -= 3;
  if (/^(fra|from|afsender|sender)\s*:/i.test(context.trim())) score -= 5;
  const greeting = letter.lines.findIndex((line) => GREETING.test(line.text));
  if (greeting >= 0 && address.line > greeting) score -= 4;
  return { address, name, room, cue, score };
}

/** The closing of a letter: what follows is the signature. */
const GREETING_WORDS =
  '(?:(?:med\\s+)?(?:(?:de\\s+)?(?:venlige?|sportslige?|kærlige?|mange|bedste|varme|hjertelige?)\\s+)?hils(?:en|ner|ener)|venligst|mvh\\.?|kind regards|best regards|warm regards|regards|yours sincerely|sincerely|yours faithfully|best wishes|på vegne af|på \\p{L}+s vegne)[,.!]?';
/** "Best regards / Venlig hilsen": a bilingual letter closes in both languages on one line. */
export const GREETING = new RegExp(`^${GREETING_WORDS}(?:\\s*/\\s*${GREETING_WORDS})?$`, 'iu');
/** A line that starts with a closing greeting ("Sportslig hilsen", "Kind regards, Ida"). */
export const GREETING_START = new RegExp(`^${GREETING_WORDS}(?![\\p{L}])`, 'iu');

function onlineVenue(letter: Letter, meetingLine: number): VenueFound | undefined {
  const near = letter.lines
    .slice(Math.max(0, meetingLine - 3), meetingLine + 4)
    .map((line) => line.text)
    .join(' ');
  const whole = letter.sentences.map((sentence) => sentence.text).join(' ');
  const onlineNear = /\bonline\b/i.test(near) || ONLINE_PLATFORM.test(near);
  if (!ONLINE_ONLY.test(whole) && !onlineNear) return undefined;
  const platform = ONLINE_PLATFORM.exec(near)?.[1] ?? ONLINE_PLATFORM.exec(whole)?.[1];
  const line = letter.lines.find(
    (l) => ONLINE_ONLY.test(l.text) || (l.index >= meetingLine - 3 && l.index <= meetingLine + 3 && /\bonline\b/i.test(l.text)),
  );
  return { online: true, name: platform ?? 'Online', line: line?.index };
}

/**
 * "HVOR: Restaurant Kornet, Møllevej 7, 1. sal, Vestby": a venue label whose line gives a street but no
 * postcode. The parts before the street name the venue; the street and what follows it are the address.
 */
function labelledStreet(letter: Letter): VenueFound | undefined {
  for (const line of letter.lines) {
    if (line.blank || line.furniture) continue;
    const content = VENUE_LABEL.exec(line.text)?.[1]?.trim();
    if (!content || findDates(content).length > 0 || findTimes(content).length > 0) continue;
    // "(5 min. gang fra rådhuset)": a remark on the way there, not part of the address; "(indgang fra gården)" says
    // where in the building, and stays with the room.
    const parts = content
      .replace(/\s*\(([^)]*)\)/g, (whole, remark: string) => (WAY_IN.test(remark) ? whole : ''))
      .split(/,\s*(?![^()]*\))/)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    const street = parts.findIndex((part) => STREET.test(part));
    if (street < 0) continue;
    const name = street > 0 ? splitRoom(parts.slice(0, street).join(', ')) : undefined;
    return {
      online: false,
      ...(name ? { name: name.name, ...(name.room ? { room: name.room } : {}) } : {}),
      address: parts.slice(street).join(', '),
      line: line.index,
      doubt: 'the letter gives the address without a postcode; check it',
    };
  }
  return undefined;
}

/**
 * "Onsdag den 20. oktober 2027 kl. 19.00" / "Nordby Forsamlingshus, Ågade 18, Nordby": a line by the meeting's date
 * that only names a place, a street and a town, without a postcode.
 */
function streetByMeeting(letter: Letter, meetingLine: number): VenueFound | undefined {
  for (const line of letter.lines.slice(Math.max(0, meetingLine - 2), meetingLine + 3)) {
    if (line.blank || line.furniture || findDates(line.text).length > 0 || findTimes(line.text).length > 0) continue;
    const parts = line.text
      .replace(/[.]$/, '')
      .split(/,\s*(?![^()]*\))/)
      .map((part) => part.trim());
    const street = parts.findIndex((part) => STREET.test(part));
    if (street < 1 || street !== parts.length - 2) continue;
    const town = parts[parts.length - 1]!;
    if (!/^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?$/u.test(town) || !parts.slice(0, street).every((part) => /^\p{Lu}/u.test(part))) continue;
    if (parts.slice(0, street).join(' ').split(/\s+/).length > 8 || NOT_VENUE.test(line.text)) continue;
    const name = splitRoom(parts.slice(0, street).join(', '));
    return {
      online: false,
      name: name.name,
      ...(name.room ? { room: name.room } : {}),
      address: parts.slice(street).join(', '),
      line: line.index,
      doubt: 'the letter gives the address without a postcode; check it',
    };
  }
  return undefined;
}

/** "på Ågade 18 i Vestby", "at Harbour Road 7, Westbay": a street and number, then the town, in a sentence. */
const STREET_IN_SENTENCE =
  /(?<![\p{L}])(?:på|i|at|in)\s+(?!(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}]))(\p{Lu}[\p{L}.'’-]*(?:\s\p{L}[\p{L}.'’-]*){0,2}\s\d{1,3}[A-Za-z]?)(?![\d.:]|\s\d)(?:(?:\s+(?:i|in)\s+|,\s*)(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?))?/u;
/**
 * "på Restaurant Kroen, Ågade 6 i Vestby", "(indgang fra Ågade 40, Vestby)": a place's name, then its street; or the
 * street the way in is from. A number followed by more digits is a phone or account number, not a house.
 */
const NAMED_STREET_IN_SENTENCE =
  /(?:(?<![\p{L}])(?:på|i|at|in)\s+(?:the\s+)?(\p{Lu}[^,.;:()\d]{1,50}?),\s*|(?<![\p{L}])(?:indgang(?:en)? fra|adgang fra|entrance (?:from|on)|access from)\s+)(\p{Lu}[\p{L}.'’-]*(?:\s\p{L}[\p{L}.'’-]*){0,2}\s\d{1,3}[A-Za-z]?)(?![\d.:]|\s\d)(?:(?:\s+(?:i|in)\s+|,\s*)(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?))?/u;

/** "… kl. 15 på græsplænen ved søen (…": the place said right after the meeting's date or time. */
function placeAfterWhen(sentence: string): string | undefined {
  const ends = [...findDates(sentence), ...findTimes(sentence)].map((mention) => mention.end).sort((a, b) => b - a);
  const place = ends.map((end) => /^\s*,?\s*(?:i|på|at|in)\s+(?:the\s+)?(?!\d)([^,;()]+)/iu.exec(sentence.slice(end))?.[1]).find(Boolean);
  const phrase = place?.split(/\s+(?:og|and|hvor|where|som|which|så|so|[–—-])\s+|[.!?](?:\s|$)/)[0]!.trim();
  if (!phrase || phrase.split(/\s+/).length > 6 || /^(?:en|et|a|an|online|teams|zoom)(?![\p{L}])/iu.test(phrase)) return undefined;
  return findDates(phrase).length === 0 && findTimes(phrase).length === 0 ? phrase : undefined;
}
/** "hos Nordby Forsyning", "vi er hos Nordby Skole i …": the host whose place the meeting is at. */
const AT_HOST = /(?<![\p{L}])hos\s+(\p{Lu}[\p{L}.&'’-]*(?:\s(?:\p{Lu}[\p{L}.&'’-]*|og|&)){0,4})/u;
const PRONOUN_HOST = /(?<![\p{L}])hos\s+(?:dem|os|ham|hende|jer)(?![\p{L}])/iu;

/**
 * "… så vi mødes tirsdag 14/9 kl. 9.30-14.30 hos dem på Ågade 18 i Vestby": a chatty letter gives the street and
 * town in the sentence that gives the time, without a postcode. The host named with "hos" in that sentence, or —
 * when the sentence says "hos dem" — elsewhere in the letter (the subject "vi er hos Nordby Forsyning i Vestby"), is the
 * venue's name.
 */
function streetInMeetingSentence(letter: Letter, meetingLine: number): VenueFound | undefined {
  const block = blockOfLine(letter, meetingLine);
  // The sentence that gives both the date and the time first: another with a date may be a deadline's.
  const timed = (text: string): number => (findTimes(text).length > 0 && findDates(text).length > 0 ? 0 : 1);
  const sentences = letter.sentences.filter((s) => s.block === block?.index).sort((a, b) => timed(a.text) - timed(b.text));
  for (const sentence of sentences) {
    if (findTimes(sentence.text).length === 0 && findDates(sentence.text).length === 0) continue;
    const withName = NAMED_STREET_IN_SENTENCE.exec(sentence.text);
    if (withName && !NOT_VENUE.test(withName[0]) && findDates(withName[0]).length === 0) {
      // "kl. 19 i festsalen på Nordby Skole, Storegade 2": the room said before the place's name is its room.
      const said = placeAfterWhen(sentence.text);
      const own = withName[1]?.trim();
      const place = own && said?.endsWith(own) ? splitRoom(said) : own ? { name: own } : said ? { name: said } : undefined;
      return {
        online: false,
        ...(place ? { name: place.name, ...(place.room ? { room: place.room } : {}) } : {}),
        address: [withName[2], withName[3]].filter(Boolean).join(', '),
        line: sentence.line,
        doubt: 'the letter gives the street in a sentence, without a postcode; check the address and the venue’s name',
      };
    }
    const match = STREET_IN_SENTENCE.exec(sentence.text);
    if (!match || ROOM_WORD.test(match[1]!) || NOT_VENUE.test(match[1]!) || findDates(match[0]).length > 0) continue;
    const host = AT_HOST.exec(sentence.text)?.[1];
    const named =
      host ??
      (PRONOUN_HOST.test(sentence.text)
        ? letter.lines.map((line) => AT_HOST.exec(line.text)?.[1]).find((name) => name !== undefined)
        : undefined);
    const name = named?.replace(/\s+(?:og|&)$/, '');
    return {
      online: false,
      ...(name && name !== match[1] ? { name } : {}),
      address: [match[1], match[2]].filter(Boolean).join(', '),
      line: sentence.line,
      doubt: 'the letter gives the street in a sentence, without a postcode; check the address and the venue’s name',
    };
  }
  return undefined;
}

export function findVenue(letter: Letter, meetingLine: number): VenueFound {
  const scored = findAddresses(letter)
    .map((address) => scoreAddress(letter, address, meetingLine))
    .sort((a, b) => b.score - a.score || a.address.line - b.address.line);
  const best = scored[0];
  if (best && best.score > 0) {
    // "Mødet afholdes i Sydby på Hotel Skoven, …, 9990 Sydby": the town is the address's, the venue what follows.
    const inTown = best.name?.startsWith(`${best.address.city} `) ? /^\S+\s+(?:på|i|at|in)\s+(\p{Lu}.*)$/u.exec(best.name)?.[1] : undefined;
    const split = best.name ? splitRoom(inTown ?? best.name) : undefined;
    const venue: VenueFound = {
      online: false,
      address: best.address.text,
      line: best.address.line,
      name: split?.name,
      room: split?.room ?? best.room ?? roomAfter(letter, best.address) ?? roomBelow(letter, best.address.lastLine),
    };
    // "… in our canteen" under the letterhead's address: the room of that building.
    const place = venue.room ? undefined : placeInMeetingSentence(letter, meetingLine);
    if (place?.room && ownBuilding(letter, place.name)?.address === best.address.text) venue.room = place.name;
    if (!best.cue && best.score < 4) venue.doubt = 'the letter does not say outright that this is where the meeting is; check the venue';
    if (!best.name) venue.doubt = 'the letter gives an address but no name for the venue';
    return venue;
  }
  const labelled = labelledStreet(letter) ?? streetByMeeting(letter, meetingLine) ?? streetInMeetingSentence(letter, meetingLine);
  if (labelled) return labelled;
  const online = onlineVenue(letter, meetingLine);
  if (online) return online;
  const place = placeInMeetingSentence(letter, meetingLine);
  if (place?.room) {
    const own = ownBuilding(letter, place.name);
    if (own)
      return {
        online: false,
        name: own.name,
        address: own.address,
        room: place.name,
        line: place.line,
        doubt: 'the letter names a room of its sender’s own building; the building and address are the letterhead’s',
      };
    return { online: false, room: place.name, line: place.line, doubt: 'the letter names the room but not the building' };
  }
  if (place) {
    const split = splitRoom(place.name);
    return { online: false, name: split.name, room: split.room, line: place.line, doubt: 'the letter names the venue without an address' };
  }
  // A venue named without an address: "Mødet holdes på Hotel Hvide Hus i Vestby."
  const meetingBlock = blockOfLine(letter, meetingLine)?.index;
  for (const sentence of letter.sentences) {
    // "Vi mødes igen den 4. juni i Hallen" elsewhere in the letter is another meeting's date and place.
    const said = cuePlace(sentence.text);
    const cue = (said?.timed && sentence.block !== meetingBlock ? undefined : said?.place) ?? VENUE_LABEL.exec(sentence.text)?.[1];
    // The letter says this is where the meeting is, so a hotel here is the venue.
    const name = cue ? tidyName(cue.split(/,\s*/)[0]!.replace(/^the\s+/i, '')) : undefined;
    if (name && /^\p{Lu}/u.test(name) && !LANGUAGE_NAME.test(name)) {
      const split = splitRoom(name);
      return {
        online: false,
        name: split.name,
        room: split.room,
        line: sentence.line,
        doubt: 'the letter names the venue without an address',
      };
    }
  }
  return { online: false };
}
