/**
 * Ordinary words that decide what a question asks although they name nothing of their own: "can I *switch* room",
 * "can I join *without* the app", "which hotel do you *recommend*". A reply that does not speak of the same thing
 * (the room, the link, the hotel) answers another question. Each entry: the word starts (folded as tokens are: æ→e, ø→o, å→a)
 * that ask it (a start under six letters only with an ending of two letters at most: "hver" is not "hverdag"; a start of two
 * words is looked for as written), and the word starts a text must have to answer it. Generic, both languages.
 */
export interface Qualifier {
  asked: readonly string[];
  said: readonly string[];
}

const CHANGE = ['skift', 'endr', 'endring', 'bytt', 'byt', 'flytt', 'omboo', 'change', 'switch', 'swap', 'rebook', 'move'];
const EACH = ['hver', 'each', 'every', 'per', 'pr', 'alle', 'all ', 'enhver'];

export const DECIDING_WORDS: readonly Qualifier[] = [
  // Changing a choice once made: the letter must speak of changing it.
  { asked: CHANGE, said: CHANGE },
  // Without something: the letter must say what is not needed, or that everyone may come.
  {
    asked: ['uden', 'without'],
    said: [
      'uden',
      'without',
      'krev',
      'krav',
      'require',
      'behov',
      'need',
      'nodvendig',
      'necessar',
      'browser',
      'alle',
      'everyone',
      'anyone',
      'open to',
      'aben for',
    ],
  },
  // Someone else in one's place.
  {
    asked: ['instead', 'i stedet', 'stedfortr', 'substitut', 'vikar', 'aflos'],
    said: [
      'instead',
      'stedet',
      'stedfortr',
      'substitut',
      'vikar',
      'aflos',
      'your place',
      'my place',
      'kollega',
      'colleague',
      'anden',
      'another',
    ],
  },
  // Becoming a member: prices for members and others do not say how to join.
  {
    asked: [
      'bliver medlem',
      'bliver man medlem',
      'bliver jeg medlem',
      'bliver vi medlem',
      'blive medlem',
      'bliv medlem',
      'become a member',
      'become member',
      'becoming a member',
      'melde mig ind',
      'indmeld',
    ],
    said: [
      'bliver medlem',
      'blive medlem',
      'bliv medlem',
      'become a member',
      'melde dig ind',
      'meld dig ind',
      'melde sig ind',
      'melde mig ind',
      'indmeld',
      'membership form',
      'join the',
      'sign up as a member',
    ],
  },
  // Advice the letter would have to give.
  // "Bestyrelsen indstiller …": a board's recommendation of a candidate.
  { asked: ['anbefal', 'recommend'], said: ['anbefal', 'recommend', 'suggest', 'foresla', 'advise', 'opfordr', 'indstil'] },
  // Per person, per talk: the letter must say it of each.
  { asked: ['hver', 'each', 'every', 'enhver'], said: EACH },
  // Money back.
  {
    asked: ['refu', 'refund', 'tilbagebetal', 'reimburs', 'pengene', 'money back'],
    said: ['refu', 'tilbagebetal', 'tilbage', 'reimburs', 'money back', 'cancellation', 'afbud', 'afmeld', 'charged', 'opkrev', 'fakturer'],
  },
  // A discount for a group.
  {
    asked: ['gruppe', 'group', 'mengde', 'bulk'],
    said: ['gruppe', 'group', 'mengde', 'bulk', 'flere deltagere', 'several participants'],
  },
  // Someone brought along.
  {
    asked: ['kollega', 'kolleger', 'colleague', 'ledsager', 'companion', 'gest', 'guest', 'egtefelle', 'spouse'],
    said: ['kolleg', 'colleague', 'ledsag', 'companion', 'gest', 'guest', 'egtefel', 'spouse', 'accompan', 'andre', 'others'],
  },
  // Taking part through a video platform: a fact about recording or slides does not say it.
  {
    asked: ['teams', 'zoom', 'skype', 'webex'],
    said: [
      'teams',
      'zoom',
      'skype',
      'webex',
      'online',
      'link',
      'stream',
      'livestream',
      'virtuel',
      'virtual',
      'remote',
      'hybrid',
      'digital',
    ],
  },
  // A recording to watch later: a sentence that says only that the meeting is online does not say it is recorded.
  // (Only the word that does not name the recording itself: "optaget", "recorded" are the topic's own words, found
  // inside compounds such as "videooptagelsen" too.)
  {
    asked: ['watch'],
    said: ['optag', 'record', 'on demand', 'on-demand'],
  },
  // A calendar entry to receive, not the date to put in one.
  {
    asked: ['kalenderinvitation', 'kalenderindkald', 'calendar invit', 'calendar invite', 'outlook invit', 'ics'],
    said: ['kalender', 'calendar', 'outlook', 'ics'],
  },
  // Staying the night: a venue that is a hotel does not say one can sleep there.
  {
    asked: ['overnat', 'overnight', 'stay the night', 'sove', 'sleep'],
    said: [
      'overnat',
      'overnight',
      'verelse',
      'hotelverelse',
      'room',
      'indkvarter',
      'accommodation',
      'lodging',
      'sove',
      'sleep',
      'nat',
      'natten',
      'night',
    ],
  },
  // Something to bring along: a paragraph about the day that names nothing to bring does not say it.
  {
    asked: ['medbring', 'bring', 'tage med', 'tag med', 'have med', 'pakke', 'pack'],
    said: [
      'medbring',
      'bring',
      'husk',
      'remember',
      'tag',
      'tage',
      'have med',
      'skal have',
      'pakke',
      'pack',
      'behov',
      'need',
      'nodvendig',
      'necessar',
      'intet',
      'nothing',
      'ikke noget',
      // Bringing people: how many may come says it.
      'person',
      'people',
      'deltager',
      'participant',
      'represent',
    ],
  },
  // A room for two: the price of a single room does not say it.
  { asked: ['dobbelt', 'double', 'twin'], said: ['dobbelt', 'double', 'twin', 'to personer', 'two people', 'two persons'] },
  // A stay longer than the one offered: the price or code of the nights offered does not say it.
  {
    asked: ['ekstra nat', 'ekstra overnat', 'extra night', 'additional night', 'night before', 'natten for', 'natten inden'],
    said: [
      'ekstra',
      'extra',
      'additional',
      'yderlig',
      'forleng',
      'extend',
      'night before',
      'natten for',
      'natten inden',
      'day before',
      'dagen for',
    ],
  },
  // Ahead of the meeting ("send questions to the speaker in advance"): whom to contact does not say it can be done then.
  {
    asked: ['forhand', 'advance', 'beforehand'],
    said: ['forhand', 'advance', 'beforehand', 'forinden', 'inden', 'before', 'prior', 'ahead', 'senest', 'forud'],
  },
  // Floors of a building.
  { asked: ['etage', 'floor'], said: ['etage', 'floor', 'sal', 'stuen', 'ground', 'kelder', 'basement'] },
];

/** "if the conference is cancelled": the meeting called off, not the participant's own cancellation. */
export const CALLED_OFF = /\b(aflyst|aflyses|aflyse[st]?|cancell?ed|called off|udskudt|udskydes|postponed)\b/i;
export const CALLED_OFF_SAID = ['aflyst', 'aflyses', 'aflyser', 'cancelled', 'canceled', 'called off', 'udskud', 'udskyd', 'postpone'];

/** "how many", "hvor mange": the answer must have a number. */
export const HOW_MANY = /\b(hvor mange|how many|antal(let)?|number of)\b/i;

/**
 * A kind of detail a short follow-up asks of the thing asked before ("er der børnepasning?" then "fra hvilken alder?",
 * "hvor kan man parkere?" then "er der tidsbegrænsning?"): `asked`, how a word of the follow-up names the kind (folded:
 * æ→e, ø→o, å→a); `said`, a fact of that kind as a letter writes it, which the thing's sentence must hold.
 */
export interface DetailKind {
  asked: RegExp;
  said: RegExp;
}

export const DETAIL_KINDS: readonly DetailKind[] = [
  // An age: "fra 3 år", "children aged 4–10", "over 18", "age limit".
  {
    asked: /^(?:alder\p{L}*|aldersgr\p{L}*|age|ages|aged|old|gaml\p{L}*|arig\p{L}*|argang\p{L}*)$/u,
    said: /(?<!\p{L})(?:\d{1,2}\s*(?:[–-]\s*\d{1,2}\s*)?(?:år|års|aar|årige|years?|yrs?)|aged?\s+\d|alder\p{L}*|årgang\p{L}*)(?!\p{L})/iu,
  },
  // A limit of time: "2 timers parkering", "max 3 hours", "time limit".
  {
    asked: /^(?:tidsbegr\p{L}*|tidsgr\p{L}*|tidsfrist\p{L}*|limit\p{L}*|begr\p{L}*ns\p{L}*|maks\p{L}*|max\p{L}*)$/u,
    said: /(?<!\p{L})(?:\d{1,2}\s*(?:-\s*)?(?:timer?s?|t\.|hours?|hrs?|minutter|min\.?|minutes?)|parking disc\p{L}*|tidsbegr\p{L}*|time limit\p{L}*|maks\p{L}*|max\p{L}*)(?!\p{L})/iu,
  },
];
