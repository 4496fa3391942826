import type { Subject } from './lexicon/topics';

/**
 * How the lexicon's subjects rank and group when a clause names several: which wins, which an item named does not
 * override, which are practical facts, and which say their own when.
 */

export const SUBJECT_PRIORITY: Array<Exclude<Subject, 'meeting'>> = [
  'ownTopics',
  'signUpOpen',
  'deadline',
  'capacity',
  'signUp',
  'travel',
  'parking',
  'food',
  'accessibility',
  'online',
  'accommodation',
  'dressCode',
  'bring',
  'cancellation',
  'language',
  'arrival',
  'price',
  'contact',
  'audience',
  'organisers',
  'moderator',
  'chair',
  'host',
  'speakers',
  'purpose',
  'background',
  'letterDate',
  'signatory',
  'sender',
  'title',
  'postalCode',
  'city',
  'room',
  'programme',
];

/** Subjects a programme item's title words do not override ("hvem kan deltage" is not item "deltagerne …"). */
export const SUBJECTS_OVER_ITEMS = new Set<Exclude<Subject, 'meeting'>>([
  'signUp',
  'deadline',
  'signUpOpen',
  'audience',
  'ownTopics',
  'capacity',
  'signatory',
  'sender',
  'letterDate',
  'bring',
]);
export const PRACTICAL_SUBJECTS = new Set<Exclude<Subject, 'meeting'>>([
  'parking',
  'food',
  'accessibility',
  'online',
  'accommodation',
  'dressCode',
  'cancellation',
  'language',
  'arrival',
  'price',
  'travel',
]);

/** Subjects whose own answer says when (or asks of the meeting): a sentence naming the thing does not override them. */
export const UNTIMED_SUBJECTS = new Set<Subject>([
  'meeting',
  'programme',
  'speakers',
  'chair',
  'moderator',
  'host',
  'signUp',
  'signUpOpen',
  'deadline',
  'arrival',
  'letterDate',
  'title',
]);
