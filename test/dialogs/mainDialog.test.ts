import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dialogHarness } from '../helpers/testBot';

describe('main dialog', () => {
  it('when a question comes in Danish, then it is answered in Danish', async () => {
    const bot = dialogHarness();
    const [reply] = await bot.turn('hvor er mødet?');
    assert.equal(reply?.text, 'Mødet foregår på Rådhuset i Herning, Torvet 5, 7400 Herning.');
    assert.equal(reply?.textFormat, 'plain');
  });

  it('when the client is set to Danish but the question is English, then the answer is English', async () => {
    const bot = dialogHarness();
    const [reply] = await bot.turn({ type: 'message', text: 'when does it start?', locale: 'da-DK' });
    assert.match(reply?.text ?? '', /^The meeting is on Wednesday 30 October 2024, 17:00/);
  });

  it('when asked for the programme, then a card comes with a plain-text fallback', async () => {
    const bot = dialogHarness();
    const [reply] = await bot.turn('program');
    assert.match(reply?.text ?? '', /Drøftelser ved bordene/);
    const card = reply?.attachments?.[0];
    assert.equal(card?.contentType, 'application/vnd.microsoft.card.adaptive');
    const content = card?.content as { fallbackText: string; body: unknown[]; version: string };
    assert.equal(content.version, '1.5');
    assert.match(content.fallbackText, /Opsamling i plenum/);
    assert.match(JSON.stringify(content.body), /Thomas Gyldal Petersen/);
  });

  it('when the bot is @mentioned, then the mention is not part of the question', async () => {
    const bot = dialogHarness();
    const [reply] = await bot.turn({
      type: 'message',
      text: '<at>Mødebot</at> hvornaar er moedet',
      entities: [{ type: 'mention', text: '<at>Mødebot</at>', mentioned: { id: 'bot', name: 'Mødebot' } }],
      recipient: { id: 'bot', name: 'Mødebot' },
    });
    assert.match(reply?.text ?? '', /onsdag den 30\. oktober 2024 kl\. 17\.00–18\.45/);
  });

  it('when a message is empty or only a mention, then the bot asks for a question', async () => {
    const bot = dialogHarness();
    const [reply] = await bot.turn({ type: 'message', text: '   ' });
    assert.match(reply?.text ?? '', /tom besked/);
  });

  it('when the question is not covered, then it says so and names whom to ask', async () => {
    const bot = dialogHarness();
    const [reply] = await bot.turn('kan jeg parkere ved rådhuset?');
    assert.match(reply?.text ?? '', /ved jeg desværre ikke.*Thomas Gyldal Petersen/);
  });

  it('when a user joins, then the welcome offers Hvornår? / Hvor? / Program / Tilmeld mig', async () => {
    const bot = dialogHarness();
    const replies = await bot.turn({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user1', name: 'User' }],
      recipient: { id: 'bot', name: 'Mødebot' },
    });
    assert.equal(replies.length, 1);
    assert.match(replies[0]?.text ?? '', /Mødebot/);
    assert.deepEqual(replies[0]?.suggestedActions?.actions.map((a) => a.title), ['Hvornår?', 'Hvor?', 'Program', 'Tilmeld mig']);
  });

  it('when only the bot is added, then it does not greet itself', async () => {
    const bot = dialogHarness();
    const replies = await bot.turn({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Mødebot' }], recipient: { id: 'bot', name: 'Mødebot' } });
    assert.equal(replies.length, 0);
  });
});
