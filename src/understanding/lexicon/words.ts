/**
 * Small closed word classes the recogniser leans on: the words that tell Danish from English, question words,
 * and words that lean to one language when both spell them alike. Lower case, æ/ø/å as written.
 */

/** Function words: the basis of language detection (a word in both lists counts for neither). */
export const FUNCTION_WORDS = {
  da: [
    'jeg', 'du', 'vi', 'de', 'han', 'hun', 'den', 'det', 'der', 'er', 'var', 'bliver', 'blev', 'skal', 'skulle',
    'kan', 'kunne', 'vil', 'ville', 'må', 'har', 'havde', 'og', 'eller', 'men', 'på', 'til', 'fra', 'med', 'af',
    'om', 'for', 'ved', 'hos', 'en', 'et', 'min', 'mit', 'mine', 'din', 'dit', 'vores', 'jeres', 'hvad', 'hvem',
    'hvilken', 'hvilket', 'hvilke', 'hvordan', 'hvorfor', 'hvis', 'ikke', 'også', 'lige', 'gerne', 'mig', 'dig',
    'os', 'jer', 'dem', 'sig', 'så', 'nu', 'her', 'når', 'at', 'som', 'noget', 'nogen', 'alle', 'meget', 'mere',
    'lidt', 'egentlig', 'mon', 'venligst', 'godt', 'ja', 'nej', 'fortæl', 'vide', 'spørge', 'kommer', 'komme', 'få',
    'får', 'gøre', 'sige', 'igen', 'præcis', 'helt', 'nok', 'jo', 'vel', 'denne', 'dette', 'disse', 'sådan',
    'hvornår', 'hvor', 'man', 'henne', 'hen', 'blive', 'være', 'været', 'står', 'tak', 'hej', 'også', 'kl', 'hvornar',
    'noget', 'nogle', 'ingen', 'intet', 'hvad', 'skal', 'bare', 'stadig', 'allerede', 'hvorfor', 'fordi', 'efter',
    'før', 'inden', 'under', 'over', 'mellem', 'uden', 'mod', 'gennem', 'igennem', 'sammen', 'hvert', 'hver',
  ],
  en: [
    'i', 'you', 'we', 'they', 'he', 'she', 'it', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'been', 'will',
    'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'have', 'has', 'had',
    'and', 'or', 'but', 'on', 'in', 'at', 'to', 'from', 'with', 'of', 'for', 'by', 'about', 'my', 'your', 'our',
    'their', 'what', 'who', 'whom', 'which', 'how', 'why', 'if', 'not', 'also', 'just', 'please', 'me', 'us', 'them',
    'so', 'now', 'here', 'there', 'that', 'this', 'these', 'those', 'as', 'any', 'some', 'all', 'much', 'more',
    'tell', 'know', 'get', 'let', 'exactly', 'again', 'when', 'where', 'yes', 'no', 'dear', 'thanks', 'regards',
    'hi', 'hello', 'its', 'going', 'want', 'like', 'need', 'kindly', 'there', 'still', 'already', 'because', 'after',
    'before', 'until', 'between', 'without', 'through', 'together', 'each', 'every', 'anyone', 'someone', 'nobody',
  ],
};

/** Words that start a question: a clause beginning with one asks something. */
export const QUESTION_WORDS = [
  'hvornår', 'hvor', 'hvad', 'hvem', 'hvilken', 'hvilket', 'hvilke', 'hvordan', 'hvorfor', 'kan', 'må', 'er', 'skal',
  'har', 'bliver', 'findes', 'starter', 'slutter', 'foregår', 'koster', 'får', 'gælder',
  'when', 'where', 'what', 'whats', 'who', 'which', 'how', 'why', 'can', 'is', 'are', 'do', 'does', 'will', 'could',
  'should', 'may', 'has', 'have', 'would',
];

/**
 * Words spelled alike in both languages but much likelier in one of them in this bot's setting: the bot's English
 * is British, so "program" leans Danish; "agenda" leans nowhere.
 */
export const LEANING_WORDS = {
  da: ['program', 'programmet', 'adresse', 'parkering', 'tilmelding', 'pris', 'frokost', 'kaffe', 'mad', 'sted', 'dato', 'tid', 'kontakt', 'formål', 'baggrund', 'hotel', 'sprog'],
  en: ['programme', 'address', 'parking', 'registration', 'price', 'lunch', 'coffee', 'food', 'venue', 'date', 'time', 'contact', 'purpose', 'background', 'language', 'fee', 'deadline', 'agenda?'],
};
