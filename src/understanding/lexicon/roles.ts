/**
 * Roles people hold at the meetings this bot serves — in municipalities, committees, councils and associations — and
 * the words they call them by, in Danish and English. General knowledge, tied to no meeting: a sign-up names its
 * roles in its own words ("Udvalgsformand", "Chef/leder"); this lexicon says which everyday words mean the same role
 * or one within it, so "skolechef" finds a "Chef/leder" choice and "næstformand" an "Udvalgsmedlem" choice — when
 * the event has such a choice, and only then. A group ("politikere", "embedsfolk") names every role within it, for
 * an organiser's count.
 *
 * Words are lower case, with æ, ø and å as written; a word also stands for its plural and definite forms
 * ("direktører", "lederne", "directors"), and for a compound ending in it ("teamleder", "sundhedschef").
 */
export interface RoleWords {
  role: string;
  /** The group this role belongs to: "politician" takes in chair and member. */
  within?: string;
  words: string[];
}

export const ROLE_WORDS: readonly RoleWords[] = [
  {
    role: 'chair',
    within: 'politician',
    words: [
      'formand',
      'formænd',
      'forkvinde',
      'forperson',
      'udvalgsformand',
      'udvalgsformænd',
      'borgmester',
      'rådmand',
      'rådmænd',
      'chair',
      'chairs',
      'chairman',
      'chairmen',
      'chairwoman',
      'chairwomen',
      'chairperson',
      'committee chair',
      'mayor',
    ],
  },
  {
    role: 'member',
    within: 'politician',
    words: [
      'medlem',
      'udvalgsmedlem',
      'byrådsmedlem',
      'kommunalbestyrelsesmedlem',
      'regionsrådsmedlem',
      'rådsmedlem',
      'bestyrelsesmedlem',
      'næstformand',
      'næstformænd',
      'viceformand',
      'viceborgmester',
      'member',
      'committee member',
      'council member',
      'board member',
      'councillor',
      'councilor',
      'vice chair',
      'vice chairman',
      'deputy chair',
      'deputy mayor',
    ],
  },
  {
    role: 'politician',
    words: [
      'politiker',
      'lokalpolitiker',
      'kommunalpolitiker',
      'byrådspolitiker',
      'regionspolitiker',
      'folkevalgt',
      'folkevalgte',
      'politician',
      'elected member',
      'elected representative',
    ],
  },
  {
    role: 'director',
    within: 'staff',
    words: [
      'direktør',
      'kommunaldirektør',
      'forvaltningsdirektør',
      'stabsdirektør',
      'børne- og ungedirektør',
      'director',
      'executive director',
      'chief executive',
    ],
  },
  {
    role: 'head',
    within: 'staff',
    words: [
      'chef',
      'leder',
      'fagchef',
      'skolechef',
      'dagtilbudschef',
      'afdelingschef',
      'kontorchef',
      'centerchef',
      'sektionschef',
      'souschef',
      'skoleleder',
      'viceskoleleder',
      'afdelingsleder',
      'områdeleder',
      'institutionsleder',
      'dagtilbudsleder',
      'teamleder',
      'head',
      'manager',
      'head of department',
      'principal',
      'headteacher',
      'head teacher',
      'team leader',
    ],
  },
  {
    role: 'chief',
    within: 'staff',
    words: ['ceo', 'chief executive officer', 'boss'],
  },
  {
    role: 'officer',
    within: 'staff',
    words: [
      'konsulent',
      'specialkonsulent',
      'chefkonsulent',
      'fuldmægtig',
      'sagsbehandler',
      'medarbejder',
      'rådgiver',
      'koordinator',
      'consultant',
      'adviser',
      'advisor',
      'officer',
      'coordinator',
      'employee',
    ],
  },
  {
    role: 'staff',
    words: [
      'embedsmand',
      'embedsmænd',
      'embedsfolk',
      'ansat',
      'ansatte',
      'administrationen',
      'forvaltningen',
      'official',
      'officials',
      'civil servant',
      'civil servants',
      'staff',
    ],
  },
];
