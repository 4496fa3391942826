import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { BotClient } from '../src/devtools/botClient';
import { safeUploadUrl } from '../src/bot/moedeBot';
import { startBot, texts } from './helpers/app';

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
        uploadInfo: { name: 'tilmeldinger.csv', uploadUrl, contentUrl: 'https://contoso.sharepoint.com/tilmeldinger.csv', uniqueId: 'file-1', fileType: 'csv' },
      },
    }),
  );
}

describe('CSV export in Teams through file consent (over HTTP)', () => {
  it('when an organiser accepts, then the CSV is uploaded and a file card follows; a non-organiser gets nothing', async () => {
    const target = await uploadTarget();
    const bot = await startBot({ ORGANISER_IDS: '0a0a0a0a-0000-4000-8000-00000000000a' });
    try {
      const signUp = bot.client({ id: '29:anna' }, { channelId: 'msteams', conversationId: 'a:anna' });
      for (const text of ['tilmeld mig', 'Anna Jensen', 'anna@herning.dk', 'Herning', 'Direktør', 'spring over', 'ja']) await signUp.say(text);

      const organiser = bot.client({ id: '29:org', aadObjectId: '0a0a0a0a-0000-4000-8000-00000000000a' }, { channelId: 'msteams', conversationId: 'a:org' });
      const offer = await organiser.say('eksportér som CSV');
      const consent = offer.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent');
      assert.ok(consent, texts(offer));
      const content = consent.content as { acceptContext: unknown; sizeInBytes: number };

      const accepted = await consentInvoke(organiser, 'accept', content.acceptContext, target.url);
      assert.equal(target.uploads.length, 1);
      const upload = target.uploads[0]!;
      assert.equal(upload.method, 'PUT');
      assert.equal(upload.headers['content-range'], `bytes 0-${content.sizeInBytes - 1}/${content.sizeInBytes}`);
      const records = parse(upload.body, { bom: true, columns: true }) as Array<Record<string, string>>;
      assert.deepEqual(records.map((r) => r.Navn), ['Anna Jensen']);
      assert.match(texts(accepted), /gemt i din OneDrive/);
      assert.ok(accepted.flatMap((r) => r.attachments ?? []).some((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.info'));

      // A forwarded card accepted by someone else: refused, nothing uploaded.
      const stranger = bot.client({ id: '29:x', aadObjectId: '0c0c0c0c-0000-4000-8000-00000000000c' }, { channelId: 'msteams', conversationId: 'a:x' });
      assert.match(texts(await consentInvoke(stranger, 'accept', content.acceptContext, target.url)), /kun arrangørerne/);
      assert.equal(target.uploads.length, 1);

      // The same consent answer on another channel, or naming an upload address off this machine: nothing goes out.
      const elsewhere = bot.client({ id: '29:org', aadObjectId: '0a0a0a0a-0000-4000-8000-00000000000a' }, { channelId: 'webchat', conversationId: 'a:org' });
      await consentInvoke(elsewhere, 'accept', content.acceptContext, target.url);
      assert.match(texts(await consentInvoke(organiser, 'accept', content.acceptContext, 'https://attacker.example/upload')), /kunne ikke gemme/);
      assert.equal(target.uploads.length, 1);

      assert.match(texts(await consentInvoke(organiser, 'decline', content.acceptContext, target.url)), /ikke gemt filen/);
    } finally {
      await bot.close();
      await target.close();
    }
  });
});

describe('where a file-consent upload may go', () => {
  it('with authentication: https to SharePoint or OneDrive only', () => {
    assert.ok(safeUploadUrl('https://contoso-my.sharepoint.com/personal/anna/_api/upload?x=1', false));
    assert.ok(safeUploadUrl('https://api.onedrive.com/v1.0/upload', false));
    for (const url of ['http://contoso-my.sharepoint.com/x', 'https://sharepoint.com.attacker.example/x', 'https://attacker.example/contoso.sharepoint.com', 'http://127.0.0.1:8080/x', 'https://169.254.169.254/metadata', 'not a url']) {
      assert.equal(safeUploadUrl(url, false), undefined, url);
    }
  });

  it('in local mode: this machine only', () => {
    assert.ok(safeUploadUrl('http://127.0.0.1:1234/upload', true));
    assert.equal(safeUploadUrl('https://contoso-my.sharepoint.com/x', true), undefined);
  });
});
