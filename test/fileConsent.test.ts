import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { BotClient } from '../src/devtools/botClient';
import { safeUploadUrl } from '../src/bot/moedeBot';
import { Writable } from 'node:stream';
import { messages } from '../src/i18n';
import { createLogger } from '../src/log';
import { startBot, texts } from './helpers/app';
import { attachmentsOf } from './helpers/conversation';
import { TEST_EVENTS } from './helpers/event';
import { ANNA, answerFor, fieldOfKind, fieldsOf, labelOf } from './helpers/signUp';

/** Stands in for the OneDrive upload session Teams hands the bot (it cannot run here). */
async function uploadTarget() {
  const uploads: Array<{ method: string; headers: Record<string, unknown>; body: string }> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      uploads.push({ method: req.method ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = 201;
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/upload/session`, uploads, close: () => new Promise<void>((r) => server.close(() => r())) };
}

function consentInvoke(client: BotClient, action: 'accept' | 'decline', context: unknown, uploadUrl: string) {
  return client.send(
    client.activity({
      type: 'invoke',
      name: 'fileConsent/invoke',
      value: {
        type: 'fileUpload',
        action,
        context,
        uploadInfo: {
          name: 'tilmeldinger.csv',
          uploadUrl,
          contentUrl: 'https://contoso.sharepoint.com/tilmeldinger.csv',
          uniqueId: 'file-1',
          fileType: 'csv',
        },
      },
    }),
  );
}

for (const test of TEST_EVENTS) {
  const { event } = test;

  describe(`CSV export in Teams through file consent (over HTTP), ${test.name} event`, () => {
    it('when an organiser accepts, then the CSV is uploaded and a file card follows; a forwarded card, another channel or another address gets nothing', async () => {
      const target = await uploadTarget();
      const logged: string[] = [];
      const log = createLogger('info', new Writable({ write: (chunk, _encoding, done) => (logged.push(String(chunk)), done()) }));
      const bot = await startBot(
        { EVENT_FILE: test.file, BOT_NOW: test.now, ORGANISER_IDS: '0a0a0a0a-0000-4000-8000-00000000000a' },
        { log },
      );
      try {
        const signUp = bot.client({ id: '29:anna' }, { channelId: 'msteams', conversationId: 'a:anna' });
        for (const text of ['tilmeld mig', 'ja', ...fieldsOf(event).map((field) => answerFor(field, 'da').text), 'ja'])
          await signUp.say(text);

        const organiser = bot.client(
          { id: '29:org', aadObjectId: '0a0a0a0a-0000-4000-8000-00000000000a' },
          { channelId: 'msteams', conversationId: 'a:org' },
        );
        const offer = await organiser.say('eksportér som CSV');
        assert.deepEqual(attachmentsOf(offer, 'text/csv'), [], 'Teams takes no file attachment: consent first');
        const consent = offer
          .flatMap((r) => r.attachments ?? [])
          .find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent');
        assert.ok(consent, texts(offer));
        assert.equal(consent.name, messages('da').organiser.csv.fileName(event.id));
        const content = consent.content as { acceptContext: unknown; sizeInBytes: number };

        const accepted = await consentInvoke(organiser, 'accept', content.acceptContext, target.url);
        assert.equal(target.uploads.length, 1);
        const upload = target.uploads[0]!;
        assert.equal(upload.method, 'PUT');
        assert.equal(upload.headers['content-range'], `bytes 0-${content.sizeInBytes - 1}/${content.sizeInBytes}`);
        const records = parse(upload.body, { bom: true, columns: true }) as Array<Record<string, string>>;
        assert.deepEqual(
          records.map((r) => r[labelOf(event, fieldOfKind(event, 'name')!, 'da')]),
          [ANNA.name],
        );
        assert.ok(texts(accepted).length > 0);
        assert.ok(
          accepted.flatMap((r) => r.attachments ?? []).some((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.info'),
        );
        const audits = logged
          .map((line) => (JSON.parse(line) as { audit?: { action?: string } }).audit)
          .filter((audit) => audit?.action === 'orgExportUpload');
        assert.deepEqual(audits, [
          { action: 'orgExportUpload', actor: 'aad:0a0a0a0a-0000-4000-8000-00000000000a', eventId: event.id, rows: 1, allowed: true },
        ]);
        assert.ok(
          !logged.join('').includes(ANNA.name) && !logged.join('').includes(ANNA.email),
          'the upload is audited without attendee data',
        );

        // A forwarded card accepted by someone else: refused, nothing uploaded.
        const stranger = bot.client(
          { id: '29:x', aadObjectId: '0c0c0c0c-0000-4000-8000-00000000000c' },
          { channelId: 'msteams', conversationId: 'a:x' },
        );
        const refused = await consentInvoke(stranger, 'accept', content.acceptContext, target.url);
        assert.ok(!texts(refused).includes(ANNA.name));
        assert.ok(!refused.some((r) => (r.attachments ?? []).length > 0));
        assert.equal(target.uploads.length, 1);

        // The same consent answer on another channel, or naming an upload address off this machine: nothing goes out.
        const elsewhere = bot.client(
          { id: '29:org', aadObjectId: '0a0a0a0a-0000-4000-8000-00000000000a' },
          { channelId: 'webchat', conversationId: 'a:org' },
        );
        await consentInvoke(elsewhere, 'accept', content.acceptContext, target.url);
        const offMachine = await consentInvoke(organiser, 'accept', content.acceptContext, 'https://attacker.example/upload');
        assert.ok(!offMachine.some((r) => (r.attachments ?? []).length > 0));
        assert.equal(target.uploads.length, 1);

        // A context that is not the bot's own export, and a context for a meeting that does not exist.
        await consentInvoke(organiser, 'accept', { kind: 'something-else', lang: 'da', eventId: event.id }, target.url);
        await consentInvoke(organiser, 'accept', { ...(content.acceptContext as object), eventId: 'no-such-meeting' }, target.url);
        assert.equal(target.uploads.length, 1);

        const declined = await consentInvoke(organiser, 'decline', content.acceptContext, target.url);
        assert.equal(declined.filter((r) => r.type === 'message').length, 1);
        assert.equal(target.uploads.length, 1);
      } finally {
        await bot.close();
        await target.close();
      }
    });
  });
}

describe('where a file-consent upload may go', () => {
  it('with authentication: https to SharePoint or OneDrive only', () => {
    assert.ok(safeUploadUrl('https://contoso-my.sharepoint.com/personal/anna/_api/upload?x=1', false));
    assert.ok(safeUploadUrl('https://api.onedrive.com/v1.0/upload', false));
    for (const url of [
      'http://contoso-my.sharepoint.com/x',
      'https://sharepoint.com.attacker.example/x',
      'https://attacker.example/contoso.sharepoint.com',
      'http://127.0.0.1:8080/x',
      'https://169.254.169.254/metadata',
      'not a url',
    ]) {
      assert.equal(safeUploadUrl(url, false), undefined, url);
    }
  });

  it('in local mode: this machine only', () => {
    assert.ok(safeUploadUrl('http://127.0.0.1:1234/upload', true));
    assert.equal(safeUploadUrl('https://contoso-my.sharepoint.com/x', true), undefined);
  });
});
