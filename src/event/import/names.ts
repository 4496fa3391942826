/**
 * Names of people and organisations in running text. A person's name is two to five capitalised words
 * ("Anna Holm Jensen", "Marie-Louise Holm"); an organisation's has a word that says so ("Vestby Kommune",
 * "Syddansk Klimacenter", "University of Bergen") or is an acronym ("KL"). Titles come before the name in Danish
 * ("borgmester Bente Lund Mikkelsen") and after it in both languages ("…, formand for KL's …", "…, journalist").
 */

export interface NamedPerson {
  name: string;
  title?: string;
  organisation?: string;
  /** A role the text gives the person ("Moderator: …", "ordstyrer …"). */
  role?: 'moderator' | 'chair' | 'host';
}

interface NameSpan {
  index: number;
  end: number;
  name: string;
}

const NAME_WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*";
const INITIAL = '\\p{Lu}\\.';
const PARTICLE = '(?:van|von|der|di|du|le|la|de)(?=\\s+\\p{Lu})';
const NAME = new RegExp(`(?<![\\p{L}\\d'’-])${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${INITIAL}|${PARTICLE})){1,4}(?![\\p{L}'’-])`, 'gu');

/** Words that name a kind of organisation or building, alone or at the end of a compound ("Klimacenter"). */
const ORGANISATION_SUFFIXES = [
  'kommune',
  'kommunes',
  'kommunernes',
  'region',
  'regionen',
  'udvalg',
  'udvalget',
  'udvalgs',
  'universitet',
  'university',
  'college',
  'skole',
  'skolen',
  'school',
  'center',
  'centret',
  'centre',
  'netværk',
  'netværket',
  'network',
  'forum',
  'forening',
  'foreningen',
  'association',
  'institut',
  'instituttet',
  'institute',
  'ministeriet',
  'ministry',
  'styrelse',
  'styrelsen',
  'agency',
  'council',
  'rådet',
  'society',
  'gruppe',
  'gruppen',
  'group',
  'sekretariat',
  'sekretariatet',
  'secretariat',
  'forvaltning',
  'forvaltningen',
  'afdeling',
  'afdelingen',
  'department',
  'hospital',
  'hospitalet',
  'museum',
  'museet',
  'bibliotek',
  'biblioteket',
  'library',
  'company',
  'fonden',
  'foundation',
  'huset',
  'gården',
  'hallen',
  'salen',
  'kirke',
  'kirken',
  'hotel',
  'hotellet',
  'municipality',
  'rådhus',
  'rådhuset',
  'forsyning',
  'partnership',
  'alliance',
  'klub',
  'klubben',
  'club',
  'akademi',
  'academy',
  'direktorat',
  'direktoratet',
  'tjeneste',
  'tjenesten',
  'services',
  'landsforening',
  'union',
  'forbund',
  'forbundet',
  'organisation',
  'organization',
  'board',
  'bestyrelse',
  'bestyrelsen',
  'seniorråd',
  'seniorrådet',
  'ungdomsråd',
  'handicapråd',
  'kommission',
  'commission',
  'teams',
  'zoom',
  'lab',
  'laboratory',
  'facility',
  'arkitekter',
  'architects',
  'consulting',
  'rådgivning',
  'advokater',
  'bank',
  'initiative',
  'partners',
  'office',
  'kontor',
  'kontoret',
  'hub',
  'klynge',
  'klyngen',
  'cluster',
];
/** Job titles written in capitals after a name ("Jonas Ek, Senior Adviser"): never part of a name. */
export const TITLE_NOUNS = new Set(
  'adviser advisor director manager officer coordinator consultant researcher lecturer specialist economist engineer editor journalist president secretary head chief senior'.split(
    ' ',
  ),
);
/** Job titles written with a capital before a name ("Frivilligkoordinator Maja Krog Nielsen"): no part of the name. */
export const TITLE_WORD =
  /^(?:\p{Lu}[\p{Ll}-]*(?:koordinator|konsulent|chef|leder|direktør|formand|sekretær|medarbejder|læge|plejerske|terapeut|diætist|psykolog|pædagog|assistent|rådgiver|forsker|kasserer|coordinator|manager|officer|director|adviser|advisor|consultant|chair|chairman|chairperson|president|treasurer)|Formand|Kasserer|Chair|Chairman|Chairperson|President|Treasurer)$/u;
const ORGANISATION_WORDS = new Set([
  'kl',
  'hus',
  'råd',
  'hall',
  'city',
  'a/s',
  'aps',
  'ltd',
  'inc',
  'gmbh',
  'microsoft',
  'google',
  'denmark',
  'danmark',
]);

/** Capitalised words that start sentences, greet, label or schedule, and so are no part of a name. */
const NOT_NAMES = new Set(
  (
    'velkommen velkomst welcome keynote panel oplæg kontakt contact spørgsmål questions moderator ordstyrer med venlig hilsen ' +
    'kind regards best dear kære tak thanks thank formand chair borgmester mayor professor lektor direktør director program programme ' +
    'tilmelding registration praktisk practical pris fee parkering parking hej hi mvh please the and og der det den vi we you du har ' +
    'mandag tirsdag onsdag torsdag fredag lørdag søndag monday tuesday wednesday thursday friday saturday sunday januar februar marts ' +
    'april maj juni juli august september oktober november december january february march may june july october invitation ' +
    'opsamling afrunding pause frokost lunch coffee kaffe debat debate dialog workshop oplægsholder speaker speakers emne subject til fra ' +
    'dato date side page sted venue adresse address online live stream link mødet møde meeting konference conference temadag ' +
    'then first finally next afterwards after derefter bagefter herefter dernæst først endelig afslutningsvis'
  ).split(' '),
);

export function isOrganisationWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (ORGANISATION_WORDS.has(lower)) return true;
  // "Boldklub", "Badmintonklubben": a compound ending in a club.
  if (/^\p{L}{3,}klub(?:ben)?$/u.test(lower)) return true;
  return ORGANISATION_SUFFIXES.some((suffix) => lower === suffix || (suffix.length >= 5 && lower.endsWith(suffix)));
}

export function looksLikeOrganisation(text: string): boolean {
  const words = text.split(/[\s/]+/).filter(Boolean);
  return words.some(isOrganisationWord) || /^\p{Lu}{2,6}(['’]s)?$/u.test(text.trim());
}

/** Titles that may head a run of capitalised words before a name. */
const TITLES_IN_NAME_RUN = new Set(
  'professor lektor docent adjunkt borgmester mayor direktør director formand chair chairman chairwoman lecturer minister'.split(' '),
);

/** A company's legal form right after its name: "A/S", "ApS", "I/S", "GmbH", "Ltd". */
const COMPANY_FORM = /^\s+(?:A\/S|ApS|I\/S|P\/S|K\/S|IVS|A\.m\.b\.a\.?|AMBA|GmbH|Ltd\.?|Inc\.?|LLC|plc|ASA|AB|Oy)(?![\p{L}])/u;

/** People's names in a text, with where they stand; words that cannot be part of a name are trimmed off. */
export function findNames(text: string): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const match of text.matchAll(NAME)) {
    const words = [...match[0].matchAll(/\S+/g)].map((word) => ({ text: word[0], index: match.index + word.index }));
    let from = 0;
    let to = words.length;
    while (from < to && NOT_NAMES.has(words[from]!.text.toLowerCase())) from++;
    while (to > from && NOT_NAMES.has(words[to - 1]!.text.toLowerCase())) to--;
    // "Associate Professor Mikkel Holm", "Deputy Mayor Ida Bro": a title of capitalised words before the name.
    let titleAt = -1;
    for (let at = from; at < to; at++) if (TITLES_IN_NAME_RUN.has(words[at]!.text.toLowerCase())) titleAt = at;
    if (titleAt >= 0 && to - (titleAt + 1) >= 2) from = titleAt + 1;
    if (to - from >= 3 && TITLE_WORD.test(words[from]!.text)) from++;
    // "Miljøudvalget Ole Bak": an organisation's last word right before a name is no part of it.
    if (to - from >= 3 && /\p{Ll}/u.test(words[from]!.text) && isOrganisationWord(words[from]!.text)) from++;
    const kept = words.slice(from, to);
    if (kept.length < 2 || kept.length > 5) continue;
    // "Holm & Berg Arkitekter", "Institut for Kommunal Sundhed": the rest of an organisation's name.
    const before = text.slice(0, kept[0]!.index);
    const owner = /(\S+)\s+(?:for|of|i|på|de|du)\s+$/u.exec(before)?.[1];
    if (/&\s*$/.test(before) || (owner !== undefined && /^\p{Lu}/u.test(owner) && isOrganisationWord(owner))) continue;
    if (
      kept.some(
        (word) => NOT_NAMES.has(word.text.toLowerCase()) || isOrganisationWord(word.text) || TITLE_NOUNS.has(word.text.toLowerCase()),
      )
    )
      continue;
    const last = kept[kept.length - 1]!;
    // "Nordvind Software A/S", "Holm Byg ApS": a company's legal form after the words makes them its name.
    if (COMPANY_FORM.test(text.slice(last.index + last.text.length))) continue;
    spans.push({ index: kept[0]!.index, end: last.index + last.text.length, name: kept.map((word) => word.text).join(' ') });
  }
  return spans;
}

/** Words before a name that are no title ("kontakte", "v/", "by"). */
const NOT_TITLES = new Set(
  'v/ ved by with med til to kontakte kontakt contact på at of af fra from er is the a an our vores vi we please ring call skriv write og and eller or hos for som as i in dear kære hilsen regards'.split(
    ' ',
  ),
);
const HONORIFIC = /(?:^|\s)((?:Dr|Prof|Professor|Mayor|Borgmester|Minister|Ministry|Mr|Mrs|Ms|Sir|Dame|Lektor|Direktør)\.?)\s*$/;
const ROLE_LABELS: Array<[RegExp, NonNullable<NamedPerson['role']>]> = [
  [/\b(moderator|ordstyrer|facilitator|mødeleder|moderated by|styres af)\b/i, 'moderator'],
  [/\b(chair(?:ed)?(?: by)?|dirigent|chairman|chairperson)\s*:?\s*$/i, 'chair'],
  [/\b(vært|værter|host(?:ed)?(?: by)?)\s*:?\s*$/i, 'host'],
];

/** A title or organisation after a name: up to the next sentence, list separator before a name, or role label. */
function trailing(text: string): string | undefined {
  // A contact's e-mail or phone ("…, på mette@…", "at info@…") and the next sentence are not the title.
  const cut = text.split(
    /\.\s|;|\b(?:moderator|ordstyrer|facilitator)\s*:|\s(?:på|at|on|via|eller|or|tlf|tel|phone|e-?mail|mail)(?![\p{L}])|\s[\w.+-]+@/iu,
  )[0]!;
  const value = cut
    .replace(/^[\s,–—-]+/, '')
    .replace(/[\s,]+(?:og|and|&)?\s*$/i, '')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/^\(|\)$/g, '')
    .replace(/[\s,.]+$/, '')
    // "ældrechef Inge Dahl og overlæge Ole …": the title after "og" is the next person's.
    .replace(/(?:^|\s*,?\s+)(?:og|and|&)\s+\p{Ll}[\p{Ll}-]*$/u, '')
    // "Rikke Sand og Ole Bak": the word joining two names is no title.
    .replace(/^(?:og|and|&)$/i, '')
    .trim();
  return value === '' ? undefined : value;
}

/** The lowercase title right before a name ("borgmester", "byplanlægger") or an honorific ("Dr."). */
export function leading(before: string): string | undefined {
  const honorific = HONORIFIC.exec(before);
  if (honorific) return honorific[1];
  const word = /(?:^|[\s(])([\p{Ll}][\p{Ll}-]{3,})\s+$/u.exec(before)?.[1];
  if (word && !NOT_TITLES.has(word)) return word;
  // "Kontakt: Frivilligkoordinator Maja Krog Nielsen": a capitalised job title.
  const capitalised = /(?:^|[\s(:])(\p{Lu}\p{Ll}+)\s+$/u.exec(before)?.[1];
  return capitalised && TITLE_WORD.test(capitalised) ? capitalised : undefined;
}

/**
 * The people a phrase names, each with the title or organisation written beside it:
 * "Eva Berg (Uppsala University), Jussi Koski (head of education, City of Tampere) and Lise Dam Olsen
 * (school leader, Vestby). Moderator: Per Krog, journalist".
 */
export function parsePeople(phrase: string): NamedPerson[] {
  const found = findNames(phrase).filter((span) => !insideParentheses(phrase, span.index));
  // "trafikplanlægger Jakob Lind Madsen, Regional Udvikling": capitalised words after the last name and a comma
  // are where that person works, not another person.
  const last = found[found.length - 1];
  const between = found.length >= 2 && last ? phrase.slice(found[found.length - 2]!.end, last.index) : '';
  // "Sanne Holm, teamleder, Akutteam Vestby": a title in lower case between them does not make the last another person.
  const titled = /^\s*,(?:\s*\p{Ll}[\p{L}\s-]*,)+\s*$/u.test(between);
  const affiliation =
    found.length >= 2 && last !== undefined && (/^\s*,\s*$/.test(between) || titled) && /^[\s.,;)]*$/.test(phrase.slice(last.end));
  const spans = affiliation ? found.slice(0, -1) : found;
  if (affiliation && titled && spans.length === 1) {
    const title = leading(phrase.slice(0, spans[0]!.index));
    const said = between
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .join(', ');
    const person: NamedPerson = {
      name: spans[0]!.name,
      title: title ? `${title}, ${said}` : said,
      organisation: phrase.slice(last.index).replace(/[\s.,;)]+$/, ''),
    };
    const role = ROLE_LABELS.find(([pattern]) =>
      pattern.test(
        phrase
          .slice(0, spans[0]!.index)
          .split(/[,;]|\.\s/)
          .pop() ?? '',
      ),
    )?.[1];
    if (role) person.role = role;
    return [person];
  }
  return spans.map((span, position) => {
    const next = spans[position + 1];
    const previousEnd = position === 0 ? 0 : spans[position - 1]!.end;
    const before = phrase.slice(previousEnd, span.index);
    const after = trailing(phrase.slice(span.end, next ? next.index : phrase.length));
    const person: NamedPerson = { name: span.name };
    const title = leading(before);
    const from = after ? /^(?:fra|from)\s+(\p{Lu}.*)$/u.exec(after) : null;
    if (from) person.organisation = ownName(from[1]!);
    else if (
      after &&
      /^[\p{Lu}]/u.test(after) &&
      !/^(Chair|Formand|Head|Director|Direktør|CEO|Professor|Prof)\b/.test(after) &&
      !TITLE_NOUNS.has(after.split(/[\s,]/)[0]!.toLowerCase())
    )
      person.organisation = after;
    else if (after) person.title = title ? `${title}, ${after}` : after;
    if (title && person.title === undefined) person.title = title;
    const role = ROLE_LABELS.find(([pattern]) => pattern.test(before.split(/[,;]|\.\s/).pop() ?? ''))?.[1];
    if (role) person.role = role;
    return person;
  });
}

/**
 * "Fjordlys Consulting, takes over and leads the workshop …": an organisation's name is its capitalised words; a clause
 * running on after them (more than a few words) is what the person does, not part of the name.
 */
function ownName(text: string): string {
  const run = /^\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:og|and|for|of|i|&|the|de)\s+)?\p{Lu}[\p{L}'’&.-]*)*/u.exec(text)?.[0];
  if (!run) return text;
  const rest = text.slice(run.length);
  return /^\s*,?\s*\p{Ll}/u.test(rest) && rest.trim().split(/\s+/).length > 4 ? run : text;
}

function insideParentheses(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

const CONNECTORS = new Set(['i', 'for', 'of', 'og', 'and', '&', 'på', 'de', 'du', 'in', 'the']);

/**
 * The organisation's name that starts at `index` (after "the"/"det"): capitalised words, with small words between
 * them ("Seniorrådet i Østkyst Kommune", "Nordic Network for Teacher Education", "KL's Børne- og
 * Undervisningsudvalg").
 */
export function organisationAt(text: string, index: number): string | undefined {
  const rest = text.slice(index).replace(/^(?:the|det|den|de)\s+/i, '');
  const words = rest.split(/\s+/);
  const taken: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const bare = word.replace(/[,.;:!?)]+$/, '');
    const capitalised = /^[\p{Lu}\d]/u.test(bare);
    // "Board of the Baltic Friendship Towns Society": "of the" joins like "of".
    const next = /^(?:the|det)$/i.test(words[i + 1] ?? '') && CONNECTORS.has(bare.toLowerCase()) ? words[i + 2] : words[i + 1];
    const joined = (CONNECTORS.has(bare.toLowerCase()) || (taken[taken.length - 1] ?? '').endsWith('-')) && /^[\p{Lu}]/u.test(next ?? '');
    if (joined && next !== words[i + 1]) {
      taken.push(bare, words[i + 1]!);
      i++;
      continue;
    }
    if (!(capitalised || joined) || bare === '') break;
    taken.push(bare);
    if (bare !== word) break; // punctuation ends the name
  }
  while (taken.length > 0 && CONNECTORS.has(taken[taken.length - 1]!.toLowerCase())) taken.pop();
  const name = taken.join(' ');
  return name === '' ? undefined : name;
}

/**
 * "afgang fra Parkeringspladsen, Vestbyvej 4", "ved P-huset Nord": a word written with a capital after a word in lower case
 * is (part of) a name, a place the sentence is about something else at; it says nothing of the topic its word names.
 */
export function withoutNames(text: string): string {
  return text.replace(/(?<=(?:^|\s)\p{Ll}[\p{L}.]*\s+)\p{Lu}\p{Ll}[\p{L}-]*/gu, '');
}
