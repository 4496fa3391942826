import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { draftOf } from '../helpers/drafts';
import { conversationAnswers, knowledgeOf } from '../helpers/knowledge';

/**
 * "er der børnepasning?" then "fra hvilken alder?", "hvor kan man parkere?" then "er der tidsbegrænsning?", "can I join
 * online?" then "does that cost anything?": a short follow-up narrows the thing asked before to a kind of fact, which
 * the letter writes in its own way ("fra 4 år", "husk p-skive"). When the thing's sentences give no such fact, the
 * bot says it does not know.
 */

const borgermoede = draftOf([
  'Borgermøde om ny skolestruktur i Hvidmose',
  '',
  'Kære forældre',
  '',
  'Vi holder borgermøde onsdag den 6. oktober 2027 kl. 19.00–21.00 i Hvidmose Hallen, Engtoften 2, 8900 Hvidmose.',
  '',
  'Børnepasning: Der er børnepasning i cafeteriet for børn fra 4 år under hele mødet.',
  '',
  'Parkering: Du kan parkere på Engtoften. Husk p-skive, der er 3 timers parkering.',
  '',
  'Venlig hilsen',
  'Rikke Solvang',
  'Skoleleder',
]).event;

const webinar = draftOf([
  'Harbour noise forum 2027',
  '',
  'Dear colleagues,',
  '',
  'The harbour noise forum is held on Thursday 11 November 2027, 09:00–15:00, at Quayside House, Dock Street 4, 7000 Brinmouth.',
  '',
  'Fee',
  'The fee is EUR 240 per participant, including lunch.',
  '',
  'Online participation',
  // Broken over lines as a letter's narrow column breaks it.
  'The morning talks are streamed live. Online',
  'participation is free of charge; register',
  'for the stream at www.noiseforum.example/stream.',
  'The afternoon workshops are not streamed.',
  '',
  'Kind regards',
  'Ansel Quarrie',
]).event;

const now = DateTime.fromISO('2027-09-20T10:00:00+02:00', { setZone: true });
const last = (event: typeof webinar, ...turns: string[]) => conversationAnswers(knowledgeOf(event), now, ...turns).at(-1)!;

describe('a follow-up narrowing the thing asked before to a kind of fact', () => {
  it('from what age the childminding is', () => {
    const reply = last(borgermoede, 'er der børnepasning', 'fra hvilken alder');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.text, /4 år/);
  });

  it('whether the parking has a time limit: the p-disc sentence', () => {
    const reply = last(borgermoede, 'hvor kan man parkere', 'er der tidsbegrænsning');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.text, /3 timers/);
  });

  it('an age asked of the parking, which its sentences do not give: not known', () => {
    const reply = last(borgermoede, 'hvor kan man parkere', 'fra hvilken alder');
    assert.notEqual(reply.kind, 'answer');
    assert.doesNotMatch(reply.text, /4 år/);
  });

  it('what joining online costs: the sentence of the online fact, not the meeting fee', () => {
    const reply = last(webinar, 'can i join online', 'does that cost anything?');
    assert.match(reply.text, /free of charge/);
    assert.doesNotMatch(reply.text, /240/);
  });
});

const recorded = draftOf([
  'Webinar om digital post',
  '',
  'Kære kolleger',
  '',
  'Vi holder webinar tirsdag den 16. november 2027 kl. 10.00–11.30 på Teams.',
  '',
  'Program',
  '10.00 Velkomst',
  '10.10 Oplæg om nye regler for digital post',
  '11.00 Spørgsmål og svar',
  '',
  'Optagelse: Oplæggene optages og lægges på intranettet bagefter. Spørgsmål og svar-delen optages ikke.',
  '',
  'Venlig hilsen',
  'Jonna Vildbjerg',
]).event;

describe('a follow-up whose word also titles an item', () => {
  it('"også spørgsmålene?" after the recording: the sentence naming both, not the item', () => {
    const reply = last(recorded, 'bliver det optaget', 'også spørgsmålene?');
    assert.match(reply.text, /optages ikke/);
  });

  it('the item, when nothing of the thing before names it', () => {
    const reply = last(recorded, 'bliver det optaget', 'og velkomsten?');
    assert.doesNotMatch(reply.text, /optages/);
  });
});
