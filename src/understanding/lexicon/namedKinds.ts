/**
 * Kinds of things a letter names by a proper name or a code, and a question asks for by the kind ("which hospital is
 * this", "hvilket busselskab er det", "whats the case number"). Each entry: the words (folded as tokens are: æ→e, ø→o,
 * å→a; a phrase of several words as written in a row) a question names the kind by, and the words the letter writes
 * the kind by, as a word of its own or as a compound's head ("Regionshospital", "damperskib"). Generic, both languages.
 */
export interface NamedKind {
  asked: readonly string[];
  cues: readonly string[];
  /** The cue is itself the name ("Zoom", "Teams"): counted only as written with a capital. */
  named?: boolean;
  /** The name is a code or number written after the cue ("Sagsnr.: 27/1234"): asked for by the kind alone. */
  code?: boolean;
}

export const NAMED_KINDS: readonly NamedKind[] = [
  { asked: ['hospital', 'hospitalet', 'hospitals', 'sygehus', 'sygehuset'], cues: ['hospital', 'sygehus'] },
  {
    asked: ['boat', 'ship', 'ferry', 'vessel', 'skib', 'skibet', 'skibets', 'baden', 'badens', 'ferge', 'fergen'],
    cues: ['skib', 'skibet', 'damper', 'dampskib', 'ferge', 'fergen', 'boat', 'ship', 'ferry'],
  },
  {
    asked: ['busselskab', 'busselskabet', 'busfirma', 'busfirmaet', 'vognmand', 'vognmanden', 'bus company', 'coach company'],
    cues: ['busselskab', 'busselskabet', 'turistfart', 'bus', 'bussen', 'busser', 'turistbus', 'vognmand', 'coach'],
  },
  {
    asked: ['company', 'firm', 'firma', 'firmaet', 'virksomhed', 'virksomheden', 'selskab', 'selskabet'],
    cues: ['firma', 'firmaet', 'virksomhed', 'virksomheden', 'company', 'firm'],
  },
  { asked: ['hotel', 'hotellet', 'hotels'], cues: ['hotel', 'hotellet'] },
  { asked: ['restaurant', 'restauranten', 'kro', 'kroen', 'inn'], cues: ['restaurant', 'restauranten', 'kro', 'kroen'] },
  { asked: ['school', 'skole', 'skolen', 'skolens'], cues: ['skole', 'skolen', 'school'] },
  {
    asked: ['band', 'bandet', 'orkester', 'orkestret', 'orkesteret', 'orchestra'],
    cues: ['band', 'bandet', 'orkester', 'orkestret', 'orkesteret'],
  },
  {
    asked: ['department', 'ward', 'afdeling', 'afdelingen', 'afsnit', 'afsnittet'],
    cues: ['afdeling', 'afdelingen', 'department', 'afsnit'],
  },
  // Video meeting services, named by the letter: a question asks "which platform" or "teams eller zoom".
  {
    asked: ['platform', 'platformen', 'platforms', 'videoplatform', 'service', 'tjeneste'],
    cues: ['zoom', 'teams', 'skype', 'webex', 'whereby'],
    named: true,
  },
  {
    asked: [
      'sagsnr',
      'sagsnummer',
      'sagsnummeret',
      'journalnr',
      'journalnummer',
      'journalnummeret',
      'jnr',
      'case number',
      'case no',
      'case nr',
      'case ref',
      'journal number',
      'journal no',
      'journal nr',
      'reference number',
      'ref number',
      'ref nr',
      'reference nr',
    ],
    cues: [
      'sagsnr',
      'sagsnummer',
      'journalnr',
      'journalnummer',
      'jnr',
      'j nr',
      'case number',
      'case no',
      'journal number',
      'reference number',
      'ref nr',
      'vores ref',
    ],
    code: true,
  },
  {
    asked: [
      'bookingkode',
      'bookingkoden',
      'booking code',
      'booking reference',
      'booking ref',
      'reservationskode',
      'reservation code',
      'bookingnummer',
      'booking number',
    ],
    cues: [
      'bookingkode',
      'bookingkoden',
      'booking code',
      'booking reference',
      'reservationskode',
      'reservation code',
      'bookingnummer',
      'booking number',
    ],
    code: true,
  },
];

/** Words that ask which one, or for a name: "which hospital", "hvilket busselskab", "hvad hedder båden". */
export const ASKS_WHICH = ['which', 'what', 'whats', 'hvilken', 'hvilket', 'hvilke', 'hvad', 'hva'];
export const ASKS_NAME = ['name', 'named', 'called', 'navn', 'navnet', 'hedder', 'hed'];
