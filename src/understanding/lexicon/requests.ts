/**
 * Requests — things people ask the bot to do rather than questions about the meeting — and small talk, in the
 * phrase syntax of topics.ts. Generic: nothing of a particular meeting.
 */

type Phrases = { da: string[]; en: string[] };

export const REQUESTS = [
  'signUp',
  'signUpOthers',
  'myRegistration',
  'changeRegistration',
  'cancelRegistration',
  'deleteData',
  'listEvents',
  'answerInLanguage',
  'orgCount',
  'orgBreakdown',
  'orgList',
  'orgExport',
  'orgTopics',
  'orgUnanswered',
  'orgAnswer',
  'orgShowAnswers',
  'orgEditAnswer',
  'orgRemoveAnswer',
  'orgOverview',
  'orgBind',
] as const;
export type Request = (typeof REQUESTS)[number];

export const REQUEST_CUES: Record<Request, Phrases> = {
  signUp: {
    da: [
      'tilmeld mig',
      'tilmeld os',
      'meld mig til',
      'skriv* (mig|os) … op',
      'sæt mig på',
      'jeg vil (gerne|godt)? (tilmelde|melde) mig',
      'jeg vil (gerne|godt)? (deltage|være med|med)',
      'jeg vil (rigtig|meget) gerne (deltage|tilmelde|være med)',
      'jeg (vil|skal|ønsker|ønsker at) (tilmeldes|deltage)',
      'jeg ønsker at (tilmelde|deltage)',
      'kan du (tilmelde|melde) mig',
      'vil du (tilmelde|melde) mig',
      'tilmelding tak',
      'jeg tilmelder mig',
      'jeg melder mig til',
      'tilmeld',
      'tilmelde mig',
      'ja tak til (mødet|invitationen)',
      'jeg deltager gerne',
      'jeg vil gerne tilmeldes',
    ],
    en: [
      'sign (me|us) up',
      'register me',
      'count me in',
      'i (d|would|want to|wish to|like to|d like to) (register|sign up|attend|join|come|take part)',
      'i would like to (register|sign up|attend|join|come|take part)',
      'i want to (register|sign up|attend|join)',
      'can you (register|sign) me',
      'please (register|sign) me',
      'i will attend',
      'i ll attend',
      'i am attending',
      'rsvp yes',
      'book me',
      'sign up',
      'register',
    ],
  },
  signUpOthers: {
    da: ['(og|samt|plus) (min|mine|en) (kollega*|chef*|leder*|medarbejder*|ven*|mand|kone)', 'tilmelde (min|mine|en) (kollega*|chef*|leder*|medarbejder*)', 'tilmelde (andre|flere|nogen|hele)', 'melde (min|mine) (kollega*|chef*) til', 'kollega*'],
    en: ['(and|plus) (my|a) (colleague*|boss|manager|coworker*|co worker*|friend*)', 'register (my|a) (colleague*|boss|manager|team)', 'sign up (my|a) (colleague*|boss|manager|team)', 'register (others|someone else|other people)', 'colleague*'],
  },
  myRegistration: {
    da: ['min tilmelding', 'mine tilmeldinger', 'er jeg tilmeldt', 'hvad er jeg tilmeldt', 'hvad har jeg tilmeldt', 'hvad er jeg tilmeldt med', 'se (min|mine) tilmelding*', 'vis (min|mine) tilmelding*', 'mine oplysninger', 'mine data', 'hvad har (du|i) gemt om mig', 'hvad ved du om mig', 'status på min tilmelding', 'står jeg på venteliste*'],
    en: ['my registration*', 'am i registered', 'what am i registered', 'show my registration*', 'my details', 'my data', 'what do you (know|have|store) about me', 'am i on the waiting list', 'am i signed up', 'my sign up'],
  },
  changeRegistration: {
    da: ['ret (min|mit|mine|navn|e mail|email|mail|kommune|rolle|emne|tilmelding*)', 'ændr*', 'skift (min|mit|mine|kommune|rolle|navn|e mail|email|mail)', 'opdater*', 'jeg skrev (mit|min) … forkert', 'rette (min|mit|mine)', 'forkert (navn|e mail|email|mail|kommune|rolle)', 'min (e mail|email|mail|kommune|rolle) er forkert'],
    en: ['change (my|the)', 'update (my|the)', 'correct (my|the)', 'edit (my|the)', 'fix (my|the)', 'wrong (name|email|e mail|municipality|role)', 'i (typed|wrote|entered) my … wrong'],
  },
  cancelRegistration: {
    da: ['afmeld mig', 'afmeld', 'afmelde mig', 'meld mig fra', 'melde mig fra', 'jeg vil (gerne)? (afmelde|melde) mig fra', 'slet min tilmelding', 'annuller min tilmelding', 'fortryd min tilmelding', 'jeg kan ikke (komme|deltage) alligevel', 'jeg kommer ikke (alligevel)?', 'træk min tilmelding'],
    en: ['cancel my (registration|sign up|signup|place|seat)', 'unregister*', 'deregister*', 'withdraw my (registration|place)', 'i can t (come|make it|attend) (after all|anymore)', 'i cannot (come|attend) (after all|anymore)', 'remove my registration', 'i won t (be coming|attend|come)'],
  },
  deleteData: {
    da: ['slet (mine|alle mine) (data|oplysninger)', 'slet alt om mig', 'glem mig', 'fjern (mine|alle mine) (data|oplysninger)', 'slet det (du|i) ved om mig', 'slet mig'],
    en: ['delete (my|all my) (data|details|information|personal data)', 'forget me', 'remove (my|all my) (data|details|information)', 'erase my (data|details)', 'right to be forgotten'],
  },
  listEvents: {
    da: ['skift møde*', 'andre møder', 'andet møde', 'hvilke møder', 'et andet møde', 'alle møder', 'vælg møde*', 'vis møde*', 'liste over møder', 'hvilke arrangementer', 'flere møder'],
    en: ['switch (meeting|event)*', 'other (meetings|events)', 'another (meeting|event)', 'which (meetings|events)', 'what (meetings|events)', 'all (meetings|events)', 'choose (a )?(meeting|event)', 'list (of )?(meetings|events)', 'change (meeting|event)'],
  },
  answerInLanguage: {
    da: ['(svar|skriv|sig det|tal|det) på (engelsk|dansk)', 'på engelsk', 'på dansk', 'kan du (svare|skrive|tale) (på )?(engelsk|dansk)', 'oversæt*'],
    en: ['in (english|danish)', '(answer|reply|write|say it|speak) in (english|danish)', 'can you (answer|reply|write|speak) (in )?(english|danish)', 'english please', 'translate*'],
  },
  orgCount: {
    da: ['hvor mange (er|har) (tilmeldt|meldt sig|afmeldt|meldt fra)', 'hvor mange (er|har|kommer|deltager)', 'hvor mange … (tilmeldt|meldt sig|kommer|deltager|afmeldt)', 'antal (tilmeldte|deltagere|afmeldte)', 'antallet af (tilmeldte|deltagere)', 'hvor mange fra', 'er der nogen (tilmeldt )?fra', 'tælle', 'tælling', 'optælling*', 'status på tilmeldinger*', 'hvor mange står på venteliste*', 'hvor mange på venteliste*', 'hvor mange pladser er (taget|tilbage)'],
    en: ['how many (have|are|participants|registrations|attendees|signed|registered|cancelled|on the waiting)', 'how many people (have|are|signed|registered|cancelled)', 'how many … (registered|signed up|coming|attending|cancelled)', 'number of (registrations|participants|attendees|people)', 'headcount', 'count of', 'is anyone (registered )?from', 'how many from'],
  },
  orgBreakdown: {
    da: ['(tilmeldte|deltagere|tilmeldinger) (pr|per|fordelt på|efter|opdelt på)', 'fordelt på', 'fordeling*', 'opdelt på', 'pr kommune', 'pr rolle', 'per (kommune|rolle)'],
    en: ['(registrations|participants|attendees) (by|per)', 'broken down by', 'breakdown', 'per (municipality|role|organisation|organization)', 'by (municipality|role|organisation|organization)', 'distribution'],
  },
  orgList: {
    da: ['deltagerliste*', 'deltagerlisten', 'vis (deltagerne|de tilmeldte|listen|tilmeldingerne)', 'hvem er tilmeldt', 'hvem har (tilmeldt|meldt) sig', 'hvem kommer fra', 'hvem (er tilmeldt|har meldt sig|deltager) fra', 'liste over (deltagere|tilmeldte)', 'navne på (deltagerne|de tilmeldte)', 'side \\d+', 'næste side'],
    en: ['participant list*', 'list of (participants|attendees|registrations)', 'attendee list*', 'who (has|have|is) (registered|signed up)', 'who is coming from', 'show (the )?(participants|attendees|registrations|list)', 'names of (the )?(participants|attendees)', 'page \\d+', 'next page'],
  },
  orgExport: {
    da: ['eksport*', 'csv', 'excel*', 'regneark*', 'download*', 'hent (listen|tilmeldingerne|data)', 'send (listen|filen|tilmeldingerne)'],
    en: ['export*', 'csv', 'excel', 'spreadsheet*', 'download*', 'send (me )?(the )?(list|file|registrations)'],
  },
  orgTopics: {
    da: ['hvilke emner', 'emner (deltagerne|de tilmeldte) (vil|har)', 'deltagernes emner', 'foreslåede emner', 'hvad vil (deltagerne|de tilmeldte) (drøfte|tage op|tale om)', 'hvad har (deltagerne|folk) skrevet'],
    en: ['which topics', 'what topics', 'participants topics', 'suggested topics', 'what (do|did) (participants|attendees|people) (want|write|suggest)'],
  },
  orgUnanswered: {
    da: ['ubesvarede', 'ubesvarede spørgsmål', 'spørgsmål (uden svar|jeg ikke har svaret på|som ikke er besvaret)', 'hvad har (folk|deltagerne|de inviterede) spurgt om', 'åbne spørgsmål'],
    en: ['unanswered', 'unanswered questions', 'open questions', 'questions without (an )?answer', 'what (have|did) (people|invitees|participants) asked'],
  },
  orgAnswer: {
    da: ['svar på \\d+', 'svar til \\d+', 'besvar \\d+', 'svar \\d+'],
    en: ['answer \\d+', 'reply to \\d+', 'answer to \\d+', 'answer question \\d+'],
  },
  orgShowAnswers: {
    da: ['vis svar', 'vis svarene', 'mine svar', 'tilføjede svar', 'alle svar'],
    en: ['show answers', 'list answers', 'my answers', 'added answers', 'all answers'],
  },
  orgEditAnswer: {
    da: ['ret svar \\d+', 'ændr svar \\d+', 'ret svaret \\d+'],
    en: ['edit answer \\d+', 'change answer \\d+', 'correct answer \\d+'],
  },
  orgRemoveAnswer: {
    da: ['fjern svar \\d+', 'slet svar \\d+', 'fjern svaret \\d+'],
    en: ['remove answer \\d+', 'delete answer \\d+'],
  },
  orgOverview: {
    da: ['oversigt', 'overblik over (mine )?møder', 'mine møder', 'alle mine møder', 'status på (alle )?møder'],
    en: ['overview', 'my events', 'my meetings', 'status of (all )?(my )?(events|meetings)'],
  },
  orgBind: {
    da: ['brug dette møde her', 'brug (det|dette|mødet) her', 'knyt (mødet|dette møde) til (kanalen|teamet|chatten)', 'sæt (mødet|møde) for (kanalen|teamet|chatten)', 'dette møde (her|i kanalen)'],
    en: ['use this (meeting|event) here', 'bind (this )?(meeting|event)', 'set (the )?(meeting|event) for this (channel|team|chat)', 'link (this )?(meeting|event) to this (channel|team|chat)'],
  },
};

export const SMALL_TALK = ['greeting', 'thanks', 'farewell', 'acknowledgement', 'abuse', 'whatAreYou', 'speakLanguage', 'howAreYou', 'help'] as const;
export type SmallTalk = (typeof SMALL_TALK)[number] | 'gibberish';

/** Small talk, matched against the whole (short) message or its start; see understand.ts. */
export const SMALL_TALK_CUES: Record<(typeof SMALL_TALK)[number], Phrases> = {
  greeting: {
    da: ['hej', 'hejsa', 'hey', 'hejhej', 'goddag', 'god dag', 'god morgen', 'godmorgen', 'god formiddag', 'god eftermiddag', 'god aften', 'godaften', 'hallo', 'halløj', 'dav', 'davs', 'mojn', 'goddaw'],
    en: ['hi', 'hello', 'hey', 'hiya', 'good morning', 'good afternoon', 'good evening', 'greetings', 'howdy', 'yo'],
  },
  thanks: {
    da: ['tak', 'mange tak', 'tusind tak', 'tak for hjælpen', 'tak for svaret', 'tak skal du have', 'tak for det', 'takker', 'super tak', 'tak tak'],
    en: ['thanks', 'thank you', 'thank you very much', 'thanks a lot', 'many thanks', 'ty', 'cheers', 'thx'],
  },
  farewell: {
    da: ['farvel', 'hej hej', 'vi ses', 'ha en god dag', 'hav en god dag', 'god dag til dig', 'på gensyn', 'godnat', 'god nat', 'ses', 'hav det godt', 'ha det godt', 'god weekend'],
    en: ['bye', 'goodbye', 'good bye', 'see you', 'see ya', 'have a (nice|good|great) (day|weekend|evening)', 'have a nice day', 'have a good day', 'take care', 'good night', 'later', 'cya'],
  },
  acknowledgement: {
    da: ['ok', 'okay', 'okej', 'fint', 'fedt', 'super', 'godt', 'perfekt', 'forstået', 'det er fint', 'udmærket', 'nice', 'sejt', 'cool', 'fantastisk', 'dejligt', 'skønt', 'godt at vide', 'det vidste jeg ikke', 'aha', 'ja ok', 'javel', 'jamen fint', 'i orden', 'det lyder godt', 'flot', 'glimrende'],
    en: ['ok', 'okay', 'great', 'nice', 'cool', 'good', 'perfect', 'got it', 'understood', 'fine', 'alright', 'all right', 'awesome', 'excellent', 'sounds good', 'good to know', 'noted', 'i see', 'ah', 'wonderful', 'lovely'],
  },
  abuse: {
    da: ['lort*', 'pis*', 'fuck*', 'fucking', 'idiot*', 'dum', 'dumme', 'dumt', 'åndssvag*', 'klaphat*', 'røvhul*', 'kraftidiot*', 'hold kæft', 'skod*', 'elendig*', 'ubrugelig*', 'møgbot*'],
    en: ['fuck*', 'shit*', 'idiot*', 'stupid', 'dumb', 'useless', 'crap*', 'moron*', 'shut up', 'sucks', 'damn*', 'bastard*', 'asshole*', 'rubbish bot'],
  },
  whatAreYou: {
    da: ['hvad er du', 'hvem er du', 'hvad er (mødebot|moedebot|modebot|det her)', 'hvad kan du', 'er du en (robot|bot|person|maskine|menneske)', 'er du et menneske', 'taler jeg med en (robot|bot|person|maskine)', 'hvad hedder du', 'hvad laver du', 'hvordan virker du', 'hvem har (lavet|udviklet|bygget|programmeret|skabt) dig', 'hvem står bag (dig|mødebot|botten)', 'er du ai', 'er du kunstig intelligens', 'er du chatgpt'],
    en: ['what are you', 'who are you', 'what is (moedebot|modebot|mødebot|this)', 'what can you do', 'are you a (robot|bot|person|human|machine)', 'am i talking to a (robot|bot|person|human|machine)', 'what is your name', 'how do you work', 'who (made|built|developed|created|programmed) you', 'how does (this|the) (bot|chatbot|thing) work', 'are you ai', 'are you chatgpt'],
  },
  speakLanguage: {
    da: ['taler du (engelsk|dansk)', 'kan du (tale|forstå|skrive) (engelsk|dansk)', 'forstår du (engelsk|dansk)', 'snakker du (engelsk|dansk)', 'hvilke sprog'],
    en: ['do you (speak|understand) (english|danish)', 'can you (speak|understand|write) (english|danish)', 'which languages', 'what languages', 'speak english', 'english ok'],
  },
  howAreYou: {
    da: ['hvordan går det', 'hvordan har du det', 'går det godt', 'alt vel'],
    en: ['how are you', 'how is it going', 'how s it going', 'how are things', 'what s up', 'sup'],
  },
  help: {
    da: ['hjælp', 'hjælp mig', 'help', 'hvad kan jeg spørge (dig )?om', 'hvad kan man spørge (dig )?om', 'hvad kan jeg skrive', 'hvad nu', 'jeg forstår ikke', 'forstår ikke', 'hvordan bruger jeg dig', 'vejledning', 'kommandoer', 'menu'],
    en: ['help', 'help me', 'what can i ask', 'what can i say', 'what now', 'how do i use (you|this)', 'commands', 'menu', 'i don t understand'],
  },
};

/** Answers to a yes/no question (a prompt, a review, a "was that your topic?"). */
export const YES_NO: { yes: Phrases; no: Phrases } = {
  yes: {
    da: ['ja', 'jep', 'jo', 'ja tak', 'ja gerne', 'gerne', 'ok', 'okay', 'korrekt', 'rigtigt', 'det er rigtigt', 'det er korrekt', 'bekræft*', 'selvfølgelig', 'absolut', 'helt sikkert', 'j', 'yes', 'jaja', 'ja da', 'jamen ja', 'det passer', 'stemmer', 'det stemmer', 'ja det er', 'ja det er det', 'yep', 'sure', 'prøv igen', 'gør det', 'fortsæt', 'videre'],
    en: ['yes', 'yep', 'yeah', 'yup', 'ok', 'okay', 'sure', 'correct', 'right', 'that s right', 'that is right', 'confirm*', 'of course', 'absolutely', 'definitely', 'y', 'please do', 'go ahead', 'do it', 'try again', 'retry', 'continue'],
  },
  no: {
    da: ['nej', 'nej tak', 'nope', 'ikke', 'forkert', 'n', 'næ', 'nej det er forkert', 'det er forkert', 'ellers tak', 'lad være', 'hellere ikke', 'nej nej', 'nix', 'ikke rigtigt', 'ikke korrekt'],
    en: ['no', 'nope', 'nah', 'no thanks', 'no thank you', 'wrong', 'incorrect', 'not right', 'n', 'don t', 'do not', 'never mind'],
  },
};

/** Leaving a dialog: "annuller", "jeg gider ikke alligevel", "never mind, I'll do it later". */
export const LEAVE_DIALOG: Phrases = {
  da: ['annuller*', 'annullér', 'afbryd*', 'stop', 'stop det', 'stop tilmeldingen', 'glem det', 'fortryd*', 'jeg gider ikke', 'gider ikke', 'jeg vil ikke alligevel', 'jeg vil ikke (tilmelde|melde) mig', 'ikke alligevel', 'alligevel ikke', 'jeg venter', 'senere', 'en anden gang', 'drop det', 'lad os stoppe', 'afslut', 'exit', 'quit', 'cancel'],
  en: ['cancel', 'stop', 'quit', 'abort', 'never mind', 'nevermind', 'forget it', 'not now', 'later', 'some other time', 'i ll do it later', 'i will do it later', 'i changed my mind', 'don t want to', 'exit', 'leave'],
};
