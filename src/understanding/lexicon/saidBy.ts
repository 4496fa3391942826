/**
 * Things invitees ask about by one word while letters say them by another: breakfast by the rolls served, lunch by
 * the sandwich, what to wear by the clothes or shoes named, a partner by "ledsagere", sending someone else by "a
 * colleague". Generic words of invitations in Danish and English, not of any one meeting.
 *
 * `asked`: phrases of a question (a word ending in `*` is its start). `said`: the words of a letter's sentence that
 * say it (`x*` a word's start, `*x` the head of a compound: "indendørssko"; else the word as written). `wordsAlso`:
 * `only`: see below.
 */
export interface SaidBy {
  asked: readonly string[];
  said: readonly string[];
  /** A typed fact that says none of `said` does not answer it ("who is invited" is no answer to bringing a partner). */
  only?: boolean;
}

export const SAID_BY: readonly SaidBy[] = [
  // Breakfast, and the morning coffee letters serve with rolls.
  {
    asked: ['morgenmad*', 'morgenkaffe*', 'formiddagskaffe*', 'morgenbrød*', 'breakfast*'],
    said: ['morgenmad*', 'morgenbrød*', 'morgenkaffe*', 'formiddagskaffe*', 'rundstyk*', 'croissant*', 'breakfast*', 'brunch*'],
    only: true,
  },
  // Lunch, and a packed lunch one would bring if none is served.
  {
    asked: ['frokost*', 'lunch*', 'madpakke*', 'packed lunch'],
    // "en klassisk julefrokost", "sommerfrokost": a lunch by the head of its compound.
    said: ['frokost*', '*frokost', 'lunch*', 'sandwich*', 'smørrebrød*', 'madpakke*', 'frokostbuffet*'],
    only: true,
  },
  // Shoes: what to have on one's feet.
  {
    asked: ['på fødderne', 'sko', 'skoene', 'fodtøj*', 'shoes', 'footwear', 'on (my|our|your) feet'],
    said: ['sko', 'skoene', '*sko', 'fodtøj*', 'støvler', 'gummistøvler', 'shoes', 'footwear', 'boots'],
    only: true,
  },
  // What to wear: clothes and shoes as letters name them.
  {
    asked: [
      'hvad skal (jeg|man|vi) (have|ha|hav) på',
      '(have|ha) på',
      'påklædning*',
      'tøj*',
      'på fødderne',
      'fodtøj*',
      'sko',
      'what (should|do|shall|must) (i|we) wear',
      'what to wear',
      'wear',
      'shoes',
      'footwear',
      'clothes',
      'clothing',
      'dress code',
    ],
    said: [
      'tøj',
      'tøjet',
      'fodtøj*',
      'sportstøj*',
      'regntøj*',
      'udetøj*',
      'overtøj*',
      'skiftetøj*',
      'badetøj*',
      'sko',
      'skoene',
      '*sko',
      'støvler',
      'påklædning*',
      'dresscode*',
      'clothes',
      'clothing',
      'shoes',
      'footwear',
      'boots',
      'attire',
      'dress code',
    ],
  },
  // A partner or spouse along.
  {
    asked: [
      'kæreste*',
      'ægtefælle*',
      'partner',
      'partneren',
      'min mand',
      'min kone',
      'ledsager*',
      'påhæng*',
      'husband',
      'wife',
      'spouse*',
      'boyfriend',
      'girlfriend',
      'plus one',
      'companion*',
    ],
    said: ['ledsager*', 'ægtefælle*', 'kæreste*', 'påhæng*', 'companion*', 'spouse*', 'plus one'],
    only: true,
  },
  // A colleague or a member of staff along: only a sentence that says so by taking or bringing one.
  {
    asked: [
      '(tage|tag|ta|have|ha|medbringe) … (medarbejder*|kollega*|kolleger*|kollegaer*) med',
      '(bring|take) … (colleague*|co-worker*|coworker*|employee*|staff)',
    ],
    said: [
      '(tage|tag|ta|have|medbringe) … (medarbejder*|*medarbejder|*medarbejdere|kollega*|kolleger*|kollegaer*) med',
      '(bring|invite|take) … (colleague*|co-worker*|coworker*|employee*|staff)',
      '(colleague*|co-worker*|coworker*) (along|with you)',
    ],
  },
  // Someone else in one's place.
  {
    asked: [
      'sende en anden',
      'sende en kollega',
      'en anden i (mit|mine|stedet)',
      'kollega* … (plads|stedet|sted)',
      'tage min plads',
      'overtage min plads',
      'send (someone|somebody) else',
      'send a colleague',
      'someone else',
      'colleague* … (place|instead)',
      'take my place',
    ],
    said: ['kollega*', 'colleague*', 'stedfortræder*', 'substitut*', 'suppleant*', 'i dit sted', 'in your place', 'en anden'],
  },
];
