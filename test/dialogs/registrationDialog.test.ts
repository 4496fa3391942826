import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { aadIdentity, channelIdentity, personKeyOf } from '../../src/identity';
import { isActive, registrationIdOf } from '../../src/registrations/model';
import { attachmentsOf, cardsOf, speaker, textOf, type Speaker } from '../helpers/conversation';
import { eventCopy } from '../helpers/event';
import { dialogHarness, tempDataDir } from '../helpers/testBot';

type Harness = ReturnType<typeof dialogHarness>;

async function registrations(h: Harness) {
  return h.store.list(h.event.id);
}

/** Walks the Danish sign-up up to the review. */
async function fillDanish(say: Speaker) {
  await say('tilmeld mig');
  await say('Anna Jensen');
  await say('anna@herning.dk');
  await say('ringkobing');
  await say('Udvalgsformand');
  return say('Inklusion i udskolingen');
}

function eventFile(change: (event: ReturnType<typeof eventCopy>) => void): string {
  const event = eventCopy();
  change(event);
  const file = path.join(tempDataDir(), 'event.json');
  writeFileSync(file, JSON.stringify(event));
  return file;
}

describe('sign-up dialog, Danish', () => {
  it('when a user signs up, then privacy comes first, each answer is checked, and confirming stores it with a calendar file', async () => {
    const h = dialogHarness();
    const say = speaker(h);
    const start = textOf(await say('tilmeld mig'));
    assert.match(start, /Før vi går i gang: Jeg gemmer navn, e-mail, kommune\/organisation, rolle og emne du vil tage op/);
    assert.match(start, /slettes 30 dage efter mødet[\s\S]*slet mine data/);
    assert.match(start, /Hvad er dit fulde navn\?$/);
    assert.match(textOf(await say('Anna Jensen')), /e-mailadresse/);
    const municipality = await say('anna@herning.dk');
    assert.match(textOf(municipality), /Hvilken kommune[\s\S]*Ringkøbing-Skjern/);
    assert.match(JSON.stringify(cardsOf(municipality)), /Input\.ChoiceSet/);
    const role = await say('ringkobing');
    assert.deepEqual(role[0]?.suggestedActions?.actions.map((a) => a.title), ['Udvalgsformand', 'Udvalgsmedlem', 'Direktør', 'Chef/leder', 'Andet']);
    assert.match(textOf(await say('Udvalgsformand')), /punkt 5/);
    const review = await say('Inklusion i udskolingen');
    assert.match(textOf(review), /Tjek venligst dine oplysninger[\s\S]*Er det korrekt\?/);
    assert.match(JSON.stringify(cardsOf(review)), /Ringkøbing-Skjern[\s\S]*Inklusion i udskolingen/);
    assert.equal((await registrations(h)).length, 0, 'nothing stored before confirmation');

    const done = await say('ja');
    assert.match(textOf(done), /Du er tilmeldt „Regionalt politisk møde i Region Midtjylland“ onsdag den 30\. oktober 2024 kl\. 17\.00–18\.45/);
    const ics = attachmentsOf(done, 'text/calendar')[0];
    assert.ok(ics?.contentUrl?.startsWith('data:text/calendar'));
    assert.match(Buffer.from((ics.contentUrl ?? '').split(',')[1]!, 'base64').toString('utf8'), /DTSTART:20241030T160000Z/);
    const stored = await registrations(h);
    assert.equal(stored.length, 1);
    assert.deepEqual(stored[0]?.answers, {
      fullName: 'Anna Jensen',
      email: 'anna@herning.dk',
      municipality: 'ringkoebing-skjern',
      role: 'udvalgsformand',
      topic: 'Inklusion i udskolingen',
    });
    assert.equal(stored[0]?.id, registrationIdOf(h.event.id, channelIdentity('test', 'user-1')));
  });

  it('when the programme card\'s sign-up button or the welcome\'s "Tilmeld mig" is used, then sign-up starts', async () => {
    const h = dialogHarness();
    const programme = await speaker(h, { id: 'card-user' })('program');
    const action = (cardsOf(programme)[0] as { actions: Array<{ data: unknown }> }).actions[0];
    assert.deepEqual(action?.data, { moedebot: 'signUp' });
    assert.match(textOf(await speaker(h, { id: 'card-user' })({ value: action?.data })), /Før vi går i gang/);
    assert.match(textOf(await speaker(h, { id: 'button-user' })('Tilmeld mig')), /Før vi går i gang/);
    assert.match(textOf(await speaker(h, { id: 'english-button', locale: 'en-GB' })('Sign me up')), /Before we start/);
  });

  it('when answers are wrong, then each is explained and asked again', async () => {
    const h = dialogHarness();
    const say = speaker(h);
    await say('jeg vil gerne deltage');
    assert.match(textOf(await say('**Anna**')), /uden tegn som < >[\s\S]*fulde navn/);
    assert.match(textOf(await say('<script>alert(1)</script>')), /med bogstaver/);
    assert.match(textOf(await say('😀🎉')), /med bogstaver/);
    assert.match(textOf(await say('A'.repeat(5000))), /højst 100 tegn/);
    assert.match(textOf(await say({ text: '' })), /Jeg fik ikke noget svar/);
    await say('Anna Jensen');
    assert.match(textOf(await say('anna@')), /ligner ikke en e-mailadresse[\s\S]*e-mailadresse skal vi bruge/);
    await say('anna@herning.dk');
    assert.match(textOf(await say({ value: { moedebot: 'field', field: 'municipality', choice: 'atlantis' } })), /kunne jeg ikke finde/);
    await say({ value: { moedebot: 'field', field: 'municipality', choice: 'aarhus' } });
    assert.match(textOf(await say('astronaut')), /kunne jeg ikke finde[\s\S]*Hvad er din rolle/);
    await say('direktør');
    await say('spring over');
    await say('ja');
    const [stored] = await registrations(h);
    assert.equal(stored?.answers.municipality, 'aarhus');
    assert.equal(stored?.answers.role, 'direktoer');
    assert.equal(stored?.answers.topic, '');
  });

  it('when the municipality is "andet", then the organisation is asked for as free text', async () => {
    const h = dialogHarness();
    const say = speaker(h);
    await say('tilmeld mig');
    await say('Bo Hansen');
    await say('bo@kl.dk');
    assert.match(textOf(await say('andet')), /Hvilken kommune eller organisation/);
    await say('KL');
    await say('Chef/leder');
    const review = await say('spring over');
    assert.match(JSON.stringify(cardsOf(review)), /"text":"KL"/);
    await say('ja');
    assert.deepEqual((await registrations(h))[0]?.answers.municipalityOther, 'KL');
  });

  it('when a question comes mid-dialog, then it is answered and the pending question is asked again', async () => {
    const h = dialogHarness();
    const say = speaker(h);
    await say('tilmeld mig');
    await say('Anna Jensen');
    const replies = await say('hvor er mødet?');
    assert.match(replies[0]?.text ?? '', /Torvet 5, 7400 Herning/);
    assert.match(replies[1]?.text ?? '', /e-mailadresse/);
    const unknown = await say('er der parkering?');
    assert.match(unknown[0]?.text ?? '', /ved jeg desværre ikke/);
    assert.match(textOf(await say('hjælp')), /mangler: e-mail[\s\S]*e-mailadresse/);
    await say('anna@herning.dk');
    assert.equal((await registrations(h)).length, 0);
  });

  it('when the user cancels, then the dialog ends and nothing is stored', async () => {
    const h = dialogHarness();
    const say = speaker(h);
    await say('tilmeld mig');
    await say('Anna Jensen');
    await say('anna@herning.dk');
    assert.match(textOf(await say('annuller')), /Tilmeldingen er afbrudt\. Intet er gemt/);
    assert.match(textOf(await say('hvornår er mødet?')), /30\. oktober 2024/);
    assert.equal((await registrations(h)).length, 0);
  });

  it('when the user asks to delete their data mid-sign-up, then the sign-up stops and the deletion is offered', async () => {
    const h = dialogHarness();
    const say = speaker(h);
    await say('tilmeld mig');
    await say('Anna Jensen');
    const replies = await say('slet mine data');
    assert.match(replies[0]?.text ?? '', /Tilmeldingen er afbrudt\. Intet er gemt/);
    assert.match(replies[1]?.text ?? '', /Vil du slette alt/);
    assert.match(textOf(await say('ja')), /ingen tilmelding fra dig/);
  });

  it('when the user changes a field at the review, then the new value is confirmed and stored', async () => {
    const h = dialogHarness();
    const say = speaker(h);
    await fillDanish(say);
    assert.match(textOf(await say('ret min e-mail')), /e-mailadresse/);
    const review = await say('anna.jensen@herning.dk');
    assert.match(JSON.stringify(cardsOf(review)), /anna\.jensen@herning\.dk/);
    assert.match(textOf(await say('ret')), /Hvad vil du rette\?/);
    await say('rolle');
    await say('Udvalgsmedlem');
    await say('ja');
    const [stored] = await registrations(h);
    assert.equal(stored?.answers.email, 'anna.jensen@herning.dk');
    assert.equal(stored?.answers.role, 'udvalgsmedlem');
  });

  it('when the review is cancelled by its button, then nothing is stored', async () => {
    const h = dialogHarness();
    const say = speaker(h);
    await fillDanish(say);
    assert.match(textOf(await say({ value: { moedebot: 'review', choice: 'cancel' } })), /Intet er gemt/);
    assert.equal((await registrations(h)).length, 0);
  });

  it('when a registered user signs up again, then the registration is shown and an update offered, never a duplicate', async () => {
    const h = dialogHarness();
    const say = speaker(h);
    await fillDanish(say);
    await say('ja');
    const again = await say('tilmeld mig');
    assert.match(textOf(again), /Din tilmelding:[\s\S]*Du er allerede tilmeldt\. Vil du rette din tilmelding\?/);
    assert.match(textOf(await say('nej tak')), /uændret/);
    await say('tilmeld mig');
    await say('ja');
    assert.match(textOf(await say('ja')), /præcis de oplysninger/);
    assert.equal((await registrations(h)).length, 1);
  });

  it('when Teams knows the name and e-mail, then they are offered; refusing one asks for it instead', async () => {
    const h = dialogHarness({}, { directory: { lookup: async () => ({ name: 'Anna Jensen', email: 'Anna.Jensen@herning.dk' }) } });
    const say = speaker(h, { channelId: 'msteams', aad: '0d0d0d0d-0000-4000-8000-00000000000d' });
    assert.match(textOf(await say('tilmeld mig')), /Fra Teams har jeg: navn „Anna Jensen“\. Skal jeg bruge det\?/);
    assert.match(textOf(await say('ja')), /Fra Teams har jeg: e-mail „anna\.jensen@herning\.dk“/);
    assert.match(textOf(await say('nej')), /Hvilken e-mailadresse/);
    await say('anna@privat.dk');
    await say('Herning');
    await say('Direktør');
    await say('spring over');
    const done = await say('ja');
    // Teams cannot take the file attachment; the card is there, the .ics is not.
    assert.equal(attachmentsOf(done, 'text/calendar').length, 0);
    const [stored] = await registrations(h);
    assert.equal(stored?.answers.fullName, 'Anna Jensen');
    assert.equal(stored?.answers.email, 'anna@privat.dk');
    assert.ok(isActive(stored));
    assert.equal(stored.personKey, personKeyOf(aadIdentity('0d0d0d0d-0000-4000-8000-00000000000d')));
  });

  it('when Teams gives nothing usable, then the user types as everywhere else', async () => {
    const h = dialogHarness({}, { directory: { lookup: async () => ({ name: '<b>x</b>', email: 'not-an-address' }) } });
    const say = speaker(h, { channelId: 'msteams' });
    assert.match(textOf(await say('tilmeld mig')), /Hvad er dit fulde navn\?$/);
  });

  it('when the meeting has been held, then sign-up is closed and says so', async () => {
    const h = dialogHarness({ BOT_NOW: '2026-11-29T12:00:00+01:00' });
    assert.match(textOf(await speaker(h)('tilmeld mig')), /Mødet blev holdt onsdag den 30\. oktober 2024.*tilmeldingen er lukket/);
  });

  it('when the meeting is under way, then sign-up is closed because it has started', async () => {
    const h = dialogHarness({ BOT_NOW: '2024-10-30T17:30:00+01:00' });
    assert.match(textOf(await speaker(h)('tilmeld mig')), /lukket, fordi mødet er begyndt/);
  });

  it('when the deadline in the event file has passed, then sign-up is closed by the deadline', async () => {
    const file = eventFile((e) => (e.registration.deadline = '2024-10-23T12:00'));
    const h = dialogHarness({ EVENT_FILE: file, BOT_NOW: '2024-10-24T09:00:00+02:00' });
    assert.match(textOf(await speaker(h)('tilmeld mig')), /Tilmeldingsfristen var onsdag den 23\. oktober 2024 12\.00/);
  });

  it('when the meeting is full, then the next person waits, and moves up (and is told) when someone cancels', async () => {
    const h = dialogHarness({ EVENT_FILE: eventFile((e) => (e.registration.capacity = 1)) });
    const anna = speaker(h, { id: 'anna' });
    const bo = speaker(h, { id: 'bo' });
    await fillDanish(anna);
    await anna('ja');
    await fillDanish(bo);
    assert.match(textOf(await bo('ja')), /ventelisten som nr\. 1/);
    assert.match(textOf(await bo('min tilmelding')), /Din tilmelding/);
    assert.match(JSON.stringify(cardsOf(await bo('min tilmelding'))), /på ventelisten som nr\. 1/);
    await anna('afmeld mig');
    assert.match(textOf(await anna('ja')), /afmeldt[\s\S]*givet videre/);
    const next = await bo('hej');
    assert.match(next[0]?.text ?? '', /Godt nyt: Der er blevet en plads ledig/);
    assert.doesNotMatch(textOf(await bo('hej')), /Godt nyt/);
  });

  it('afterwards: view, change a field, keep when refusing to cancel, cancel, and see nothing left', async () => {
    const h = dialogHarness();
    const say = speaker(h);
    assert.match(textOf(await say('min tilmelding')), /Du er ikke tilmeldt/);
    await fillDanish(say);
    await say('ja');
    const view = await say('min tilmelding');
    assert.match(JSON.stringify(cardsOf(view)), /anna@herning\.dk/);
    assert.match(textOf(await say('ret min e-mail')), /e-mailadresse/);
    await say('anna.j@herning.dk');
    assert.match(textOf(await say('ja')), /Din tilmelding er opdateret/);
    assert.equal((await registrations(h))[0]?.answers.email, 'anna.j@herning.dk');
    assert.match(textOf(await say('afmeld mig')), /Vil du melde dig fra mødet\?/);
    assert.match(textOf(await say('nej')), /stadig tilmeldt/);
    await say('afmeld mig');
    assert.match(textOf(await say('jep')), /Du er nu afmeldt/);
    assert.match(textOf(await say('min tilmelding')), /Du er ikke tilmeldt/);
  });

  it('"slet mine data" removes the registration and the conversation state, and says so', async () => {
    const h = dialogHarness();
    const say = speaker(h);
    // Keys as botbuilder's ConversationState and UserState build them.
    const stateKeys = ['test/conversations/conversation-user-1/', 'test/users/user-1/'];
    await say('tilmeld mig');
    await say('Anna Jensen');
    const midway = JSON.stringify(await h.stateStorage.read(stateKeys));
    assert.match(midway, /Anna Jensen/, 'the draft is in conversation state while the sign-up runs');
    await say('anna@herning.dk');
    for (const text of ['ringkobing', 'Udvalgsformand', 'Inklusion i udskolingen', 'ja']) await say(text);
    assert.equal((await registrations(h)).length, 1);
    assert.match(textOf(await say('slet mine data')), /Vil du slette alt/);
    assert.match(textOf(await say('ja')), /slettet din tilmelding og alt/);
    assert.equal((await registrations(h)).length, 0);
    const leftovers = JSON.stringify(await h.stateStorage.read(stateKeys));
    assert.doesNotMatch(leftovers, /Anna|herning\.dk|Inklusion/);
  });

  it('when storing fails, then the answers are kept and "prøv igen" stores them once', async () => {
    const h = dialogHarness();
    const first = speaker(h, { id: 'first' });
    await fillDanish(first);
    await first('ja');
    // Break the store for real: a directory where its file must be written, so every write fails.
    const file = path.join(h.config.DATA_DIR, 'registrations', `${h.event.id}.json`);
    rmSync(file);
    mkdirSync(file);
    const say = speaker(h, { id: 'second' });
    await fillDanish(say);
    assert.match(textOf(await say('ja')), /kunne ikke gemme din tilmelding lige nu\. Dine svar er ikke gået tabt – skriv „prøv igen“/);
    assert.match(textOf(await say('prøv igen')), /kunne ikke gemme/);
    rmdirSync(file);
    assert.match(textOf(await say('prøv igen')), /Du er tilmeldt/);
    const stored = await registrations(h);
    assert.equal(stored.length, 2);
    assert.equal(stored.filter((r) => isActive(r) && r.personKey === personKeyOf(channelIdentity('test', 'second'))).length, 1);
  });

  it('when a card sends something unexpected, then the user gets a polite reply and nothing changes', async () => {
    const h = dialogHarness();
    const say = speaker(h);
    assert.match(textOf(await say({ value: { hack: '<script>' } })), /kort-svar kan jeg ikke bruge/);
    assert.match(textOf(await say({ value: { moedebot: 'review', choice: 'confirm' } })), /kort-svar kan jeg ikke bruge/);
    assert.equal((await registrations(h)).length, 0);
  });

  it('what a user typed is shown literally in cards, never as markdown', async () => {
    const h = dialogHarness();
    const say = speaker(h);
    await say('tilmeld mig');
    await say('Anna Jensen');
    await say('anna@herning.dk');
    await say('Herning');
    await say('Andet');
    const review = await say('**vigtigt** [link](http://x) _emne_');
    const json = JSON.stringify(cardsOf(review));
    assert.match(json, /\{"type":"TextRun","text":"\*\*vigtigt\*\* \[link\]\(http:\/\/x\) _emne_"\}/);
    assert.doesNotMatch(json, /"type":"TextBlock","text":"\*\*vigtigt/);
  });
});

describe('sign-up dialog, English', () => {
  it('when a user registers in English, then the whole dialog is in English', async () => {
    const h = dialogHarness();
    const say = speaker(h, { locale: 'en-GB' });
    assert.match(textOf(await say("I'd like to register")), /Before we start: I will store your name, e-mail[\s\S]*What is your full name\?/);
    assert.match(textOf(await say('Anna Jensen')), /Which e-mail address/);
    assert.match(textOf(await say('anna@')), /doesn't look like an e-mail address/);
    await say('anna@herning.dk');
    await say('Aarhus Municipality');
    assert.match(textOf(await say('where is it?')), /Herning City Hall[\s\S]*What is your role\?/);
    await say('Committee member');
    const review = await say('skip');
    assert.match(textOf(review), /Please check your details[\s\S]*Is this correct\?/);
    assert.match(textOf(await say('change my email')), /Which e-mail address/);
    await say('anna.jensen@herning.dk');
    const done = await say('yes');
    assert.match(textOf(done), /You are registered for "Regional political meeting[^"]*" on Wednesday 30 October 2024, 17:00–18:45/);
    assert.equal(attachmentsOf(done, 'text/calendar').length, 1);
    assert.match(textOf(await say('what am I registered with?')), /Your registration:/);
    assert.match(textOf(await say('cancel my registration')), /withdraw from the meeting\?/);
    assert.match(textOf(await say('yes')), /You are now unregistered/);
  });

  it('when an English user stops or asks for help, then it is in English', async () => {
    const h = dialogHarness();
    const say = speaker(h, { locale: 'en-US' });
    await say('sign me up');
    assert.match(textOf(await say('help')), /You are registering for the meeting and I still need your name/);
    assert.match(textOf(await say('cancel')), /Registration stopped\. Nothing has been stored\./);
    assert.equal((await registrations(h)).length, 0);
  });

  it('delete my data, in English', async () => {
    const h = dialogHarness();
    const say = speaker(h, { locale: 'en-GB' });
    assert.match(textOf(await say('delete my data')), /delete everything I have stored about you/);
    assert.match(textOf(await say('yes')), /I had no registration from you/);
  });
});

describe('whose draft it is, and erasing it', () => {
  /** Every state file's content, to look for what a user typed. */
  const stateFiles = (h: Harness) => {
    const folder = path.join(h.config.DATA_DIR, 'state');
    return existsSync(folder) ? readdirSync(folder).map((name) => readFileSync(path.join(folder, name), 'utf8')).join('\n') : '';
  };

  it('when "slet mine data" is asked in another conversation, then the draft in the first one is erased too', async () => {
    const h = dialogHarness();
    const inFirst = speaker(h, { id: 'anna', conversationId: 'first' });
    const inSecond = speaker(h, { id: 'anna', conversationId: 'second' });
    await inFirst('tilmeld mig');
    await inFirst('Anna Jensen');
    await inFirst('anna@herning.dk');
    assert.match(stateFiles(h), /anna@herning\.dk/);
    assert.match(textOf(await inSecond('slet mine data')), /Vil du slette alt/);
    await inSecond('ja');
    assert.doesNotMatch(stateFiles(h), /anna@herning\.dk|Anna Jensen/);
    // Back in the first conversation nothing continues: the answer is not taken as a municipality.
    assert.doesNotMatch(textOf(await inFirst('ringkobing')), /rolle/i);
    assert.equal((await registrations(h)).length, 0);
  });

  it('when someone else writes in the same conversation, then they start afresh and cannot submit the draft', async () => {
    const h = dialogHarness();
    const anna = speaker(h, { id: 'anna', conversationId: 'shared' });
    const mallory = speaker(h, { id: 'mallory', conversationId: 'shared' });
    await fillDanish(anna);
    const reply = textOf(await mallory('ja'));
    assert.doesNotMatch(reply, /Du er tilmeldt/);
    assert.equal((await registrations(h)).length, 0);
    // Anna's draft was dropped with the conversation's dialog: her "ja" registers nothing either.
    assert.doesNotMatch(textOf(await anna('ja')), /Du er tilmeldt/);
    assert.equal((await registrations(h)).length, 0);
  });

  it('when a typed answer holds control or format characters, then they are not stored', async () => {
    const h = dialogHarness();
    const say = speaker(h);
    await say('tilmeld mig');
    await say('Anna\u0000 Jen\u202Esen\u001b');
    await say('anna@herning.dk');
    await say('ringkobing');
    await say('Udvalgsformand');
    await say('Inklusion\u200B i ud\u0301\u0301\u0301\u0301skolingen');
    await say('ja');
    const [stored] = await registrations(h);
    assert.equal(stored?.answers.fullName, 'Anna Jensen');
    assert.doesNotMatch(JSON.stringify(stored?.answers), /[\u0000-\u001f\u200b\u202e]/);
    assert.doesNotMatch(stored?.answers.topic ?? '', /\p{M}{3}/u);
  });
});
