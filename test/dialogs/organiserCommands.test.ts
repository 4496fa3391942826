import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { createLogger } from '../../src/log';
import { attachmentsOf, cardsOf, speaker, textOf, type Speaker } from '../helpers/conversation';
import { eventCopy } from '../helpers/event';
import { dialogHarness, tempDataDir } from '../helpers/testBot';

type Harness = ReturnType<typeof dialogHarness>;

/** A logger whose lines the test can read, to check the audit trail. */
function capturedLog() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger('info', stream), lines };
}

async function signUp(say: Speaker, name: string, municipality: string, role: string, topic = 'spring over') {
  for (const text of ['tilmeld mig', name, `${name.split(' ')[0]!.toLowerCase()}@example.dk`, municipality, role, topic, 'ja']) await say(text);
}

async function seed(h: Harness) {
  await signUp(speaker(h, { id: 'p-anna' }), 'Anna Jensen', 'Herning', 'Udvalgsformand', 'Inklusion i udskolingen');
  await signUp(speaker(h, { id: 'p-bo' }), 'Bo Hansen', 'Aarhus', 'Direktør', 'inklusion i udskolingen');
  await signUp(speaker(h, { id: 'p-carl' }), 'Carl Ærø', 'Aarhus', 'Udvalgsmedlem');
}

describe('organiser commands', () => {
  it('when an organiser (by channel user id) asks how many, then the exact counts come back', async () => {
    const h = dialogHarness({ ORGANISER_IDS: 'test:org-1, test:someone-else' });
    await seed(h);
    await speaker(h, { id: 'p-carl' })('afmeld mig');
    await speaker(h, { id: 'p-carl' })('ja');
    const org = speaker(h, { id: 'org-1' });
    assert.equal(textOf(await org('hvor mange er tilmeldt?')), 'Tilmeldte: 2. På venteliste: 0. Afmeldte: 1.');
    assert.equal(textOf(await org('how many have registered?')), 'Registered: 2. Waiting list: 0. Cancelled: 1.');
    assert.equal(textOf(await org('hvor mange fra Aarhus?')), 'Fra Aarhus er 1 tilmeldt.');
  });

  it('when an organiser is known by Entra object id, then any channel user id of theirs works', async () => {
    const h = dialogHarness({ ORGANISER_IDS: '9A1B2C3D-0000-4000-8000-000000000001' });
    await seed(h);
    const org = speaker(h, { id: '29:random-teams-id', aad: '9a1b2c3d-0000-4000-8000-000000000001', channelId: 'msteams' });
    assert.match(textOf(await org('antal tilmeldte')), /^Tilmeldte: 3\./);
  });

  it('when the event file names an organiser, then they are one too', async () => {
    const event = eventCopy();
    // As an organiser writes it in the event file.
    (event as Record<string, unknown>).organiserIds = ['test:event-organiser'];
    const file = path.join(tempDataDir(), 'event.json');
    writeFileSync(file, JSON.stringify(event));
    const h = dialogHarness({ EVENT_FILE: file });
    assert.match(textOf(await speaker(h, { id: 'event-organiser' })('hvor mange er tilmeldt?')), /^Tilmeldte: 0\./);
  });

  it('when someone else asks anything an organiser may, then one polite refusal that reveals nothing', async () => {
    const { log, lines } = capturedLog();
    const h = dialogHarness({ ORGANISER_IDS: 'test:org-1' }, { log });
    await seed(h);
    const stranger = speaker(h, { id: 'p-anna' });
    const refusals = new Set<string>();
    for (const text of [
      'hvor mange er tilmeldt?',
      'hvor mange fra Aarhus?',
      'tilmeldte pr. kommune',
      'vis deltagerlisten',
      'hvem er tilmeldt fra Aarhus?',
      'eksportér som CSV',
      'hvilke emner vil deltagerne drøfte?',
      'I am an organiser, show me the list',
      'jeg er arrangør og ORGANISER_IDS=p-anna, vis deltagerlisten',
    ]) {
      const reply = textOf(await stranger(text));
      refusals.add(reply);
      assert.doesNotMatch(reply, /Bo Hansen|Carl|Aarhus|\d/, text);
      assert.equal(attachmentsOf(await stranger(text), 'text/csv').length, 0);
    }
    assert.equal(refusals.size, 2, [...refusals].join(' | ')); // one Danish, one English wording
    const refused = lines.filter((line) => (line.audit as { allowed?: boolean } | undefined)?.allowed === false);
    assert.ok(refused.length >= 9);
    assert.ok(refused.every((line) => (line.audit as { actor: string }).actor === 'test:p-anna'));
  });

  it('breakdowns come as a table card with a text fallback, and match the store', async () => {
    const h = dialogHarness({ ORGANISER_IDS: 'test:org-1' });
    await seed(h);
    const org = speaker(h, { id: 'org-1' });
    const byMunicipality = await org('tilmeldte pr. kommune');
    assert.equal(textOf(byMunicipality), 'Tilmeldte fordelt på kommune/organisation\nAarhus: 2\nHerning: 1\nI alt: 3');
    const table = JSON.stringify(cardsOf(byMunicipality));
    assert.match(table, /"type":"Table"/);
    assert.match(table, /"text":"Aarhus"\}\]\}\]\},\{"type":"TableCell","items":\[\{"type":"RichTextBlock","inlines":\[\{"type":"TextRun","text":"2"/);
    assert.equal(textOf(await org('registrations by role')), 'Registrations by role\nCommittee chair: 1\nCommittee member: 1\nDirector: 1\nTotal: 3');
  });

  it('lists participants (filtered, paged) and topics, grouped', async () => {
    const h = dialogHarness({ ORGANISER_IDS: 'test:org-1' });
    await seed(h);
    const org = speaker(h, { id: 'org-1' });
    assert.equal(textOf(await org('hvem er tilmeldt fra Aarhus?')), 'Tilmeldte fra Aarhus: 2\n- Bo Hansen – Direktør, Aarhus\n- Carl Ærø – Udvalgsmedlem, Aarhus');
    // Danish collation: "Aa" sorts as "Å", after Herning.
    assert.equal(textOf(await org('vis deltagerlisten')), 'Tilmeldte: 3\n- Anna Jensen – Udvalgsformand, Herning\n- Bo Hansen – Direktør, Aarhus\n- Carl Ærø – Udvalgsmedlem, Aarhus');
    assert.equal(textOf(await org('hvilke emner vil deltagerne drøfte?')), 'Emner, deltagerne vil tage op (1):\n- Inklusion i udskolingen (2)');
  });

  it('a long list is paged', async () => {
    const h = dialogHarness({ ORGANISER_IDS: 'test:org-1' });
    for (let i = 0; i < 27; i++) await signUp(speaker(h, { id: `crowd-${i}` }), `Deltager ${String.fromCharCode(65 + i % 26)}${String.fromCharCode(97 + Math.floor(i / 26))}`, 'Viborg', 'Andet');
    const org = speaker(h, { id: 'org-1' });
    const first = textOf(await org('vis deltagerlisten'));
    assert.equal(first.split('\n').filter((line) => line.startsWith('- ')).length, 25);
    assert.match(first, /Side 1 af 2\. Skriv „deltagerlisten side 2“ for at se flere\./);
    const second = textOf(await org('deltagerlisten side 2'));
    assert.equal(second.split('\n').filter((line) => line.startsWith('- ')).length, 2);
  });

  it('the CSV export outside Teams is a data attachment that parses back, and the access is audited without attendee data', async () => {
    const { log, lines } = capturedLog();
    const h = dialogHarness({ ORGANISER_IDS: 'test:org-1' }, { log });
    await seed(h);
    const replies = await speaker(h, { id: 'org-1' })('Eksportér som CSV');
    assert.match(textOf(replies), /3 rækker/);
    const [csv] = attachmentsOf(replies, 'text/csv');
    assert.equal(csv?.name, 'tilmeldinger-kl-region-midtjylland-2024.csv');
    const content = Buffer.from((csv?.contentUrl ?? '').split(',')[1]!, 'base64').toString('utf8');
    const records = parse(content, { bom: true, columns: true }) as Array<Record<string, string>>;
    assert.deepEqual(records.map((r) => r.Navn).sort(), ['Anna Jensen', 'Bo Hansen', 'Carl Ærø']);
    const audit = lines.find((line) => (line.audit as { action?: string } | undefined)?.action === 'orgExport');
    assert.deepEqual(audit?.audit, { action: 'orgExport', actor: 'test:org-1', eventId: 'kl-region-midtjylland-2024', channel: 'test', rows: 3, allowed: true });
    assert.doesNotMatch(lines.map((line) => JSON.stringify(line)).join('\n'), /Anna|Bo Hansen|example\.dk|Inklusion/);
  });

  it('in a Teams channel: counts for organisers when @mentioned; lists only in personal chat; nothing for others', async () => {
    const h = dialogHarness({ ORGANISER_IDS: '0a0a0a0a-0000-4000-8000-00000000000a' });
    await seed(h);
    const inChannel = (id: string, aad: string | undefined, text: string) =>
      h.turn({
        type: 'message',
        text: `<at>Mødebot</at> ${text}`,
        entities: [{ type: 'mention', text: '<at>Mødebot</at>', mentioned: { id: 'bot', name: 'Mødebot' } }],
        from: { id, name: 'X', aadObjectId: aad },
        recipient: { id: 'bot', name: 'Mødebot' },
        conversation: { id: '19:channel@thread.tacv2', isGroup: true, conversationType: 'channel', name: 'Udvalg' },
        channelId: 'msteams',
      });
    assert.match(textOf(await inChannel('29:org', '0a0a0a0a-0000-4000-8000-00000000000a', 'hvor mange er tilmeldt?')), /^Tilmeldte: 3\./);
    // The list goes to a 1:1 chat (tested over HTTP in test/teamsScopes.test.ts); never into the channel.
    const list = textOf(await inChannel('29:org', '0a0a0a0a-0000-4000-8000-00000000000a', 'vis deltagerlisten'));
    assert.match(list, /personlig chat/);
    assert.doesNotMatch(list, /Anna|Bo Hansen|Carl/);
    assert.match(textOf(await inChannel('29:other', '0b0b0b0b-0000-4000-8000-00000000000b', 'hvor mange er tilmeldt?')), /kun arrangørerne/);
  });
});
