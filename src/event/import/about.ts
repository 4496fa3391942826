/**
 * What the meeting is about and for whom, in the letter's own sentences: who is invited ("Til …" block, "Alle er
 * velkomne", "a conference for school leaders, teachers …"), its purpose ("Formålet med …", "The purpose …"), its
 * focus ("særligt fokus på …", "This year's forum asks how …"), a stated background, and whether participants may
 * bring their own topics.
 */
import type { Letter } from './letter';
import { capitalise } from './letter';
import type { ProgrammeItemInput } from './programme';

export interface AboutFound {
  audience?: string;
  purpose?: string;
  focus?: string;
  background?: string;
  ownTopics?: { text: string; item?: number };
}

const INVITE_VERB = /\b(inviter\w*|indbyder|indkald\w*|invite[sd]?|invitation)\b/i;
/** Words that say who is invited: without one, "inviterer i den sammenhæng til møder" names no audience. */
const AUDIENCE_WORD =
  /\b(alle|all|everyone|enhver|medarbejdere|borgere|politikere|ledere|leaders|teachers|lærere|medlemmer|members|forældre|parents|you|jer|dig|direktører|interesserede|anyone|staff|colleagues|kolleger|researchers|for\s+\p{L}+)\b/iu;
const WELCOME =
  /(?<![\p{L}])(er velkomne|alle er velkomne|everyone is welcome|all are welcome|open to|åbent for|åben for|henvender sig til|målgruppe\p{L}*|target group|aimed at|is for(?![\p{L}])|er for(?![\p{L}]))/iu;
const PURPOSE =
  /\b(formål\w*|purpose|the aim|aims? (?:of|is|to)|målet med|hensigten|goal of|objective|to mark|to celebrate|for at markere|for at fejre|i anledning af|on the occasion of)\b/i;
const FOCUS =
  /\b(fokus\w*|focus\w*|temaet|the theme|asks (?:how|what|whether|why)|spørger (?:hvordan|hvad)|handler(?: (?:det|den|mødet|dagen|eftermiddagen|aftenen|formiddagen))? om(?! \d)|is about(?! \d)|it's about(?! \d)|sætter .{0,40} på dagsordenen|på mødet (?:vil vi |skal vi )?(?:gennemgår|gennemgå|drøfter|drøfte|præsenterer|præsentere|ser vi på|taler vi om)|at the meeting,? we (?:will )?(?:review|discuss|present|look at))\b/i;
const BACKGROUND = /\b(baggrund\w*|background)\b/i;
const OWN_TOPICS =
  /\b(andre emner|egne emner|emner,? (?:som|I|du) selv|selv bringer på banen|selv ønsker at tage op|selv vil tage op|own topics|topics of your own|your own (?:topics|questions|issues)|bring up (?:your own|other)|raise (?:your own|other))\b/i;
const OWN_TOPICS_ITEM =
  /\b(bringer på banen|selv (?:ønsker|vil|bringer)|egne emner|andre emner|own topics|participants raise|deltagerne)\b/i;

/** The "Til" block at the head of a letter: "Til\nUdvalg med …\nDirektører med …" → "Til: Udvalg med …; Direktører med …". */
function addressees(letter: Letter): string | undefined {
  const start = letter.lines.findIndex((line) => /^(til|to)\s*:?$/i.test(line.text));
  if (start < 0) return undefined;
  const lines: string[] = [];
  for (const line of letter.lines.slice(start + 1)) {
    if (line.blank || line.furniture) break;
    lines.push(line.text);
  }
  return lines.length > 0 ? `${letter.lines[start]!.text.replace(/:$/, '')}: ${lines.join('; ')}` : undefined;
}

/**
 * Who a letter is addressed to on one line at its head: "Til forældre til elever på …", "Til: NetVest –
 * medlemmer" (an e-mail's To, without the address), "– for frivillige, foreninger og …" under the title, or a block
 * headed "Who should attend?".
 */
function addressedTo(letter: Letter): string[] {
  const found: string[] = [];
  const top = letter.lines.filter((line) => !line.blank && !line.furniture).slice(0, 14);
  for (const line of top) {
    const to = /^(?:til|to)(?::\s*|\s+)(\S.*)$/i.exec(line.text);
    if (to && line.text.length <= 200 && !/^(?:til|to)\s+(?:at|og|and)\b/i.test(line.text)) {
      const who = to[1]!
        .replace(/<[^>]*>|\S+@\S+|;\s*$/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (/\p{L}{3}/u.test(who)) found.push(`${line.text.startsWith('To') || line.text.startsWith('to') ? 'To' : 'Til'}: ${who}`);
    }
    if (/^[–—-]\s+(?:for|til)\s+\p{L}/u.test(line.text) && line.text.length <= 200)
      found.push(capitalise(line.text.replace(/^[–—-]\s+/, '')));
  }
  for (const block of letter.blocks) {
    const [label, ...rest] = block.lines.map((line) => line.text);
    if (
      rest.length > 0 &&
      /^(who should attend|who is it for|who can attend|target group|målgruppe|for hvem|hvem kan deltage|deltagere)\s*[?:]?$/i.test(
        label ?? '',
      )
    ) {
      found.push(block.text.slice(label!.length).trim());
    }
  }
  return found;
}

/** "… invites procurement officers, buyers and budget holders from … to a hands-on workshop": whom it invites. */
const INVITES_WHOM =
  /(?<![\p{L}])(?:inviterer|indbyder|invites)\s+(?:derfor\s+|hermed\s+|også\s+)?(?!(?:til|to|you|dig|jer|alle|all|derfor|hermed|også)\s)\p{L}[^.]{3,}?\s+(?:til|to)\s/iu;

export function findAbout(letter: Letter, skip: Set<number>, programme: ProgrammeItemInput[]): AboutFound {
  const sentences = letter.sentences.filter(
    (sentence) => !skip.has(sentence.line) && !/^(emne|subject|fra|from|dato|date)\s*:/i.test(sentence.text),
  );
  const found: AboutFound = {};
  const invited = sentences
    .filter((s) => (INVITE_VERB.test(s.text) && AUDIENCE_WORD.test(s.text)) || WELCOME.test(s.text) || INVITES_WHOM.test(s.text))
    .map((s) => s.text);
  const audience = [
    ...new Set([addressees(letter), ...addressedTo(letter), ...invited.slice(0, 2)].filter((text): text is string => text !== undefined)),
  ];
  if (audience.length > 0) found.audience = audience.map((text) => (/[.!?:]$/.test(text) ? text : `${text}.`)).join(' ');
  found.purpose = sentences.find((s) => PURPOSE.test(s.text))?.text;
  found.focus = sentences.find((s) => FOCUS.test(s.text) && s.text !== found.purpose)?.text;
  const labelled = letter.blocks.find((block) => /^(baggrund|background)\s*:/i.test(block.text));
  found.background = labelled ? labelled.text.replace(/^[^:]+:\s*/, '') : sentences.find((s) => BACKGROUND.test(s.text))?.text;
  const own = sentences.find((s) => OWN_TOPICS.test(s.text));
  if (own) {
    const index = programme.findIndex(
      (item) => OWN_TOPICS_ITEM.test(item.title) || (item.items ?? []).some((sub) => OWN_TOPICS_ITEM.test(sub.title)),
    );
    const item = index >= 0 ? (programme[index]!.number ?? index + 1) : undefined;
    found.ownTopics = item === undefined ? { text: own.text } : { text: own.text, item };
  }
  for (const k of Object.keys(found) as Array<keyof AboutFound>) if (found[k] === undefined) delete found[k];
  return found;
}
