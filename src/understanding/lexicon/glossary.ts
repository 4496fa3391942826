/**
 * Words of programmes and titles in Danish and English, so an English question finds a Danish programme item
 * ("the table discussions" → "Drøftelser ved bordene") or title ("the mayor" → "borgmester") and the other way
 * round. Generic vocabulary of meetings, not of any one meeting.
 */
export const GLOSSARY: ReadonlyArray<readonly [da: readonly string[], en: readonly string[]]> = [
  [['velkomst', 'velkommen'], ['welcome']],
  [
    ['pause', 'kaffepause'],
    ['break', 'pause', 'coffee break'],
  ],
  [['frokost', 'frokostpause'], ['lunch']],
  // Not "pris": in Danish it is also a price ("tilslutning og priser").
  [
    ['prisuddeling', 'præmie', 'præmier', 'præmieoverrækkelse'],
    ['award', 'awards', 'prize', 'prizes', 'prize-giving'],
  ],
  // Handing out prizes or certificates: "who hands out the prizes" of "Borgmesteren deler præmierne ud".
  [
    ['uddeler', 'uddele', 'overrækker', 'overrække', 'deler'],
    ['hands', 'hand', 'handing', 'presents'],
  ],
  [['trepart', 'trepartsaftale', 'trepartsaftalen'], ['tripartite']],
  // Leaving work for good: "who is retiring?" of "… går på pension efter 23 år".
  [
    ['pension', 'pensionering', 'pensionist', 'pensioneres', 'pensionerer'],
    ['retiring', 'retire', 'retires', 'retirement', 'retired', 'pension'],
  ],
  [
    ['parti', 'partier', 'partiet', 'kandidat', 'kandidater', 'kandidaterne'],
    ['party', 'parties', 'candidate', 'candidates'],
  ],
  [['grøn', 'grønne'], ['green']],
  [
    ['skybrud', 'skybrudssikring'],
    ['cloudburst', 'cloudbursts'],
  ],
  [['klimatilpasning'], ['climate adaptation']],
  [
    ['generalforsamling', 'generalforsamlingen'],
    ['agm', 'general assembly', 'annual general meeting'],
  ],
  // The agenda item for whatever else comes up.
  [['eventuelt'], ['any other business', 'aob']],
  [['kaffe'], ['coffee']],
  [
    ['kollektiv trafik', 'trafik'],
    ['public transport', 'traffic'],
  ],
  [['assistent'], ['assistant']],
  [['spor'], ['track']],
  [['middag', 'aftensmad', 'festmiddag'], ['dinner']],
  [['morgenmad'], ['breakfast']],
  [['debat', 'paneldebat'], ['debate']],
  [
    ['drøftelse', 'drøftelser', 'diskussion'],
    ['discussion', 'discussions'],
  ],
  [
    ['bord', 'borde', 'bordene'],
    ['table', 'tables'],
  ],
  [['opsamling'], ['summary', 'wrap', 'recap', 'plenary']],
  [['plenum'], ['plenary']],
  [
    ['indledning', 'introduktion'],
    ['introduction', 'intro', 'opening'],
  ],
  [
    ['oplæg', 'oplægget', 'oplæggene', 'foredrag'],
    ['talk', 'talks', 'presentation', 'presentations', 'keynote', 'lecture', 'speech', 'speeches'],
  ],
  [['spørgsmål'], ['questions', 'question']],
  [['dialog'], ['dialogue', 'dialog']],
  [
    ['afslutning', 'afrunding'],
    ['closing', 'close', 'end'],
  ],
  [
    ['netværk', 'netværking'],
    ['networking', 'network'],
  ],
  [
    ['registrering', 'indskrivning'],
    ['registration', 'check'],
  ],
  [
    ['gruppearbejde', 'grupper', 'gruppe'],
    ['group', 'groups'],
  ],
  [['panel'], ['panel']],
  [['rundvisning'], ['tour']],
  [
    ['tur', 'turen', 'udflugt', 'udflugten'],
    ['trip', 'excursion', 'outing'],
  ],
  [['besøg'], ['visit']],
  [['rum'], ['room']],
  [['erfaringsudveksling'], ['exchange']],
  [['formand'], ['chair', 'chairman', 'chairperson', 'foreman']],
  [['næstformand'], ['vice', 'deputy']],
  [
    ['stedfortræder', 'stedfortrædere', 'suppleant', 'suppleanter'],
    ['deputy', 'substitute'],
  ],
  [['borgmester'], ['mayor']],
  [['direktør'], ['director']],
  [
    ['chef', 'leder'],
    ['head', 'manager', 'leader'],
  ],
  [['forsker', 'seniorforsker'], ['researcher']],
  [['koordinator', 'netværkskoordinator'], ['coordinator']],
  [['sekretariat'], ['secretariat']],
  [['byplanlægger'], ['planner']],
  [['projektleder'], ['project']],
  [['ordstyrer'], ['moderator', 'moderating', 'moderates', 'moderate']],
  [['udvalg'], ['committee']],
  [['bestyrelse', 'bestyrelsen'], ['board']],
  [['professor'], ['professor']],
  [['vegansk', 'veganer', 'vegan'], ['vegan']],
  [['vegetar', 'vegetarisk', 'vegetarmad'], ['vegetarian']],
  [['øl'], ['beer']],
  [['vin'], ['wine']],
  [
    ['elevator', 'lift'],
    ['lift', 'elevator'],
  ],
  [['tegnsprog', 'tegnsprogstolk'], ['sign language']],
  [
    ['tolk', 'tolkning'],
    ['interpreter', 'interpreting'],
  ],
  [
    ['studerende', 'studenter'],
    ['student', 'students'],
  ],
  [
    ['rabat', 'studerende', 'studenterpris', 'medlemspris', 'nedsat'],
    ['discount', 'reduction', 'reduced', 'student', 'students'],
  ],
  [['tilbud'], ['deal', 'offer']],
  [
    ['tog', 'togstation', 'station'],
    ['train', 'train station', 'station'],
  ],
  [['banegård', 'banegården', 'station'], ['station']],
  [
    ['optagelse', 'optaget'],
    ['recording', 'recorded'],
  ],
  [
    ['faktura', 'fakturaen', 'fakturere', 'fakturerer', 'fakturering'],
    ['invoice', 'invoiced', 'invoicing'],
  ],
  [['allergi'], ['allergy']],
  [['glutenfri'], ['gluten']],
  [['garderobe'], ['cloakroom']],
  [['toilet'], ['toilet', 'restroom']],
  [
    ['ladestander', 'opladning'],
    ['charger', 'charging'],
  ],
  [['venteliste'], ['waiting list', 'waitlist']],
  [['morgenmad'], ['breakfast']],
  [['journalist'], ['journalist']],
  [
    ['gratis', 'gratis adgang'],
    ['free', 'free of charge'],
  ],
  [
    ['refusion', 'refunderet', 'refunderes', 'pengene tilbage', 'tilbagebetaling'],
    ['refund', 'refunded', 'money back', 'money'],
  ],
  [
    ['alder', 'år', 'årige'],
    ['age', 'old', 'years'],
  ],
  [
    ['aflyse', 'aflyst', 'afbud', 'framelde', 'afmelde', 'afmelding'],
    ['cancel', 'cancelled', 'cancellation'],
  ],
  [
    ['stream', 'streames', 'livestream', 'livestreames', 'direkte'],
    ['livestream', 'stream', 'streamed', 'live'],
  ],
  [
    ['niveaufri', 'trinfri'],
    ['step', 'level'],
  ],
  [
    ['indgang', 'adgang'],
    ['entrance', 'access'],
  ],
  [
    ['telefon', 'tlf', 'telefonnummer', 'mobil'],
    ['phone', 'telephone', 'number', 'mobile'],
  ],
  [
    ['kroner', 'kr', 'dkk'],
    ['kroner', 'dkk'],
  ],
  [
    ['bus', 'busser', 'busterminal', 'rutebil'],
    ['bus', 'buses', 'coach'],
  ],
  [
    ['kamera', 'billede', 'video'],
    ['camera', 'video'],
  ],
  [
    ['mikrofon', 'lyd', 'mic'],
    ['mic', 'microphone', 'audio', 'sound'],
  ],
  [
    ['undertekster', 'tekstning'],
    ['subtitles', 'captions'],
  ],
  [['browser'], ['browser']],
  [['app', 'appen'], ['app']],
  [
    ['ringe ind', 'opkald', 'indringning', 'telefonkonference'],
    ['dial', 'dial-in', 'phone in', 'call in'],
  ],
  [
    ['adgangskode', 'kode'],
    ['passcode', 'password', 'code'],
  ],
  [
    ['børn', 'barn', 'børnene'],
    ['kids', 'children', 'child'],
  ],
  [['børnepasning'], ['childminding', 'childcare']],
  // What invitees ask the time of besides the meeting: calling someone, fetching children, requirements.
  [
    ['ringe', 'ring', 'ringer'],
    ['call', 'ring'],
  ],
  [
    ['hente', 'hentes', 'afhente'],
    ['pick up', 'fetch', 'collect'],
  ],
  // A bus gathering its passengers on the way out.
  [
    ['opsamling', 'opsamlingen', 'opsamlingssted', 'opsamlingssteder'],
    ['pickup', 'pickups'],
  ],
  [
    ['krav', 'kravene'],
    ['requirement', 'requirements'],
  ],
  [
    ['partner', 'ægtefælle', 'kæreste'],
    ['partner', 'spouse'],
  ],
  [
    ['hund', 'hunde'],
    ['dog', 'dogs'],
  ],
  [
    ['elbil', 'elbiler'],
    // Not "electric car": its "car" alone would be said by any car park.
    ['ev', 'evs', 'electric vehicle', 'electric vehicles'],
  ],
  [
    ['cykel', 'cykelparkering'],
    ['bike', 'bicycle'],
  ],
  [
    ['slides', 'præsentationer', 'materiale'],
    ['slides', 'presentations', 'material'],
  ],
  [['bevis', 'kursusbevis', 'deltagerbevis'], ['certificate']],
  [['enkeltværelse'], ['single room']],
  [['dobbeltværelse'], ['double room']],
  [['morgen'], ['morning']],
  [['aften'], ['evening']],
  [['indgang'], ['entrance', 'door']],
  // Words of letters beyond the programme: what is sent, read, brought and asked for.
  [
    ['forslag', 'forslaget', 'udkast', 'udkastet'],
    ['draft', 'proposal'],
  ],
  [['læse', 'læses', 'læs'], ['read']],
  // Milestones letters date in passing: "when will the council make the final decision" of "Byrådet træffer endelig
  // beslutning den …".
  [
    ['byråd', 'byrådet', 'kommunalbestyrelse', 'kommunalbestyrelsen', 'regionsråd', 'regionsrådet'],
    ['council', 'city council', 'municipal council', 'regional council'],
  ],
  [
    ['beslutning', 'beslutningen', 'afgørelse', 'afgørelsen', 'beslutte', 'vedtage', 'vedtager', 'vedtages'],
    ['decision', 'decide', 'decides', 'adopt', 'adopted'],
  ],
  [
    ['endelig', 'endelige', 'endeligt'],
    ['final', 'finally'],
  ],
  [
    ['bemærkninger', 'kommentarer', 'høringssvar', 'input'],
    ['comments', 'remarks', 'feedback', 'input'],
  ],
  [
    ['skriftlig', 'skriftlige', 'skriftligt'],
    ['written', 'writing'],
  ],
  [
    ['sende', 'sendes', 'send'],
    ['send', 'sent'],
  ],
  [
    ['høring', 'høringen'],
    ['consultation', 'hearing'],
  ],
  [['sæson', 'sæsonen'], ['season']],
  [['personer'], ['people', 'persons']],
  [
    ['præsentation', 'præsentationer', 'præsentationerne'],
    ['slides', 'presentation', 'presentations'],
  ],
  [['kontor', 'kontoret', 'skolekontoret'], ['office']],
  [
    ['sagsnummer', 'sagsnr', 'journalnummer'],
    ['case number', 'reference number'],
  ],
  [
    ['medarbejder', 'medarbejdere', 'kollega', 'kolleger', 'kollegaer', 'personale'],
    ['employee', 'staff', 'colleague', 'colleagues'],
  ],
  [
    ['besked', 'svar'],
    ['notice', 'notified', 'answer', 'reply'],
  ],
  [['menu', 'menuen'], ['menu']],
  [
    ['badetøj', 'badebukser', 'bade', 'dukkert'],
    ['swimwear', 'swimsuit', 'swim', 'swimming'],
  ],
  [['sko'], ['shoes']],
  [
    ['værelse', 'værelserne', 'værelset'],
    ['room', 'rooms'],
  ],
  [
    ['drikkevarer', 'drikke'],
    ['drinks', 'beverages'],
  ],
  [['egen regning'], ['own expense', 'own account']],
  // Leave from work and who grants it: "who approves my time off" of "søge om frihed … hos centerleder …".
  // "time off", "day off" are read as one word (see TIME_OFF in whoSentence.ts).
  [
    ['frihed', 'tjenestefri', 'orlov', 'fridag', 'fridage'],
    ['timeoff', 'dayoff', 'daysoff'],
  ],
  [
    ['godkende', 'godkender', 'godkendelse', 'bevilge', 'bevilger', 'søge', 'søger'],
    ['approve', 'approves', 'approval', 'apply', 'applies'],
  ],
  [
    ['grupper', 'gruppen'],
    ['group', 'groups'],
  ],
  [['skole', 'skolen'], ['school']],
  [
    ['byggeri', 'byggeriet', 'ombygning'],
    ['construction', 'building work', 'rebuilding'],
  ],
  [['strategi', 'strategien'], ['strategy']],
  [['frist', 'fristen'], ['deadline']],
  // Practical words of letters: what the price covers, what is charged, rooms, luggage, seats, what one gets after.
  [
    ['dækker', 'dække', 'dækket', 'inkluderet', 'inklusive', 'indeholder', 'indgår'],
    ['cover', 'covers', 'covered', 'include', 'includes', 'included', 'including'],
  ],
  [
    ['gebyr', 'gebyret', 'gebyrer', 'deltagergebyr', 'deltagergebyret', 'betaling'],
    ['fee', 'fees', 'payment'],
  ],
  [
    ['bagage', 'bagagen', 'kuffert', 'kufferten', 'tasker'],
    ['luggage', 'baggage', 'suitcase', 'bags'],
  ],
  [
    ['reception', 'receptionen'],
    ['reception', 'front desk'],
  ],
  [
    ['overnatning', 'overnatningen', 'overnatte', 'indkvartering', 'indkvarteringen'],
    ['overnight', 'overnight stay', 'accommodation', 'lodging'],
  ],
  [
    ['hotel', 'hotellet', 'hoteller'],
    ['hotel', 'hotels'],
  ],
  [
    ['hotelværelse', 'hotelværelser', 'hotelværelset'],
    ['hotel room', 'hotel rooms'],
  ],
  [
    ['indtjekning', 'tjekke ind', 'check-in'],
    ['check-in', 'check in'],
  ],
  [
    ['udtjekning', 'tjekke ud', 'check-out'],
    ['check-out', 'check out', 'checkout'],
  ],
  [
    ['plads', 'pladser', 'pladserne', 'siddepladser'],
    ['seat', 'seats', 'places', 'spots'],
  ],
  [
    ['måltid', 'måltider', 'måltiderne'],
    ['meal', 'meals'],
  ],
  [
    ['rundstykker', 'brød'],
    ['rolls', 'bread', 'pastries'],
  ],
  [['kage', 'kagen'], ['cake']],
  [['frugt'], ['fruit']],
  [['vand'], ['water']],
  [
    ['vælge', 'vælg', 'vælger', 'valg', 'valgt'],
    ['choose', 'choice', 'select', 'pick', 'chosen'],
  ],
  [
    ['spor', 'sporet', 'sporene'],
    ['track', 'tracks', 'strand', 'strands'],
  ],
  [
    ['session', 'sessioner', 'sessionen'],
    ['session', 'sessions'],
  ],
  [
    ['computer', 'bærbar', 'pc', 'laptop'],
    ['laptop', 'computer', 'pc'],
  ],
  [
    ['materiale', 'materialer', 'materialerne', 'kursusmateriale', 'mødemateriale'],
    ['material', 'materials', 'handouts'],
  ],
  // A meeting's minutes are not documentation in general ("speech-to-text documentation" is no minutes).
  [['referat', 'referatet'], ['minutes']],
  [['dokumentation'], ['documentation']],
  [
    ['optagelse', 'optagelsen', 'optages'],
    ['recording', 'recordings', 'recorded'],
  ],
  [
    ['certifikat', 'kursusbevis', 'deltagerbevis', 'diplom'],
    ['certificate', 'diploma'],
  ],
  [
    ['gåtur', 'gåturen', 'vandring', 'vandretur', 'byvandring'],
    ['walk', 'guided walk', 'walking tour'],
  ],
  [['mødested', 'mødestedet'], ['meeting point']],
  [
    ['betale', 'betaler', 'betales', 'betalt'],
    ['pay', 'pays', 'paid'],
  ],
  [['moms'], ['vat']],
  [
    ['medlem', 'medlemmer', 'medlemspris'],
    ['member', 'members'],
  ],
  [['bindende'], ['binding']],
  [
    ['legeplads', 'leg', 'aktiviteter for børn'],
    ['playground', 'play', 'activities for children'],
  ],
  [
    ['pædagog', 'pædagoger', 'pasning', 'passes'],
    ['childminder', 'childminders', 'looked after'],
  ],
  [['film'], ['film', 'movie', 'movies']],
  [
    // Not "internet" ("Deltag på internettet" in a Teams footer) nor "netværksadgang", whose "netværk" starts any
    // network's name: neither says there is a wifi where the meeting is.
    ['wifi'],
    ['wifi', 'wi-fi'],
  ],
  [
    ['stikkontakt', 'strøm'],
    ['power outlet', 'socket', 'power'],
  ],
  [
    ['taxa', 'taxi'],
    ['taxi', 'cab'],
  ],
  [['lufthavn', 'lufthavnen'], ['airport']],
  [
    ['fly', 'flyet'],
    ['flight', 'plane'],
  ],
  [['restaurant', 'restauranten'], ['restaurant']],
  [['bar', 'baren'], ['bar']],
  [
    ['drink', 'velkomstdrink'],
    ['drink', 'welcome drink'],
  ],
  [
    ['reserveret', 'reservere', 'bestille', 'bestilling', 'booke', 'booket'],
    ['reserved', 'reserve', 'book', 'booked', 'booking'],
  ],
  [
    ['teleslynge', 'høreslynge'],
    ['hearing loop', 'induction loop'],
  ],
  [
    ['handicap', 'handicappede', 'handicapvenlig', 'handicapvenligt'],
    ['disabled', 'disability', 'disabilities'],
  ],
  [
    ['plads', 'pladser', 'pladserne'],
    ['space', 'spaces'],
  ],
  [
    ['ankomst', 'ankomsten', 'ankommer', 'ankomme'],
    ['arrival', 'arrive', 'arriving'],
  ],
  // An association's papers and dues, and how long a paper holds.
  [
    ['regnskab', 'regnskabet', 'årsregnskab', 'årsregnskabet'],
    ['accounts', 'annual accounts', 'financial statements'],
  ],
  [
    ['kontingent', 'kontingentet', 'medlemskontingent', 'årskontingent'],
    ['annual fee', 'membership fee', 'subscription', 'dues'],
  ],
  [
    ['gyldig', 'gyldigt', 'gyldige', 'gælder', 'gælde'],
    ['valid', 'validity'],
  ],
  [
    ['afgår', 'afgang', 'afgangen'],
    ['depart', 'departs', 'departure', 'leave', 'leaves'],
  ],
  [
    ['finde', 'findes', 'hentes', 'downloade'],
    ['find', 'download'],
  ],
  [
    ['udsendes', 'udsendt', 'sendes ud', 'modtager', 'få tilsendt'],
    ['sent out', 'receive', 'get sent'],
  ],
  // What invitations say besides the programme, and invitees ask about in either language: food, sports days, works
  // on roads, collections for a gift, payment, interpreting, elections, courses, schools and the association's papers.
  // Single words: each word of an entry stands for all the others, so "coffee break" would make "break" coffee.
  [['morgenbrød', 'morgenkaffe'], ['breakfast']],
  [
    ['fællesspisning', 'spisning', 'aftensmad'],
    ['dinner', 'supper', 'meal'],
  ],
  [
    ['kransekage', 'lagkage', 'småkager'],
    ['cake', 'cookies', 'biscuits'],
  ],
  [['sodavand'], ['soda', 'sodas']],
  [
    ['omklædning', 'omklædningen', 'omklædningsrum', 'omklædningsrummet', 'omklædningsrummene'],
    ['changing', 'changeroom', 'changerooms'],
  ],
  [
    ['skab', 'skabe', 'skabene'],
    ['locker', 'lockers'],
  ],
  [
    ['låse', 'låst', 'aflåst', 'aflåste', 'aflåselige'],
    ['lock', 'locked', 'lockable'],
  ],
  [
    ['bad', 'brusebad', 'badefaciliteter'],
    ['shower', 'showers'],
  ],
  [
    ['håndklæde', 'håndklæder'],
    ['towel', 'towels'],
  ],
  [
    ['startnummer', 'startnumre', 'startnummeret'],
    ['bib', 'bibs'],
  ],
  [
    ['præmie', 'præmier', 'præmierne', 'gevinst', 'gevinster', 'præmieoverrækkelse'],
    ['prize', 'prizes', 'award', 'awards'],
  ],
  [
    ['vinde', 'vinder', 'vinderen', 'vindere', 'vinderne', 'vindende'],
    ['win', 'wins', 'winner', 'winners', 'winning'],
  ],
  [
    ['konkurrence', 'konkurrencen'],
    ['competition', 'contest'],
  ],
  [['lodtrækning'], ['raffle', 'lottery']],
  [
    ['dommer', 'dommere', 'dommerne'],
    ['judge', 'judges'],
  ],
  [
    ['løb', 'løbet', 'løbe'],
    ['run', 'race', 'running'],
  ],
  [
    ['rute', 'ruten', 'ruter', 'ruterne'],
    ['route', 'routes'],
  ],
  [['tidtagning'], ['timing', 'timekeeping']],
  [
    ['resultat', 'resultater', 'resultatliste', 'resultatlisten'],
    ['result', 'results'],
  ],
  [['team', 'holdet'], ['team']],
  [
    ['frivillig', 'frivillige'],
    ['volunteer', 'volunteers'],
  ],
  [
    ['gave', 'gaven', 'afskedsgave', 'fødselsdagsgave', 'pakke', 'pakken'],
    ['gift', 'present'],
  ],
  [
    ['indsamling', 'indsamlingen', 'bidrag', 'bidrage'],
    ['collection', 'chip', 'contribute', 'contribution', 'collecting'],
  ],
  [
    ['beløb', 'beløbet'],
    ['amount', 'sum'],
  ],
  [['kontant', 'kontanter'], ['cash']],
  [['kommentar', 'kommentarfelt', 'kommentarfeltet'], ['comment']],
  [['fest', 'festen'], ['party']],
  [
    ['grave', 'graves', 'gravearbejde', 'gravearbejdet', 'opgravning', 'udgravning'],
    ['dig', 'digging', 'excavation', 'roadworks'],
  ],
  [
    ['asfalt', 'asfalten', 'asfaltering', 'asfalteres'],
    ['asphalt', 'paving', 'resurfacing', 'tarmac'],
  ],
  [
    ['indkørsel', 'indkørslen', 'indkørsler'],
    ['driveway', 'driveways'],
  ],
  [
    ['sti', 'stien', 'stier', 'cykelsti', 'cykelstien', 'cykelstier'],
    ['path', 'paths', 'cycle path', 'bike path', 'cycleway', 'cycle lane'],
  ],
  [
    ['husleje', 'huslejen'],
    ['rent', 'rents'],
  ],
  [
    ['fortov', 'fortovet', 'fortove'],
    ['pavement', 'sidewalk', 'footpath'],
  ],
  [
    ['skraldebil', 'skraldebilen', 'affald', 'renovation'],
    ['rubbish', 'garbage', 'bins', 'waste'],
  ],
  [
    ['tolkning', 'tolke', 'tolket'],
    ['interpretation', 'interpreted', 'translation', 'translator'],
  ],
  [['arabisk'], ['arabic']],
  [['somali', 'somalisk'], ['somali']],
  [['tyrkisk'], ['turkish']],
  [['ukrainsk'], ['ukrainian']],
  [['polsk'], ['polish']],
  [['tysk'], ['german']],
  [
    ['valg', 'valget', 'kommunalvalg', 'regionsrådsvalg', 'folketingsvalg'],
    ['election', 'elections'],
  ],
  [
    ['kandidat', 'kandidater', 'kandidaterne', 'spidskandidat'],
    ['candidate', 'candidates'],
  ],
  [
    ['parti', 'partiet', 'partier', 'partierne'],
    ['party', 'parties'],
  ],
  [
    ['afstemning', 'stemme', 'stemmer'],
    ['vote', 'votes', 'voting'],
  ],
  [['fuldmagt', 'fuldmagten'], ['proxy']],
  // The rules of a general assembly: what a vote takes, who may cast one.
  [
    ['flertal', 'flertallet', 'majoritet'],
    ['majority', 'majorities'],
  ],
  [
    ['vedtægter', 'vedtægterne', 'vedtægt', 'vedtægten', 'vedtægtsændring', 'vedtægtsændringer', 'vedtægtsændringerne'],
    ['bylaws', 'bylaw', 'statutes'],
  ],
  [
    ['ændring', 'ændringer', 'ændringerne', 'ændre', 'ændres'],
    ['change', 'changes', 'changing', 'amendment', 'amendments', 'amend'],
  ],
  [
    ['stemmeret', 'stemmeretten', 'stemmeberettiget', 'stemmeberettigede'],
    ['voting rights', 'right to vote', 'eligible to vote', 'entitled to vote'],
  ],
  [
    ['forret', 'forretten', 'forretter'],
    ['starter', 'starters', 'appetizer', 'appetizers'],
  ],
  [
    ['hovedret', 'hovedretten', 'hovedretter'],
    ['main course', 'main courses', 'main dish', 'mains'],
  ],
  [
    ['årsberetning', 'årsberetningen', 'beretning', 'beretningen', 'årsrapport', 'årsrapporten'],
    ['annual report', 'report'],
  ],
  [['budget', 'budgettet'], ['budget']],
  [
    ['tidsplan', 'tidsplanen', 'tidslinje', 'tidsplaner'],
    ['timeline', 'timetable', 'time plan', 'time schedule'],
  ],
  [
    ['sikkerhed', 'sikkerheden', 'tryghed'],
    ['safety', 'security'],
  ],
  [
    ['forslag', 'forslagene'],
    ['proposals', 'motions', 'motion'],
  ],
  [['dagsorden', 'dagsordenen'], ['agenda']],
  [
    ['bilag', 'bilagene'],
    ['attachments', 'appendices', 'papers'],
  ],
  [
    ['kursus', 'kurset', 'kurser'],
    ['course', 'courses'],
  ],
  [
    ['underviser', 'undervisere', 'undervisning', 'undervisningen'],
    ['instructor', 'trainer', 'teaching'],
  ],
  [
    ['lærer', 'lærere', 'lærerne'],
    ['teacher', 'teachers'],
  ],
  [
    ['elev', 'elever', 'eleverne'],
    ['pupil', 'pupils'],
  ],
  [['forældre', 'forældrene'], ['parents']],
  [
    ['klasse', 'klassen', 'klasser'],
    ['class', 'grade'],
  ],
  [
    ['sfo', 'fritidsordning', 'skolefritidsordning'],
    ['sfo', 'afterschool'],
  ],
  [
    ['skolegård', 'skolegården'],
    ['schoolyard', 'courtyard'],
  ],
  [['hal', 'hallen', 'salen'], ['hall']],
  // "Spørgsmål fra salen": the people in the hall, as "questions from the floor" are.
  [['publikum', 'salen', 'tilhørerne'], ['audience']],
  [['etage', 'etagen', 'stueetage', 'stueetagen'], ['floor']],
  [['kælder', 'kælderen'], ['basement']],
  [['udgang', 'udgangen'], ['exit']],
  [['trappe', 'trapper', 'trapperne'], ['stairs']],
  [['rampe', 'rampen'], ['ramp']],
  [
    ['kørestol', 'kørestole', 'kørestolsbruger'],
    ['wheelchair', 'wheelchairs'],
  ],
  [
    ['billet', 'billetter', 'billetten'],
    ['ticket', 'tickets'],
  ],
  [['entré', 'entre'], ['admission']],
  [['kantine', 'kantinen'], ['canteen']],
  [
    ['navneskilt', 'navneskilte'],
    ['badge', 'badges'],
  ],
  [['oplader', 'opladeren'], ['charger']],
  [
    ['trådløst', 'wifi'],
    ['wifi', 'wireless'],
  ],
  [
    ['rygning', 'ryge', 'rygere'],
    ['smoking', 'smoke', 'smokers'],
  ],
  [['alkohol'], ['alcohol']],
  [
    ['foto', 'fotos', 'fotografering', 'fotograf', 'billeder'],
    ['photo', 'photos', 'photographer', 'pictures'],
  ],
  [
    ['presse', 'pressen'],
    ['press', 'media'],
  ],
  [['kørselsgodtgørelse', 'kørepenge'], ['mileage']],
  [
    ['tilskud', 'tilskuddet'],
    ['subsidy', 'grant'],
  ],
  [['shuttlebus', 'pendulbus'], ['shuttle']],
  [['regntøj'], ['raincoat']],
  [['udendørs'], ['outdoors']],
  // Places a day out stops at, as a letter names them in Danish and a question in English.
  [['rådhus', 'rådhuset'], ['town hall']],
  [['torv', 'plads', 'pladsen'], ['square']],
  [
    ['klint', 'klinten', 'skrænt', 'skrænten'],
    ['cliff', 'cliffs'],
  ],
  [['stoppested', 'stoppestedet'], ['stop']],
  [
    ['bolig', 'boliger', 'boligerne'],
    ['home', 'homes', 'dwelling', 'dwellings', 'housing'],
  ],
  [
    ['nærmeste', 'nærmest'],
    ['nearest', 'closest'],
  ],
  // Themes of municipal talks and tours, whose compounds a word-for-word reading cannot split.
  [
    ['bilfri', 'bilfrie', 'bilfrit'],
    ['car free', 'car-free'],
  ],
  [
    ['bymidte', 'bymidten', 'midtby', 'midtbyen', 'centrum', 'bycentrum'],
    // Not "city" or "town" alone: "the city walk" is no walk in the centre.
    ['centre', 'center', 'downtown'],
  ],
  [
    ['økonomiaftale', 'økonomiaftalen', 'økonomiaftaler', 'økonomiaftalerne'],
    ['economic agreement', 'economy agreement', 'budget agreement'],
  ],
  [
    ['fald', 'faldulykker', 'faldforebyggelse', 'faldalarm', 'faldalarmer'],
    ['fall', 'falls', 'fall detection', 'fall prevention'],
  ],
  [
    ['sorteringsanlæg', 'sorteringsanlægget', 'sorteringshal', 'sorteringshallen'],
    ['sorting plant', 'sorting facility', 'sorting hall'],
  ],
  [
    ['bibliotek', 'biblioteket', 'biblioteker'],
    ['library', 'libraries'],
  ],
  [
    ['børnehjørne', 'børnehjørnet', 'legehjørne', 'legehjørnet'],
    ['kids corner', "kids' corner", "children's corner", 'play corner'],
  ],
  [
    ['hjertestarter', 'hjertestartere', 'hjertestarteren'],
    ['defibrillator', 'defibrillators', 'aed'],
  ],
  [
    ['elevator', 'elevatoren', 'elevatorer'],
    ['lift', 'elevator'],
  ],
  [
    ['handicaptoilet', 'handicaptoilettet'],
    ['accessible toilet', 'disabled toilet'],
  ],
  [
    ['nytårstale', 'nytårstalen'],
    ["new year's speech", 'new year speech'],
  ],
];
