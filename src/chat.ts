import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { Activity } from 'botbuilder';
import { createApp } from './app';
import { loadConfig } from './config';
import { BotClient } from './devtools/botClient';
import { saveDownload } from './devtools/downloads';
import { DAY_MS } from './housekeeping';
import { createLogger } from './log';
import { downloadsFolder } from './storage';
import { removeFilesOlderThan } from './storage/local/atomicFile';

/**
 * A terminal chat with the same bot `npm start` runs: it starts the app in-process on a free
 * loopback port and talks to it over HTTP, exactly as a channel would.
 * Flags: --user <id> (default "local-user"), --name <display name>, --aad <Entra object id>, --locale <da-DK|en-GB>.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      user: { type: 'string', default: 'local-user' },
      name: { type: 'string', default: 'Local User' },
      aad: { type: 'string' },
      locale: { type: 'string', default: 'da-DK' },
    },
  });
  // A terminal chat is a local run by nature: the bot it starts answers this process alone, on loopback.
  const config = loadConfig({ ALLOW_UNAUTHENTICATED: 'true', ...process.env });
  const app = createApp(config, { log: createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL) });
  const server = await app.listen(0, '127.0.0.1');
  const downloads = downloadsFolder(config.DATA_DIR);
  // What earlier chats saved (an organiser's CSV holds attendee data) is kept a day, then deleted.
  await removeFilesOlderThan(downloads, DAY_MS);
  const client = new BotClient({
    url: server.url,
    user: { id: values.user, name: values.name, aadObjectId: values.aad },
    locale: values.locale,
  });

  // Files the bot sends (calendar, CSV export) land in DATA_DIR/downloads, to open in a calendar or spreadsheet.
  const save = (name: string, dataUrl: string): string => saveDownload(downloads, name, dataUrl);

  const show = (replies: Partial<Activity>[]) => {
    for (const reply of replies) {
      if (reply.text) console.log(`\nMødebot: ${reply.text}`);
      for (const attachment of reply.attachments ?? []) {
        const fallback = (attachment.content as { fallbackText?: string } | undefined)?.fallbackText;
        // A terminal cannot draw a card: show its fallback text, as a text-only channel would.
        if (fallback && fallback !== reply.text) console.log(fallback.replace(/^/gm, '  | '));
        else if (attachment.name && attachment.contentUrl?.startsWith('data:'))
          console.log(`  [${attachment.name} saved as ${save(attachment.name, attachment.contentUrl)}]`);
        else console.log(`  [attachment: ${attachment.name ?? attachment.contentType}]`);
      }
      const actions = reply.suggestedActions?.actions?.map((action) => action.title).join(' | ');
      if (actions) console.log(`  [${actions}]`);
    }
    console.log();
  };

  // Take the line iterator before the first await, or piped input is read before anyone listens.
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const lines = rl[Symbol.asyncIterator]();
  show(await client.join());
  rl.setPrompt('Du> ');
  rl.prompt();
  for await (const line of { [Symbol.asyncIterator]: () => lines }) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    try {
      show(await client.say(text));
    } catch (error) {
      console.error(`(${(error as Error).message})`);
    }
    rl.prompt();
  }
  rl.close();
  await server.close();
}

void main();
