import type { Lang } from '../i18n';

/**
 * What the bot understands: each intent with the words and phrases that signal it.
 * Phrases are written naturally (æ/ø/å, inflections) and folded when the matcher is built;
 * typos are the matcher's job, not listed here.
 *
 * weight 1 = a bare question word ("hvornår", "where") that only counts when nothing else in the clause is unknown;
 * weight 2 = a supporting word; weight 3 = decisive on its own.
 */
export const CONTENT_INTENTS = [
  'when',
  'endTime',
  'weekday',
  'duration',
  'where',
  'programme',
  'audience',
  'organisers',
  'chair',
  'purpose',
  'background',
  'ownTopics',
  'registrationLink',
  'signUp',
  'letterDate',
  'klAddress',
  'contact',
] as const;
/** Things a user asks the bot to do with their own registration, rather than questions about the meeting. */
export const COMMAND_INTENTS = ['myRegistration', 'changeRegistration', 'cancelRegistration', 'deleteData'] as const;
/** Organisers' questions about attendees; answered only after authorisation. */
export const ORGANISER_INTENTS = ['orgCount', 'orgBreakdown', 'orgList', 'orgExport', 'orgTopics'] as const;
export const SMALL_TALK_INTENTS = ['greeting', 'help', 'thanks'] as const;
export type ContentIntent = (typeof CONTENT_INTENTS)[number];
export type CommandIntent = (typeof COMMAND_INTENTS)[number] | (typeof ORGANISER_INTENTS)[number];
export type OrganiserIntent = (typeof ORGANISER_INTENTS)[number];
export type SmallTalkIntent = (typeof SMALL_TALK_INTENTS)[number];
export type Intent = ContentIntent | CommandIntent | SmallTalkIntent;

export interface Cue {
  phrase: string;
  weight: 1 | 2 | 3;
  lang: Lang;
}

type CueTable = Record<Intent, { da: Array<[string, 1 | 2 | 3]>; en: Array<[string, 1 | 2 | 3]> }>;

const TABLE: CueTable = {
  when: {
    da: [
      ['kalender', 2], ['kalenderen', 2], ['kryds i kalenderen', 3],
      ['hvornår', 1], ['tid', 3], ['tidspunkt', 3], ['tidspunktet', 3], ['dato', 3], ['datoen', 3], ['dag', 2],
      ['klokken', 3], ['klokkeslæt', 3], ['starter', 3], ['begynder', 3], ['start', 3], ['starttidspunkt', 3],
      ['går i gang', 3], ['hvad tid', 3], ['hvilken dato', 3], ['hvilken dag', 2], ['mødetid', 3],
      ['hvornår skal jeg møde op', 3], ['møde op', 2], ['være der', 2],
    ],
    en: [
      ['calendar', 2],
      ['when', 1], ['time', 3], ['date', 3], ['what time', 3], ['which date', 3], ['start', 3], ['starts', 3],
      ['starting', 3], ['begin', 3], ['begins', 3], ["o'clock", 3], ['schedule', 2], ['day', 2], ['be there', 2],
      ['kick off', 3], ['kicks off', 3],
    ],
  },
  endTime: {
    da: [
      ['slutter', 3], ['slut', 3], ['sluttidspunkt', 3], ['færdig', 3], ['færdige', 3], ['ender', 3],
      ['hjem', 2], ['afslutning', 3], ['afsluttes', 3], ['til hvornår', 3], ['varer til', 3], ['sluttid', 3],
    ],
    en: [
      ['done', 3], ['be done', 3], ['end time', 3],['end', 3], ['ends', 3], ['finish', 3], ['finishes', 3], ['over', 2], ['until', 3], ['till', 3], ['wrap up', 3], ['close', 2]],
  },
  weekday: {
    da: [
      ['mandag', 3], ['tirsdag', 3], ['onsdag', 3], ['torsdag', 3], ['fredag', 3], ['lørdag', 3], ['søndag', 3],['ugedag', 3], ['hvilken ugedag', 3], ['hvilken dag i ugen', 3], ['hverdag', 2], ['weekend', 3], ['weekenden', 3]],
    en: [
      ['monday', 3], ['tuesday', 3], ['wednesday', 3], ['thursday', 3], ['friday', 3], ['saturday', 3], ['sunday', 3],['weekday', 3], ['day of the week', 3], ['which day', 3], ['what day', 3], ['weekend', 3]],
  },
  duration: {
    da: [
      ['hvor meget tid', 3], ['afsætte', 3], ['afsætte tid', 3],
      ['hvor lang tid', 3], ['hvor længe', 3], ['varer', 3], ['varighed', 3], ['varigheden', 3], ['hvor lang', 3],
      ['timer', 2], ['lang tid', 3], ['hvor mange timer', 3],
    ],
    en: [
      ['how much time', 3], ['set aside', 3],['how long', 3], ['duration', 3], ['last', 2], ['lasts', 3], ['hours', 2], ['length', 3], ['long is', 3]],
  },
  where: {
    da: [
      ['hvor', 1], ['sted', 3], ['stedet', 3], ['mødested', 3], ['mødestedet', 3], ['adresse', 3], ['adressen', 3],
      ['lokation', 3], ['placering', 3], ['rådhus', 2],
      ['rådhuset', 2], ['hvilken by', 3], ['hvor henne', 3], ['finder jeg', 2], ['kommer jeg', 2], ['vej', 2],
      ['vejen', 2], ['herhen', 2], ['derhen', 2], ['hen', 1], ['by', 2],
    ],
    en: [
      ['where', 1], ['place', 3], ['venue', 3], ['location', 3], ['address', 3], ['located', 3], ['city hall', 2], ['town hall', 2], ['which city', 3], ['which town', 3], ['get there', 2], ['directions', 3],
    ],
  },
  programme: {
    da: [
      ['bygget op', 3], ['struktur', 3], ['strukturen', 3], ['overblik', 2], ['forløber', 3], ['hvad skal der foregå', 3],
      ['program', 3], ['programmet', 3], ['programpunkter', 3], ['dagsorden', 3], ['dagsordenen', 3], ['agenda', 3],
      ['agendaen', 3], ['indhold', 2], ['indholdet', 2], ['hvad skal der ske', 3], ['hvad sker der', 3],
      ['hvad skal vi lave', 3], ['punkter', 2], ['forløb', 3], ['forløbet', 3], ['køreplan', 3],
    ],
    en: [
      ['structured', 3], ['structure', 3], ['walk me through', 2], ['overview', 2],
      ['programme', 3], ['program', 3], ['agenda', 3], ['schedule', 2], ['what happens', 3], ['what will happen', 3],
      ['items', 2], ['running order', 3], ['plan for', 2], ['outline', 3],
    ],
  },
  audience: {
    da: [
      ['deltage', 2], ['også deltage', 3],
      ['beregnet for', 3], ['for politikere', 3], ['for direktører', 3], ['også for', 3], ['kun for', 3], ['politikere', 2], ['embedsfolk', 2], ['embedsmænd', 2],
      ['inviteret', 3], ['inviterede', 3], ['inviteres', 3], ['målgruppe', 3], ['målgruppen', 3], ['hvem kan deltage', 3],
      ['hvem må deltage', 3], ['hvem deltager', 3], ['hvem kommer', 3], ['hvem er mødet for', 3], ['for hvem', 3],
      ['hvem skal med', 3], ['hvem er med', 3], ['deltagere', 2], ['deltagerne', 2], ['hvem', 1],
      ['invitationen sendt til', 3], ['hvem er invitationen til', 3], ['må jeg deltage', 3], ['kan jeg deltage', 3],
      ['må jeg komme', 3], ['kan jeg komme', 3], ['er jeg inviteret', 3], ['må min', 2], ['kan min', 2], ['invitationen er til', 3], ['relevant for mig', 3],
    ],
    en: [
      ['attend', 2], ['come along', 2],
      ['meant for', 3], ['people like me', 3], ['only for', 3], ['also for', 3], ['for directors', 3], ['for politicians', 3], ['officials', 2], ['politicians', 2],
      ['invited', 3], ['audience', 3], ['who can attend', 3], ['who can come', 3], ['who is it for', 3],
      ['who should attend', 3], ['who attends', 3], ['who is coming', 3], ['target group', 3], ['for whom', 3],
      ['participants', 2], ['who', 1], ['can i attend', 3], ['can i come', 3], ['am i invited', 3], ['eligible', 3],
      ['is it for', 3], ['can my', 2], ['relevant for me', 3],
    ],
  },
  organisers: {
    da: [
      ['holder mødet', 3], ['står for mødet', 3], ['der holder', 2],
      ['arrangør', 3], ['arrangører', 3], ['arrangøren', 3], ['arrangørerne', 3], ['arrangerer', 3], ['arrangeret', 3],
      ['står bag', 3], ['vært', 3], ['værter', 3], ['værtskommune', 3], ['afholder', 3], ['inviterer', 3],
      ['hvem holder', 3], ['hvem har inviteret', 3], ['bag mødet', 3], ],
    en: [
      ['who is holding', 3], ['running the meeting', 3],
      ['organiser', 3], ['organisers', 3], ['organizer', 3], ['organizers', 3], ['organising', 3], ['organizing', 3],
      ['organised', 3], ['organized', 3], ['host', 3], ['hosts', 3], ['hosting', 3], ['hosted', 3], ['behind', 3],
      ['who is inviting', 3], ['who invited', 3], ['runs the meeting', 2], ['arranging', 3], ['arranges', 3],
    ],
  },
  chair: {
    da: [
      ['står for', 2],
      ['leder', 3], ['leder mødet', 3], ['ordstyrer', 3], ['ordstyreren', 3], ['mødeleder', 3], ['formand', 3],
      ['formanden', 3], ['taler', 3], ['talere', 3], ['oplægsholder', 3], ['oplægsholdere', 3], ['byder velkommen', 3],
      ['styrer', 3], ['hvem siger', 2], ['holder oplæg', 3], ['hvem fra kl', 3], ['thomas', 3], ['gyldal', 3],
    ],
    en: [
      ['chair', 3], ['chairs', 3], ['chairman', 3], ['chairperson', 3], ['lead', 3], ['leads', 3], ['leading', 3],
      ['speaker', 3], ['speakers', 3], ['speak', 3], ['speaking', 3], ['presenter', 3], ['moderator', 3],
      ['facilitates', 3], ['facilitator', 3], ['welcomes', 2], ['in charge', 3], ['who from kl', 3], ['thomas', 3], ['gyldal', 3],
    ],
  },
  purpose: {
    da: [
      ['ud på', 2], ['hvad går', 2],
      ['formål', 3], ['formålet', 3], ['handler', 3], ['handler om', 3], ['emne', 2], ['emnet', 2], ['tema', 2],
      ['temaet', 2], ['fokus', 3], ['fokusområde', 3], ['hvorfor', 2], ['hvad går det ud på', 3], ['går ud på', 3],
      ['hvad skal vi drøfte', 3], ['drøfte', 2], ['drøftes', 2], ['diskutere', 2], ['diskuteres', 2], ['hvad er meningen', 3],
      ['meningen', 3], ['mål', 2], ['målet', 2], ['sigte', 3], ['hvad skal vi tale om', 3], ['snakke om', 3], ['tale om', 3],
    ],
    en: [
      ['actually about', 3], ['is about', 3], ['meeting about', 3],
      ['purpose', 3], ['about', 2], ['what is it about', 3], ['focus', 3], ['topic', 2], ['theme', 2], ['why', 2],
      ['aim', 3], ['goal', 3], ['objective', 3], ['discuss', 2], ['discussed', 2], ['point of', 3], ['talk about', 3],
    ],
  },
  background: {
    da: [
      ['netop nu', 3], ['hvorfor nu', 3],
      ['baggrund', 3], ['baggrunden', 3], ['økonomiaftale', 3], ['økonomiaftalen', 3], ['folkeskoleaftale', 3],
      ['folkeskoleaftalen', 3], ['kvalitetsundersøgelse', 3], ['reformer', 3], ['reform', 3], ['hvorfor nu', 3],
      ['serviceramme', 3], ['servicerammen', 3], ['specialområdet', 2], ['udgifter', 2], ['sammenhæng', 2],
      ['nationale dagsordener', 3], ['aftale', 2], ['aftalen', 2],
    ],
    en: [
      ['holding it now', 3],
      ['background', 3], ['context', 3], ['economy agreement', 3], ['economic agreement', 3], ['budget agreement', 3],
      ['school agreement', 3], ['folkeskole', 3], ['reform', 3], ['reforms', 3], ['why now', 3], ['agreement', 2],
      ['special needs', 2], ['spending', 2], ['national agenda', 3],
    ],
  },
  ownTopics: {
    da: [
      ['tage emner med', 3], ['emner med', 3], ['selv tage', 3],
      ['problemstillinger', 2], ['optaget af', 2], ['plads til at drøfte', 3], ['mulighed for at tage', 3], ['egne', 2],
      ['egne emner', 3], ['eget emne', 3], ['egne temaer', 3], ['eget tema', 3], ['bringe', 3], ['på banen', 3],
      ['tage op', 3], ['tage et emne op', 3], ['rejse', 2], ['vores egne', 3], ['mine egne', 3],
      ['andre emner', 3], ['eget punkt', 3], ['egne punkter', 3], ['byde ind', 3], ['foreslå', 3], ['input', 2],
    ],
    en: [
      ['bring topics', 3], ['bring our own', 3],
      ['raise issues', 3], ['own issues', 3],
      ['own topics', 3], ['own topic', 3], ['own themes', 3], ['our own', 3], ['my own', 3], ['raise', 3],
      ['bring up', 3], ['bring', 2], ['suggest', 3], ['propose', 3], ['other topics', 3], ['add a topic', 3], ['input', 2],
    ],
  },
  registrationLink: {
    da: [
      ['hvordan melder', 3], ['melder vi os', 3], ['melde os til', 3], ['melder man sig', 3],
      ['tilmelding', 3], ['tilmeldingen', 3], ['tilmelder', 3], ['tilmeldingslink', 3], ['link', 3], ['linket', 3], ['hvordan tilmelder', 3],
      ['hvor tilmelder', 3], ['melde mig til', 2], ],
    en: [
      ['where can i sign up', 3], ['where do i sign up', 3], ['how do i sign up', 3], ['how can i sign up', 3], ['how do we register', 3],
      ['registration', 3], ['how do i register', 3], ['how to register', 3], ['where do i register', 3],
      ['registration link', 3], ['sign up link', 3], ['link', 3], ['how can i register', 3], ['rsvp', 3],
    ],
  },
  signUp: {
    da: [
      ['tilmeld mig', 3], ['tilmeld', 3], ['meld mig til', 3], ['jeg vil gerne deltage', 3], ['jeg vil deltage', 3],
      ['jeg vil gerne tilmelde', 3], ['jeg vil tilmelde', 3], ['jeg deltager', 3], ['jeg kommer', 3], ['skriv mig op', 3],
      ['sæt mig på', 3], ['jeg vil gerne med', 3], ['tilmelde mig', 3], ['jeg vil gerne være med', 3],
    ],
    en: [
      ['sign me up', 3], ['sign up', 3], ['register me', 3], ['i want to register', 3], ["i'd like to register", 3],
      ['i would like to register', 3], ['i want to attend', 3], ["i'd like to attend", 3], ['i will attend', 3],
      ['count me in', 3], ['book me', 3], ['i want to join', 3], ["i'd like to join", 3], ['register', 2], ['enrol', 3], ['enroll', 3],
    ],
  },
  letterDate: {
    da: [
      ['blev sendt', 3], ['sendt ud', 3],
      ['på brevet', 3], ['brevets dato', 3], ['på invitationen', 2],
      ['sendt', 2], ['udsendt', 3], ['dateret', 3], ['datering', 3], ['brevet', 2], ['invitationen sendt', 3],
      ['invitationens dato', 3], ['skrevet', 2], ['hvornår kom invitationen', 3], ['modtaget', 2],
    ],
    en: [
      ['was sent', 3], ['invite sent', 3], ['invitation sent', 3], ['sent out', 3], ['invitation letter', 3], ['letter dated', 3],
      ['on the letter', 3], ['letter date', 3],
      ['sent', 2], ['dated', 3], ['letter', 2], ['invitation date', 3], ['date of the invitation', 3], ['issued', 3],
      ['written', 2], ['when was the invitation', 3],
    ],
  },
  klAddress: {
    da: [
      ['kl s kontor', 3], ['kl ligger', 3], ['ligger kl', 3], ['kl holder til', 3],
      ['kl adresse', 3], ["kl's adresse", 3], ['kls adresse', 3], ['weidekampsgade', 3], ['postboks', 3],
      ['postadresse', 3], ['kontor', 2], ['kontoret', 2], ['hovedkontor', 3], ['københavn', 2], ['kl s adresse', 3],
      ['adresse på kl', 3], ['kl bor', 3], ['hjemmeside', 3], ['hjemmesiden', 3], ['website', 3],
    ],
    en: [
      ['where is kl', 3], ['kl located', 3], ['kl s office', 3], ['headquartered', 3], ['kl based', 3],
      ["kl's address", 3], ['kl address', 3], ['address of kl', 3], ['postal address', 3], ['office', 2], ['headquarters', 3],
      ['weidekampsgade', 3], ['website', 3], ['po box', 3], ['copenhagen', 2], ['kl s address', 3],
    ],
  },
  contact: {
    da: [
      ['hvem skal jeg spørge', 3], ['hvem spørger jeg', 3],
      ['afsender', 3], ['afsenderen', 3], ['hvem kan jeg spørge', 3],
      ['kontakt', 3], ['kontakte', 3], ['kontaktperson', 3], ['kontaktpersonen', 3], ['henvende', 3], ['underskrevet', 3], ['underskriver', 3], ['afsendt af', 3], ['hvem skrev', 3], ['hvem har skrevet', 3],
      ['ringe', 3], ['skrive til', 3], ['mail', 2], ['e-mail', 2], ['telefon', 2], ['spørgsmål til', 3],
    ],
    en: [
      ['sender', 3], ['signatory', 3], ['who can i ask', 3],
      ['contact', 3], ['contact person', 3], ['reach', 2], ['get in touch', 3], ['ask someone', 3], ['signed', 3],
      ['who wrote', 3], ['call', 2], ['email', 2], ['e-mail', 2], ['phone', 2], ['questions to', 3], ['who do i ask', 3],
    ],
  },
  myRegistration: {
    da: [
      ['min tilmelding', 3], ['er jeg tilmeldt', 3], ['vis min tilmelding', 3], ['hvad er jeg tilmeldt med', 3],
      ['mine oplysninger', 3], ['hvad har du gemt', 3], ['hvad har du registreret', 3], ['mine data', 2],
    ],
    en: [
      ['my registration', 3], ['am i registered', 3], ['what am i registered with', 3], ['my details', 3],
      ['show my registration', 3], ['what do you have on me', 3], ['what have you stored', 3], ['my data', 2],
    ],
  },
  changeRegistration: {
    da: [
      ['ret min', 3], ['ret mit', 3], ['ret mine', 3], ['ændre min', 3], ['ændre mit', 3], ['ændr min', 3], ['ændr mit', 3],
      ['skift min', 3], ['skift mit', 3], ['opdater min', 3], ['opdatere min', 3], ['ret tilmeldingen', 3], ['rette min', 3],
      ['rette mit', 3],
    ],
    en: [['change my', 3], ['update my', 3], ['correct my', 3], ['edit my', 3], ['fix my', 3]],
  },
  cancelRegistration: {
    da: [
      ['afmeld mig', 3], ['afmeld', 3], ['afmelde', 3], ['afmelde mig', 3], ['meld mig fra', 3], ['frameld mig', 3],
      ['framelde', 3], ['kan ikke komme', 3], ['kan alligevel ikke', 3], ['annuller min tilmelding', 3], ['afmelding', 3],
    ],
    en: [
      ['cancel my registration', 3], ['unregister', 3], ['withdraw', 3], ["can't come", 3], ['cannot come', 3],
      ['cancel my', 3], ['deregister', 3], ['not coming', 3], ["can't make it", 3],
    ],
  },
  deleteData: {
    da: [
      ['slet mine data', 3], ['slet mine oplysninger', 3], ['slet mig', 3], ['glem mig', 3], ['slet alt', 3],
      ['slet min tilmelding', 3], ['slette mine data', 3], ['slette mine oplysninger', 3],
    ],
    en: [['delete my data', 3], ['forget me', 3], ['erase my data', 3], ['delete my details', 3], ['delete everything', 3], ['delete my registration', 3]],
  },
  orgCount: {
    da: [
      ['hvor mange er tilmeldt', 3], ['hvor mange har tilmeldt', 3], ['hvor mange tilmeldte', 3], ['antal tilmeldte', 3],
      ['antal deltagere', 3], ['hvor mange deltager', 3], ['hvor mange deltagere', 3], ['hvor mange kommer', 3],
      ['hvor mange fra', 3], ['hvor mange er der tilmeldt', 3], ['hvor mange har meldt sig', 3],
      ['hvor mange', 2],
    ],
    en: [
      ['how many have registered', 3], ['how many registered', 3], ['how many are registered', 3], ['how many attend', 3],
      ['how many attendees', 3], ['how many people', 3], ['how many participants', 3], ['number of registrations', 3],
      ['attendee count', 3], ['how many from', 3], ['how many signed up', 3], ['how many', 2],
    ],
  },
  orgBreakdown: {
    da: [
      ['pr kommune', 3], ['per kommune', 3], ['fordelt på kommuner', 3], ['fordelt på kommune', 3], ['fordelt på rolle', 3],
      ['fordelt på roller', 3], ['pr rolle', 3], ['per rolle', 3], ['fordeling', 3], ['fordelingen', 3], ['tilmeldte pr', 3],
      ['opdelt på', 3], ['fordelt på', 3],
    ],
    en: [['by municipality', 3], ['per municipality', 3], ['by role', 3], ['per role', 3], ['breakdown', 3], ['broken down', 3], ['split by', 3]],
  },
  orgList: {
    da: [
      ['deltagerliste', 3], ['deltagerlisten', 3], ['vis deltagerlisten', 3], ['hvem er tilmeldt', 3], ['hvem har tilmeldt sig', 3],
      ['liste over tilmeldte', 3], ['liste over deltagere', 3], ['hvem har meldt sig til', 3], ['vis tilmeldte', 3], ['navneliste', 3],
    ],
    en: [
      ['attendee list', 3], ['who has registered', 3], ['who is registered', 3], ['who registered', 3], ['list of attendees', 3],
      ['show the attendees', 3], ['participant list', 3], ['list of participants', 3], ['show attendees', 3], ['who signed up', 3],
    ],
  },
  orgExport: {
    da: [['eksporter', 3], ['eksportér', 3], ['eksport', 3], ['csv', 3], ['excel', 3], ['regneark', 3], ['hent tilmeldingerne', 3]],
    en: [['export', 3], ['csv', 3], ['excel', 3], ['spreadsheet', 3], ['download the registrations', 3]],
  },
  orgTopics: {
    da: [
      ['emner vil deltagerne', 3], ['deltagernes emner', 3], ['emner har deltagerne', 3], ['deltagerne vil drøfte', 3],
      ['foreslåede emner', 3], ['indsendte emner', 3], ['deltagerne vil tage op', 3], ['temaer vil deltagerne', 3],
    ],
    en: [
      ['topics participants', 3], ['participants topics', 3], ['topics did participants', 3], ['participants want to discuss', 3],
      ['topics submitted', 3], ['suggested topics', 3], ['topics do participants', 3], ['participants want to raise', 3],
    ],
  },
  greeting: {
    da: [['hej', 3], ['hejsa', 3], ['goddag', 3], ['godmorgen', 3], ['god morgen', 3], ['davs', 3], ['hallo', 3], ['halløj', 3], ['dav', 3]],
    en: [['hello', 3], ['hi', 3], ['hey', 3], ['good morning', 3], ['good afternoon', 3], ['howdy', 3]],
  },
  help: {
    da: [
      ['spørge dig om', 3], ['hvad kan du hjælpe med', 3],['hjælp', 3], ['hvad kan du', 3], ['hvad kan jeg spørge om', 3], ['hvordan virker du', 3], ['hvem er du', 3], ['vejledning', 3]],
    en: [
      ['how does this bot work', 3], ['what do you know', 3],['help', 3], ['what can you do', 3], ['what can i ask', 3], ['how do you work', 3], ['who are you', 3], ['instructions', 3]],
  },
  thanks: {
    da: [
      ['tak for hjælpen', 3], ['tak for svaret', 3],['tak', 3], ['mange tak', 3], ['tusind tak', 3], ['tak skal du have', 3], ['super', 2], ['perfekt', 2]],
    en: [
      ['thanks for the help', 3], ['that helps', 3],['thanks', 3], ['thank you', 3], ['thx', 3], ['cheers', 3], ['great', 2], ['perfect', 2]],
  },
};

/**
 * Topics the invitation says nothing about. A clause that names one gets an honest "I don't know",
 * even when it also holds a question word ("hvor kan jeg parkere?").
 */
export const UNKNOWN_TOPICS: Record<Lang, string[]> = {
  da: [
    'parkering', 'parkere', 'parkeringsplads', 'p-plads', 'mad', 'spise', 'forplejning', 'frokost', 'aftensmad',
    'middag', 'kaffe', 'sandwich', 'drikkevarer', 'bar', 'pris', 'koster', 'betale', 'betaling', 'gebyr', 'gratis',
    'online', 'virtuelt', 'teams-link', 'zoom', 'streaming', 'livestream', 'dresscode', 'påklædning', 'tøj',
    'hotel', 'hotellet', 'hoteller', 'overnatning', 'overnatte', 'transport', 'kørsel', 'kørselsgodtgørelse', 'tog', 'toget', 'togene', 'bus', 'bussen', 'fly',
    'refusion', 'godtgørelse', 'handicap', 'kørestol', 'tilgængelighed', 'elevator', 'toilet', 'toilettet', 'wifi',
    'kode', 'adgangskode', 'vejret', 'vejr', 'allergi', 'vegetar', 'vegansk', 'garderobe', 'lokale', 'lokalet',
    'lokalenummer', 'etage', 'frist', 'fristen', 'tilmeldingsfrist', 'tilmeldingsfristen', 'sidste frist', 'station', 'banegården', 'udviklet', 'hvem har lavet dig', 'kroner', 'kr', 'millioner', 'beløb', 'hvor stort', 'mailadresse', 'e-mailadresse', 'hvor mange', 'tolk', 'oversættelse', 'simultantolkning', 'dørene', 'telefonnummer', 'nummer', 'borgmester', 'statsminister', 'fodbold',
    'næste år', 'sidste år', 'oplæg', 'slides',
    'referat', 'referatet', 'optagelse', 'pressen', 'journalister', 'aflyst', 'aflyse', 'udsat',
  ],
  en: [
    'parking', 'park', 'food', 'eat', 'lunch', 'dinner', 'catering', 'coffee', 'drinks', 'bar', 'price', 'cost',
    'costs', 'fee', 'pay', 'free', 'online', 'virtual', 'zoom', 'teams link', 'stream', 'livestream', 'dress code',
    'wear', 'hotel', 'accommodation', 'stay overnight', 'transport', 'train', 'bus', 'flight', 'reimbursement',
    'reimbursed', 'wheelchair', 'accessible', 'accessibility', 'elevator', 'toilet', 'restroom', 'wifi', 'wi-fi',
    'password', 'weather', 'allergy', 'vegetarian', 'vegan', 'cloakroom', 'room number', 'which room', 'floor', 'deadline', 'station', 'developed', 'who made you', 'who built you', 'kroner', 'dkk', 'how much money', 'email address', 'e-mail address', 'how many', 'interpreter', 'translation', 'charger', 'charging',
    'doors open', 'phone number', 'mayor', 'prime minister', 'football', 'next year', 'last year', 'slides', 'minutes of', 'recording', 'recorded', 'press',
    'journalists', 'cancelled', 'canceled', 'postponed',
  ],
};

/** Words that mean "the meeting" itself: known, but no intent of their own. */
export const MEETING_WORDS: Record<Lang, string[]> = {
  da: ['møde', 'mødet', 'mødes', 'møder', 'holdes', 'afholdes', 'foregår', 'foregå', 'ligger', 'køre', 'finde', 'holder', 'sker', 'arrangement', 'arrangementet', 'invitation', 'invitationen', 'begivenhed', 'politisk', 'regionalt', 'regionale', 'mødebot', 'bot'],
  en: ['meeting', 'meet', 'invite', 'held', 'take', 'taking', 'takes', 'place', 'happen', 'happening', 'drive', 'go', 'event', 'invitation', 'session', 'gathering', 'political', 'regional', 'bot', 'mødebot'],
};

/** Function words: known in every clause, and the basis of language detection. */
export const FUNCTION_WORDS: Record<Lang, string[]> = {
  da: [
    'jeg', 'du', 'vi', 'i', 'de', 'han', 'hun', 'den', 'det', 'der', 'er', 'var', 'bliver', 'blev', 'skal', 'skulle',
    'kan', 'kunne', 'vil', 'ville', 'må', 'have', 'har', 'havde', 'og', 'eller', 'men', 'på', 'til', 'fra', 'med',
    'af', 'om', 'for', 'ved', 'hos', 'en', 'et', 'min', 'mit', 'mine', 'din', 'dit', 'vores', 'jeres', 'hvad', 'hvem',
    'hvilken', 'hvilket', 'hvilke', 'hvordan', 'hvorfor', 'hvis', 'ikke', 'også', 'lige', 'gerne', 'mig', 'dig', 'os',
    'jer', 'dem', 'sig', 'så', 'nu', 'her', 'da', 'når', 'at', 'som', 'noget', 'nogen', 'alle', 'meget', 'mere',
    'lidt', 'egentlig', 'mon', 'venligst', 'godt', 'ja', 'nej', 'okay', 'ok', 'fortæl', 'fortælle', 'vide', 'ved',
    'spørge', 'kommer', 'komme', 'få', 'får', 'gøre', 'sige', 'lige', 'igen', 'præcis', 'helt', 'nok', 'jo', 'vel',
    'denne', 'dette', 'disse', 'sådan', 'hvornår', 'hvor', 'man', 'henne', 'hen', 'blive', 'være', 'været', 'står',
    'dag', 'dagen', 'kære', 'fået', 'fik', 'ny', 'nye', 'gang', 'tak', 'venlig', 'hilsen', 'mvh', 'hej', 'invitation', 'invitationen',
  ],
  en: [
    'i', 'you', 'we', 'they', 'he', 'she', 'it', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'been', 'will',
    'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'have', 'has', 'had',
    'and', 'or', 'but', 'on', 'in', 'at', 'to', 'from', 'with', 'of', 'for', 'by', 'about', 'my', 'your', 'our',
    'their', 'what', 'who', 'whom', 'which', 'how', 'why', 'if', 'not', 'also', 'just', 'please', 'me', 'us', 'them',
    'so', 'now', 'here', 'there', 'that', 'this', 'these', 'those', 'as', 'any', 'some', 'all', 'much', 'more', 'tell',
    'know', 'get', 'let', 'exactly', 'again', 'when', 'where', 'yes', 'no', 'okay', 'ok', 'dear', 'thanks', 'regards',
    'hi', 'hello', 'it', "it's", 'its', 'does', 'going', 'want', 'like', 'need', 'kindly', 'quick', 'question',
  ],
};

/** Words that make a clause a question, so a supporting cue alone may answer it ("hvad med programmet?"). */
export const QUESTION_WORDS = [
  'hvornår', 'hvor', 'hvad', 'hvem', 'hvilken', 'hvilket', 'hvilke', 'hvordan', 'hvorfor', 'kan', 'må', 'er', 'skal',
  'when', 'where', 'what', "what's", 'whats', 'who', 'which', 'how', 'why', 'can', 'is', 'are', 'do', 'does', 'will',
];

export interface IntentCue extends Cue {
  intent: Intent;
}

export function intentCues(): IntentCue[] {
  const cues: IntentCue[] = [];
  for (const [intent, byLang] of Object.entries(TABLE) as Array<[Intent, CueTable[Intent]]>) {
    for (const lang of ['da', 'en'] as const) {
      for (const [phrase, weight] of byLang[lang]) cues.push({ intent, phrase, weight, lang });
    }
  }
  return cues;
}
