/**
 * What questions about an invitation are about, and how people say it — in general, for any meeting. Nothing here
 * names a person, place, date or topic of a particular event: those come from the event itself (see knowledge.ts).
 *
 * Phrase syntax (compiled by phrases.ts): words separated by spaces and folded like user text (æ/ø/å, case);
 * `stem*` matches words starting with the stem, `*stem` words ending with it (Danish compounds); `(a|b)` either;
 * `word?` optional; `…` up to three other words.
 *
 * A SUBJECT names the thing asked about (the programme, parking, the price); an ASPECT asks something of a subject
 * (when, until when, how long, where, who, what it costs). A clause is resolved from both: "hvornår åbner dørene"
 * is the arrival (subject) at what time (aspect); "hvornår starter det" is the meeting's start.
 */

export const SUBJECTS = [
  'meeting',
  'programme',
  'speakers',
  'chair',
  'moderator',
  'host',
  'organisers',
  'audience',
  'purpose',
  'background',
  'ownTopics',
  'signUp',
  'signUpOpen',
  'deadline',
  'capacity',
  'contact',
  'letterDate',
  'sender',
  'signatory',
  'title',
  'postalCode',
  'city',
  'room',
  'travel',
  'arrival',
  'food',
  'parking',
  'accessibility',
  'online',
  'price',
  'language',
  'accommodation',
  'dressCode',
  'cancellation',
] as const;
export type Subject = (typeof SUBJECTS)[number];

export const ASPECTS = ['when', 'end', 'duration', 'weekday', 'where', 'who', 'cost', 'what', 'how'] as const;
export type Aspect = (typeof ASPECTS)[number];

type Phrases = { da: string[]; en: string[] };

export const SUBJECT_CUES: Record<Subject, Phrases> = {
  meeting: {
    da: ['møde*', 'mødet', 'mødes', 'møder', '*møde', '*mødet', 'arrangement*', 'konference*', 'seminar*', 'temadag*', 'dagen', 'aftenen', 'eventet', 'event', 'internat*', 'netværksmøde*', 'reception*', 'forum*', 'det hele', 'invitation*', 'samling*'],
    en: ['meeting*', 'event*', 'conference*', 'seminar*', 'forum*', 'reception*', 'gathering*', 'day', 'evening', 'the whole thing', 'invitation*'],
  },
  programme: {
    da: ['program*', '*program', 'dagsorden*', 'agenda*', 'punkter', 'programpunkt*', 'forløb*', 'køreplan*', 'indhold*', 'hvad (skal|sker) der …', 'hvad der … (foregår|foregå|sker|ske)', 'hvad (foregår|sker) der', 'hvad skal (der )?foregå', 'hvad skal vi lave', 'hvordan er (dagen|aftenen|mødet) bygget op', 'struktur*', 'oplæg*', 'indlæg*', 'sessioner'],
    en: ['programme*', 'program*', 'agenda*', 'schedule*', 'running order', 'what happens', 'what will happen', 'what is on', 'what s on', 'outline', 'sessions', 'items', 'talks', 'plan for the day'],
  },
  speakers: {
    da: ['taler*', 'talere', 'oplægsholder*', 'holder oplæg', 'holder oplægget', 'keynote*', 'hovedtaler*', 'byder velkommen', 'velkomst*', 'hvem (siger|fortæller|præsenterer|holder) …', 'medvirkende', 'paneldeltager*', 'panel*', 'underviser*', 'foredrag*', 'foredragsholder*', 'indleder*'],
    en: ['speaker*', 'speaking', 'talk*', 'keynote*', 'presenter*', 'presenting', 'panel*', 'panelist*', 'lecture*', 'welcome*', 'who is (on|talking|presenting)', 'opens the'],
  },
  chair: {
    da: ['mødeleder*', 'leder mødet', 'styrer mødet', 'formand*', 'formanden', 'står for mødet', 'leder det'],
    en: ['chair*', 'in charge', 'leads the meeting', 'leading the meeting', 'runs the meeting', 'running the meeting'],
  },
  moderator: {
    da: ['ordstyrer*', 'moderator*', 'styrer debatten', 'styrer ordet', 'konferencier*', 'vært for aftenen', 'vært for dagen'],
    en: ['moderator*', 'moderat*', 'facilitat*', 'mc', 'master of ceremonies', 'host of the (evening|day)'],
  },
  host: {
    da: ['vært', 'værter', 'værtskommune*', 'værtskab*'],
    en: ['host', 'hosts', 'hosted', 'hosting'],
  },
  organisers: {
    da: ['arrangør*', 'arrangere*', 'arrangeret', 'står bag', 'bag mødet', 'bag arrangementet', 'afholder*', 'afholdes af', 'hvem holder (mødet|det|konferencen|arrangementet)', 'der holder (mødet|konferencen|arrangementet)', 'holder (mødet|konferencen|arrangementet)', 'hvem inviterer', 'hvem har inviteret', 'hvem har sendt', 'inviteret af'],
    en: ['organiser*', 'organizer*', 'organising', 'organizing', 'organised', 'organized', 'organisation behind', 'organization behind', 'behind (it|the)', 'who is (inviting|holding|running|behind)', 'who invited', 'who sent', 'arrang*', 'put on by', 'run by'],
  },
  audience: {
    da: ['inviteret', 'inviterede', 'inviteres', 'målgruppe*', '(kan|må) … (deltage|komme med|være med)', 'også (komme|deltage|være med)', 'kan (alle|enhver|borgere|politikere|medarbejdere) …', 'hvem kan deltage', 'hvem må deltage', 'hvem kan komme', 'hvem må komme', 'hvem deltager', 'hvem er (mødet|det|konferencen|arrangementet|invitationen|dagen) for', 'for hvem', 'hvem er invitationen til', 'hvem er inviteret', '(må|kan) jeg (deltage|komme|være med)', '(må|kan) man (deltage|komme|være med)', 'er jeg inviteret', 'er det (kun|også) for', 'kun for', 'også for', 'åbent for', 'åben for', 'alle velkomne', 'relevant for', 'henvender sig til', 'rettet mod'],
    en: ['invited', 'audience', '(can|may) … (attend|come|join|take part)', 'who (can|may|should) (attend|come|join)', 'who is (it|this|the meeting|the event|the conference) for', 'target group', 'for whom', '(can|may) i (attend|come|join)', 'am i invited', 'eligible', 'open to', 'only for', 'also for', 'meant for', 'aimed at', 'relevant for', 'who is it aimed'],
  },
  purpose: {
    da: ['formål*', 'handler (det|mødet|konferencen|arrangementet|dagen)? om', 'hvad handler', 'går ud på', 'fokus*', 'tema*', 'hvad skal vi (drøfte|tale om|snakke om|diskutere)', 'hvad skal der (drøftes|diskuteres)', 'meningen med', 'målet med', 'sigte*', 'hvorfor (holder|afholder|inviterer)'],
    en: ['purpose', 'about', 'what is it about', 'focus', 'theme*', 'aim*', 'goal*', 'objective*', 'point of', 'why (are|is) (you|they|it|the)', 'what will we discuss', 'what will be discussed'],
  },
  background: {
    da: ['baggrund*', 'hvorfor nu', 'kontekst*', 'anledning*'],
    en: ['background', 'context', 'why now', 'occasion'],
  },
  ownTopics: {
    da: ['egne emner', 'eget emne', 'egne temaer', 'eget tema', 'egne punkter', 'eget punkt', 'andre emner', 'bringe … på banen', 'tage … op', 'byde ind', 'foreslå*', 'komme med (emner|input|forslag)', 'tage emner med', 'vores egne', 'mine egne', 'sætte … på dagsordenen', 'rejse (et|emner|spørgsmål)'],
    en: ['own topic*', 'our own', 'my own', 'bring up', 'raise (a|an|our|my|issues|topics|questions)', 'suggest (a|an|topics)', 'propose (a|an|topics)', 'add (a|an) (topic|item)', 'other topics'],
  },
  signUp: {
    da: ['tilmelding*', 'tilmeldingslink*', 'tilmeld*', 'melde (mig|os|sig) til', 'melder (jeg|man|vi) (mig|os|sig) til', 'hvordan (melder|tilmelder)', 'hvor (melder|tilmelder)', 'registrer*', 'link*', 'skal (man|jeg|vi) tilmelde', 'skal (man|jeg|vi) melde', 'kræver (det|mødet) tilmelding', 'tilmeldingsblanket*', 'svare på invitationen'],
    en: ['sign (up|me up)', 'signup', 'register*', 'registration*', 'rsvp', 'link', 'enrol*', 'book (a|my) (place|seat|spot)', 'do i need to (register|sign up)', 'how do i join'],
  },
  signUpOpen: {
    da: ['nå at (melde|tilmelde)', 'stadig (melde|tilmelde|nå|komme med)', 'for sent at (melde|tilmelde)', 'er (tilmeldingen|der) (stadig )?åben', 'er tilmeldingen lukket', 'kan (man|jeg) stadig (tilmelde|melde|nå)'],
    en: ['still (register|sign up|join|make it|get a place)', 'too late (to|for)', 'is (registration|sign up|signup) (still )?open', 'is registration closed', 'can i still'],
  },
  deadline: {
    da: ['frist*', '*frist', '*fristen', 'senest', 'sidste (frist|dag)', 'inden hvornår', 'hvornår skal (jeg|man|vi) (have )?(tilmeldt|meldt)', 'hvornår lukker', 'lukker tilmeldingen'],
    en: ['deadline*', 'by when', 'last day', 'closes', 'when (does|do) (registration|sign up|signup) close'],
  },
  capacity: {
    da: ['pladser', 'plads til', 'kapacitet*', 'hvor mange kan (deltage|komme|være)', 'hvor mange (pladser|deltagere)', 'er der (stadig|flere)? plads*', 'fyldt', 'udsolgt', 'fuldt booket', 'venteliste*', 'begrænset antal'],
    en: ['capacity', 'seats', 'places left', 'room for', 'how many (can|people can)', 'how many (places|seats|spots|participants)', 'max* participants', 'is it full', 'fully booked', 'sold out', 'waiting list', 'waitlist', 'spots', 'space left'],
  },
  contact: {
    da: ['kontakt*', 'kontaktperson*', 'hvem kan jeg (spørge|kontakte|ringe|skrive)', 'hvem skal jeg (spørge|kontakte|ringe|skrive)', 'hvem kan man (spørge|kontakte|ringe|skrive)', 'telefonnummer*', 'telefon*', 'tlf', 'nummer', 'mailadresse*', 'e mail*', 'email*', 'mail', 'ringe til', 'skrive til', 'spørge om', 'henvende mig', 'henvendelse*', 'sekretariat*'],
    en: ['contact*', 'who (can|do|should) i (ask|call|contact|email|write)', 'phone*', 'number', 'email*', 'e mail*', 'mail', 'call', 'reach', 'get in touch', 'questions to', 'secretariat'],
  },
  letterDate: {
    da: ['hvornår (blev|er) (invitationen|brevet|den|mailen) (sendt|skrevet|dateret|udsendt)', 'dateret', 'invitationens dato', 'brevets dato', 'dato (på|for) (brevet|invitationen|mailen)', 'står der på (brevet|invitationen)', 'hvornår er (invitationen|brevet) (fra|sendt)'],
    en: ['when was (the invitation|the letter|the invite|this invite|this invitation|this letter|it) (sent|written|dated)', 'dated', 'date of the (letter|invitation)', 'date (on|of) the (letter|invitation|invite)', '(invitation|letter|invite) date'],
  },
  sender: {
    da: ['afsender*', 'afsenderadresse*', 'brevpapir*', 'hvem er (invitationen|brevet|mailen) fra', 'hvem har sendt (invitationen|brevet|mailen)'],
    en: ['sender*', 'letterhead', 'who is (the invitation|the letter|it|this) from', 'who sent (the invitation|the letter|this|it)'],
  },
  signatory: {
    da: ['underskrevet', 'underskriver*', 'underskrift*', 'skrevet under', 'skrevet under på', 'hvem har skrevet (invitationen|brevet)', 'signeret'],
    en: ['signed', 'signatory', 'signature', 'signer', 'who wrote (the invitation|the letter|this|it)'],
  },
  title: {
    da: ['hvad hedder (mødet|det|arrangementet|konferencen)', 'titel*', 'titlen', 'navnet på (mødet|arrangementet|konferencen)', 'hvilket møde'],
    en: ['what is (the meeting|the event|it|the conference) called', 'title', 'name of the (meeting|event|conference)', 'which meeting'],
  },
  postalCode: { da: ['postnummer*', 'postnr'], en: ['postal code', 'postcode', 'zip', 'zip code'] },
  city: { da: ['hvilken by', 'hvilken kommune', 'hvilket sted i landet', 'byen'], en: ['which (city|town)', 'what (city|town)', 'the city', 'the town'] },
  room: { da: ['lokale*', 'sal', 'salen', 'etage*', 'indgang*', 'hvilket rum', 'mødelokale*'], en: ['which room', 'the room', 'hall', 'floor', 'entrance', 'meeting room'] },
  travel: {
    da: ['køre*', 'kører', 'kørsel*', 'kørevejledning*', 'bil', 'bilen', 'tog*', 'bus*', 'offentlig transport', 'transport*', 'komme (derhen|derud|dertil|frem|hen)', 'rute*', 'vejen (til|derhen)', 'cykel*', 'cykle*', 'letbane*', 'station*', 'rejse*', 'afstand*', 'hvor langt', 'taxa', 'taxi', 'fly', 'finde vej', 'vejvisning*', 'gå fra', 'gåafstand'],
    en: ['drive', 'driving', 'train*', 'bus*', 'public transport', 'transport*', 'get there', 'getting there', 'directions', 'route*', 'travel*', 'distance', 'how far', 'station*', 'tram*', 'bike*', 'cycle', 'cycling', 'taxi', 'fly', 'flight*', 'walk from', 'way to'],
  },
  arrival: {
    da: ['dørene', 'døren', 'døråbning*', 'dørene åbner', 'ankomst*', 'ankomme*', 'logge (på|ind)', 'logger (på|ind)', 'tjekke ind', 'hvornår (kan|må|skal) (jeg|man|vi) (komme|være der|møde op)', 'indskrivning*', 'registrering starter', 'check in', 'hvornår åbner', 'møde op'],
    en: ['doors', 'door open*', 'arrival', 'arrive', 'check in', 'log (on|in)', 'logging (on|in)', 'test my (mic|microphone|camera|audio)', 'registration opens', 'when (can|should|do) (i|we) (arrive|get there|come)', 'show up'],
  },
  food: {
    da: ['mad', 'maden', 'spise*', 'forplejning*', 'kaffe*', 'frokost*', 'middag*', 'aftensmad*', 'morgenmad*', 'kage*', 'sandwich*', 'servering*', 'serveres', 'serverer', 'drikke*', 'vand', 'vegetar*', 'vegan*', 'allergi*', 'gluten*', 'laktose*', 'frugt', 'snack*', 'bespisning', 'buffet*', 'traktement*', 'øl', 'vin', 'sodavand*', 'te', 'forfriskning*', 'spisning', 'diæt*'],
    en: ['food', 'eat*', 'lunch*', 'dinner*', 'breakfast*', 'coffee*', 'tea', 'cake*', 'refreshment*', 'snack*', 'drink*', 'catering', 'catered', 'vegetarian*', 'vegan*', 'allerg*', 'gluten*', 'meal*', 'served', 'buffet*', 'dietary', 'diet', 'fruit'],
  },
  parking: {
    da: ['parker*', 'parkering*', '*parkering', 'i bil', 'kører selv', 'kommer i bil', 'tager bilen', 'p plads*', 'p pladser*', 'p pladsen', 'p hus*', 'parkeringsplads*', 'parkeringshus*', 'stille bilen', 'holde (bilen|parkeret)', 'garage*', 'elbil*', 'ladestander*', 'opladning*'],
    en: ['park', 'parking*', 'car park*', 'by car', 'coming by car', 'drive there', 'driving there', 'parking lot', 'parking space*', 'garage*', 'leave (my|the) car', 'charging point*', 'ev charging'],
  },
  accessibility: {
    da: ['kørestol*', 'hører dårligt', 'hørehæmmet', 'tunghør*', 'ser dårligt', 'handicap*', '*handicap', 'tilgængelig*', 'niveaufri*', 'elevator*', 'trappe*', 'trapper', 'rampe*', 'teleslynge*', 'høreslynge*', 'høreapparat*', 'dårligt gående', 'gangbesvær*', 'rollator*', 'adgangsforhold*', 'handicaptoilet*', 'handicapparkering*', 'tolk*', 'tegnsprog*', 'synshandicap*', 'blind*', 'døv*'],
    en: ['wheelchair*', 'hard of hearing', 'hearing impair*', 'accessib*', 'step free', 'step-free', 'elevator*', 'lift', 'stairs', 'ramp*', 'hearing loop*', 'induction loop*', 'disab*', 'mobility', 'accessible toilet*', 'sign language', 'deaf', 'blind', 'visually impaired'],
  },
  online: {
    da: ['online', 'onlinedeltagelse', 'deltage online', 'link* til (teams|mødet|zoom|streamet|streamen)', 'teams', 'fysisk', 'fysisk fremmøde', 'møde (fysisk )?op', 'kan ikke komme', 'kan desværre ikke komme', 'kan ikke deltage', 'virtuel*', 'stream*', 'livestream*', 'live', 'teams link*', 'teamslink*', 'teams møde*', 'zoom*', 'hjemmefra', 'følge med (hjemmefra|online)', 'optagelse*', 'optaget', 'optager', 'se det bagefter', 'se (mødet|det) senere', 'transmitt*', 'link til mødet', 'mødelink*', 'hybrid*', 'fjern*', 'deltage (digitalt|virtuelt)'],
    en: ['online', 'join from', 'link (to|for) (the )?(meeting|teams|zoom|stream)', 'teams', 'in person', 'can t (come|make it|attend)', 'cannot (come|make it|attend)', 'remote*', 'stream*', 'livestream*', 'live stream*', 'virtual*', 'zoom', 'teams link', 'from home', 'recording*', 'recorded', 'watch (it )?later', 'webinar*', 'hybrid', 'join (remotely|online|digitally)', 'meeting link', 'dial in'],
  },
  price: {
    da: ['pris*', '*pris', '*prisen', 'gratis', 'studerende', 'studenterpris*', 'rabat*', 'betal*', 'gebyr*', '*gebyr', 'deltagerbetaling*', 'deltagergebyr*', 'kroner', 'kr', 'dkk', 'moms', 'faktura*', 'ean*', 'omkostning*', 'udgift*', 'egenbetaling*', 'rabat*', 'studerende pris'],
    en: ['price*', 'fee*', 'free', 'pay*', 'paid', 'charge*', 'dkk', 'kroner', 'vat', 'invoice*', 'discount*', 'student*', 'ticket*', 'registration fee'],
  },
  language: {
    da: ['sprog*', 'sproget', 'foregår (det|mødet|konferencen) på (engelsk|dansk)', 'er (det|mødet|konferencen|oplæggene) på (engelsk|dansk)', 'engelsksproget', 'dansksproget', 'tolkning*', 'oversæt*', 'simultantolk*'],
    en: ['language*', 'in english', 'in danish', 'english speaking', 'interpret*', 'translat*', 'is it (held )?in (english|danish)', 'conference language'],
  },
  accommodation: {
    da: ['overnat*', 'hotel*', '*hotel', 'hotelværelse*', 'værelse*', 'bookingkode*', 'booking*', 'indkvartering*', 'sove*', 'seng*', 'overnatningsmulighed*'],
    en: ['accommodation*', 'hotel*', 'overnight', 'stay*', 'booking code*', 'booking', 'lodging', 'sleep*', 'rooms'],
  },
  dressCode: {
    da: ['påklædning*', 'dresscode', 'dress code', 'tøj*', 'hvad skal (jeg|man|vi) have på', 'have på', 'pynt*', 'jakkesæt*', 'slips', 'kjole*', 'festtøj*', 'gallatøj*'],
    en: ['dress*', 'dress code', 'wear', 'wearing', 'attire', 'suit', 'tie', 'formal', 'casual', 'what should i wear', 'clothes', 'clothing'],
  },
  cancellation: {
    da: ['afbud*', 'melde afbud', 'aflys*', 'refusion*', 'refundering*', 'pengene tilbage', 'sende en kollega', 'en kollega i (mit|mine) sted', 'kollega … (i stedet|i mit sted)', 'framelding*', 'afmeldingsregler*', 'hvis (jeg|man) bliver syg'],
    en: ['refund*', 'money back', 'cancellation polic*', 'cancellation fee*', 'what if i (cancel|can t come|cannot come)', 'send a colleague', 'colleague in my place', 'colleague … (instead|in my place)', 'substitut*', 'if i get ill', 'if i am ill'],
  },
};

/**
 * Aspects: what is asked of the subject. `when` is the start (and the date), `end` until when, `duration` how long,
 * `weekday` which day of the week, `where` the place, `who` a person, `cost` the price, `what`/`how` open questions.
 */
export const ASPECT_CUES: Record<Aspect, Phrases> = {
  when: {
    da: ['hvornår', 'hvornårs', 'tidspunkt*', 'dato*', 'datoen', 'klokken', 'kl', 'klokkeslæt*', 'hvad tid', 'hvilken dag', 'hvilken dato', 'starter', 'start*', 'begynd*', 'går (det|vi|mødet)? i gang', 'mødetid*', 'være der', 'kalender*', 'sætte kryds', 'hvilket tidspunkt', 'åbner', 'tid', 'tiden', 'time'],
    en: ['when', 'what time', 'time', 'date', 'which day', 'what day', 'start*', 'begin*', 'kick off', 'kicks off', 'be there', 'calendar', 'o clock', 'opens', 'open'],
  },
  end: {
    da: ['slut*', 'færdig*', 'ender', 'ende', 'afslut*', 'til hvornår', 'hvor sent', 'hjem', 'hjemme', 'lukker', 'varer (det|mødet)? til'],
    en: ['end*', 'finish*', 'be done', 'over', 'until', 'till', 'wrap up', 'wraps up', 'how late', 'close*', 'get home'],
  },
  duration: {
    da: ['hvor lang tid', 'hvor længe', 'varer', 'varighed*', 'hvor mange timer', 'hvor lang', 'afsætte', 'tager det', 'tid (skal|må) (jeg|man) (afsætte|regne med)', 'regne med'],
    en: ['how long', 'duration', 'last', 'lasts', 'how many hours', 'how much time', 'length', 'set aside', 'take'],
  },
  weekday: {
    da: ['ugedag*', 'hvilken dag i ugen', 'dag i ugen', 'hvad for en dag', 'hverdag', 'weekend*', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
    en: ['weekday', 'day of the week', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  },
  where: {
    da: ['hvor', 'sted*', 'mødested*', 'adresse*', 'lokation*', 'placering*', 'beliggenhed*', 'hvor henne', 'hvorhen', 'hvor ligger', 'hvor foregår', 'hvor holdes', 'finder jeg', 'ligger', 'foregår'],
    en: ['where', 'venue*', 'location*', 'address*', 'place', 'located', 'whereabouts', 'held at', 'takes place'],
  },
  who: {
    da: ['hvem', 'hvem er', 'navn*'],
    en: ['who', 'whom', 'whose', 'name*'],
  },
  cost: {
    da: ['koster', 'koste', 'hvad koster', 'betale', 'hvad skal (jeg|man|vi) betale'],
    en: ['cost*', 'how much', 'pay', 'charge'],
  },
  what: {
    da: ['hvad', 'hvilken', 'hvilket', 'hvilke', 'hvor (mange|meget)'],
    en: ['what', 'which', 'how many'],
  },
  how: {
    da: ['hvordan', 'hvorledes'],
    en: ['how'],
  },
};

/** Words that make a clause a yes/no question: "er det …", "is it …", "kan man …". */
export const YES_NO_STARTS: Phrases = {
  da: ['er', 'bliver', 'foregår', 'starter', 'slutter', 'holdes', 'afholdes', 'ligger', 'skal', 'kan', 'må', 'har', 'får', 'kommer', 'begynder', 'varer', 'koster', 'sker', 'gælder'],
  en: ['is', 'are', 'was', 'will', 'does', 'do', 'did', 'can', 'could', 'may', 'should', 'shall', 'has', 'have', 'it s', 'its'],
};

/** A message that only states being late or leaving early is a question about the times ("jeg kommer nok for sent"). */
export const LATE_OR_EARLY: Phrases = {
  da: ['for sent', 'forsinket', 'lidt senere', 'komme senere', 'først (fra|kl|efter|ved)', 'kan først', 'skal gå', 'gå tidligt', 'gå tidligere', 'gå før', 'smutte tidligt', 'tidligt hjem', 'nå det', 'nå det hele', 'kun (kan )?være der', 'kun den første', 'kun om (eftermiddagen|formiddagen)', 'skal gå kl', 'skal gå (ved|omkring)', 'kommer først', 'er der først'],
  en: ['late', 'running late', 'delayed', 'only (after|from|until|in the)', 'leave early', 'leave before', 'have to leave', 'must leave', 'need to leave', 'leave at', 'get there (around|at|by)', 'only get there', 'arrive (around|at) \\d+', 'miss the (start|beginning|first)', 'make it', 'arrive after', 'come after', 'only come'],
};

/** Words that stand for the meeting itself beside its own title words: a clause naming it is about it. */
export const PRONOUN_SUBJECTS: Phrases = {
  da: ['det', 'den', 'vi', 'man'],
  en: ['it', 'we', 'you'],
};
