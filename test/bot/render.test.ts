import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textFor } from '../../src/bot/render';
import { plainText } from '../helpers/conversation';

describe('texts as each client shows them', () => {
  const typed = 'Emne: <b>skoler</b> & "inklusion" <at>Mødebot</at>';

  it('when a text of several lines goes to Teams, then each line break is a <br> and whatever was typed stays text', () => {
    const sent = textFor(`${typed}\nAnden linje\n\nNyt afsnit`, { channelId: 'msteams', group: false });
    assert.equal(sent.textFormat, 'xml');
    assert.equal(
      sent.text,
      'Emne: &lt;b&gt;skoler&lt;/b&gt; &amp; "inklusion" &lt;at&gt;Mødebot&lt;/at&gt;<br>Anden linje<br><br>Nyt afsnit',
    );
    assert.equal(plainText(sent), `${typed}\nAnden linje\n\nNyt afsnit`);
  });

  it('when a text is one line, or goes to another client, then it is plain text, as written', () => {
    assert.deepEqual(textFor(typed, { channelId: 'msteams', group: true }), { text: typed, textFormat: 'plain' });
    for (const channelId of ['webchat', 'emulator', 'directline', 'test']) {
      assert.deepEqual(textFor(`${typed}\nAnden linje`, { channelId, group: false }), {
        text: `${typed}\nAnden linje`,
        textFormat: 'plain',
      });
    }
  });
});
