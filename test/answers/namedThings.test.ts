import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftKnowledge, conversation, conversationAnswers } from '../helpers/knowledge';

/**
 * Letters written for these tests (made-up club, people and places): things the letter names in its text rather than
 * the meeting itself — lettered proposals, a deadline for proposals, the accounts on the website, a count of stalls,
 * a list on a web page, a meal after the meeting, a quiz with a prize and a lunch in the programme.
 */
const CLUB = `ROSENDAL KAJAKKLUB
Bestyrelsen

Rosendal, 2. marts 2027

INDKALDELSE TIL GENERALFORSAMLING

Kære medlemmer

Der indkaldes til ordinær generalforsamling

tirsdag den 23. marts 2027 kl. 19.30
i klubhuset, Strandvejen 9, 4990 Rosendal.

DAGSORDEN
1. Valg af dirigent
2. Bestyrelsens beretning
3. Regnskab
4. Behandling af indkomne forslag
5. Eventuelt

INDKOMNE FORSLAG

Forslag A (fra bestyrelsen): Kontingentet hæves fra 800 kr. til 900 kr. om året.

Forslag B (fra Vibeke Holt): Klubben køber to nye havkajakker, pris ca. 24.000 kr.

VALGMULIGHEDER FOR NY BRO
 - Model A: En 2 meter bred gangbro af træ.
 - Model B: En 3 meter bred bro af stål.
Model A koster ca. 1,2 mio. kr., model B ca. 1,9 mio. kr.

Vi kører sammen fra parkeringspladsen ved Brugsen kl. 18.45, hvis man ikke selv har bil.

Nye forslag skal være formanden i hænde senest tirsdag den 9. marts 2027. De lægges på foreningens hjemmeside www.rosendal-kajak.example.dk.

SPISNING
Efter generalforsamlingen er der fællesspisning i salen ca. kl. 21.15. Pris 90 kr.

Årsregnskabet kan hentes på hjemmesiden fra den 16. marts.

Med venlig hilsen
Bestyrelsen`;

const FAIR = `Vesterby Kommune · Ungeteamet

INVITATION: UDDANNELSESMESSE 2027

Hej alle

Vesterby Kommune inviterer elever fra 9. klasse til uddannelsesmessen.

Hvornår: Onsdag den 14. april 2027, kl. 9.00–13.00
Hvor: Vesterby Hallen, Idrætsvej 3, 7900 Vesterby

BODER
Der er omkring 25 boder med skoler og virksomheder.
Tag dit CV med – du kan få det tjekket på stand 14.
Den fulde liste over boderne kommer på www.vesterby-messe.example.dk i uge 12.

Efter messen kan I vælge en tur:
Alternativ A: Besøg på Vesterby Gymnasium kl. 13.15.
Alternativ B: Besøg på Aarhus Tech kl. 13.30.

PROGRAM
9.15 Velkomst
10.00 Quiz om uddannelser (præmie: gavekort til biografen)
11.30 Frokost (pitabrød og frugt) i cafeteriet
12.45 Tak for i dag

Venlig hilsen
Mads Kronborg
Ungekonsulent`;

const club = draftKnowledge(CLUB, '2027-03-02', 'rosendal-kajak');
const fair = draftKnowledge(FAIR, '2027-03-01', 'vesterby-messe');
const now = DateTime.fromISO('2027-03-05T10:00:00+01:00', { setZone: true });
const ofClub = (text: string) => conversation(club, now, text)[0]!;
const ofFair = (text: string) => conversation(fair, now, text)[0]!;

describe('a lettered entry of a list: by its word and letter, in either language', () => {
  it('hvad går forslag b ud på → proposal B, not A', () => {
    const text = ofClub('hvad går forslag b ud på');
    assert.match(text, /havkajakker/);
    assert.doesNotMatch(text, /900 kr/);
  });
  it('how much will the fee be if proposal a passes → proposal A', () => {
    const text = ofClub('how much will the fee be if proposal a passes');
    assert.match(text, /900 kr/);
    assert.doesNotMatch(text, /havkajakker/);
  });
  it('hvad koster model b → the sentence naming it with an amount, not its description', () => {
    assert.match(ofClub('hvad koster model b'), /1,9 mio/);
  });
  it('option a of a letter with two lettered lists of choices is neither of them', () => {
    assert.doesNotMatch(ofClub('how wide is option a'), /2 meter|900 kr/);
  });
  it('hvad er mulighed b → the one lettered list of choices, under its own word', () => {
    assert.match(ofFair('hvad er mulighed b'), /Aarhus Tech/);
  });
  it('a letter the list does not have is not answered by another entry', () => {
    assert.doesNotMatch(ofClub('hvad går forslag d ud på'), /havkajakker|900 kr/);
  });
});

describe('things named in the text: where to read them, how many, by when, when', () => {
  it('where can i read the accounts → the sentence, and the website it points to', () => {
    const text = ofClub('where can i read the accounts');
    assert.match(text, /Årsregnskabet/);
    assert.match(text, /www\.rosendal-kajak\.example\.dk/);
  });
  it('hvor kan jeg se alle boderne → the web address of the list', () => {
    assert.match(ofFair('hvor kan jeg se alle boderne'), /www\.vesterby-messe\.example\.dk/);
  });
  it('hvor mange boder er der → the count in the text', () => {
    assert.match(ofFair('hvor mange boder er der'), /25 boder/);
  });
  it('hvornaar skal forslag være indsendt (typed without å) → the deadline for proposals, not the agenda item', () => {
    assert.match(ofClub('hvornaar skal forslag være indsendt'), /9\. marts/);
  });
  it('jeg når først at komme til spisningen → when the meal is, not the meeting', () => {
    const text = ofClub('jeg når først at komme til spisningen');
    assert.match(text, /21\.15/);
  });
  it('jeg kommer først til generalforsamlingen → still the meeting’s times', () => {
    assert.match(ofClub('jeg kommer først til generalforsamlingen'), /19\.30/);
  });
  it('hvor mødes vi → still the venue', () => {
    assert.match(ofClub('hvor mødes vi'), /Strandvejen 9/);
  });
  it('where is it and does the clubhouse have a sauna → where, and the sauna not stated', () => {
    const [answer] = conversationAnswers(club, now, 'where is it and does the clubhouse have a sauna');
    assert.match(answer!.text, /Strandvejen 9/);
    assert.notEqual(answer!.kind, 'answer');
    assert.deepEqual(answer!.unanswered, ['does the clubhouse have a sauna']);
  });
  it('hvad kan man vinde i quizzen → the prize of the quiz', () => {
    assert.match(ofFair('hvad kan man vinde i quizzen'), /gavekort/);
  });
  it('whats for lunch → what is served', () => {
    assert.match(ofFair('whats for lunch'), /pitabrød/);
  });
});
