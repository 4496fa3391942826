import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BotClient } from '../../src/devtools/botClient';
import { standInConnector } from '../helpers/connector';
import { SYNTHETIC_EVENT_FILE, SYNTHETIC_NOW, syntheticEvent } from '../helpers/event';
import { listeningUrl, startProcess } from '../helpers/process';

describe('graceful stop (the real process)', () => {
  it('when SIGTERM arrives during a turn, then new connections are refused, the turn is answered, and it exits 0', async () => {
    let replyArrived!: () => void;
    const arrived = new Promise<void>((resolve) => (replyArrived = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // The channel holds on to the bot's reply until released: the turn stays in flight meanwhile.
    const connector = await standInConnector({
      onPost: async () => {
        replyArrived();
        await released;
      },
    });
    const bot = startProcess({ PORT: '0', EVENT_FILE: SYNTHETIC_EVENT_FILE, BOT_NOW: SYNTHETIC_NOW });
    try {
      const url = await listeningUrl(bot);
      // Leaves an idle keep-alive connection behind, which must not hold the stop up.
      assert.equal((await fetch(`${url}/healthz`)).status, 200);

      const client = new BotClient({ url, user: { id: 'user-draining' }, locale: 'en-US' });
      const inFlight = fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(client.activity({ text: 'where is the meeting?', deliveryMode: 'normal', serviceUrl: connector.url })),
      });
      await arrived;
      bot.child.kill('SIGTERM');
      await waitFor(() => /"signal":"SIGTERM"/.test(bot.output().stdout));
      await assert.rejects(fetch(`${url}/healthz`, { headers: { connection: 'close' } }), 'a stopping bot accepts no new connections');

      release();
      const response = await inFlight;
      assert.equal(response.status, 200);
      assert.ok(
        connector.posted
          .map((p) => p.activity.text)
          .join('\n')
          .includes(syntheticEvent.venue.address!.line),
        'the answer in flight was delivered',
      );
      assert.equal(await bot.exited, 0);
      assert.doesNotMatch(bot.output().stdout, /still in flight/);
    } finally {
      release();
      bot.child.kill('SIGKILL');
      await connector.close();
    }
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  assert.ok(condition(), 'condition not met in time');
}
