import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeCommandOf, placesOf } from '../../src/bot/channelBinding';
import { eventHintOf, eventIdIn } from '../../src/bot/deepLinks';

describe('commands about a channel or chat, and where a message was written', () => {
  it('when an organiser asks to use a meeting here, in Danish or English, then it is a binding', () => {
    for (const text of [
      'brug dette møde her',
      'Brug borgermødet her',
      'brug mødet i Nordby her for hele teamet',
      'use this meeting here',
      'use the Aarhus forum here',
      'knyt mødet til kanalen',
      'link this event to this channel',
    ]) {
      assert.equal(placeCommandOf(text), 'bind', text);
    }
  });

  it('when an organiser asks to stop using it, then it is an unbinding — never a binding', () => {
    for (const text of [
      'brug ikke mødet her',
      'brug ikke dette møde her',
      'brug intet møde her',
      'stop med at bruge dette møde her',
      'fjern mødet fra kanalen',
      'ophæv bindingen',
      "don't use this meeting here",
      'stop using this meeting here',
      'unbind',
      'remove the meeting from this channel',
    ]) {
      assert.equal(placeCommandOf(text), 'unbind', text);
    }
  });

  it('when a question merely contains such words, then it is no command', () => {
    for (const text of [
      'hvad kan jeg bruge her?',
      'brug af parkering her?',
      'hvor er mødet?',
      'kan jeg bruge Teams til at deltage?',
      'is there a meeting room here where I can use a laptop during the breaks of the meeting?',
      '',
    ]) {
      assert.equal(placeCommandOf(text), undefined, text);
    }
  });

  it('when a Teams channel message arrives (a thread too), then its places are the channel, then the team; a group chat is a chat; a personal chat or Web Chat has none', () => {
    const channel = placesOf({
      channelId: 'msteams',
      conversation: { id: '19:c@thread.tacv2;messageid=17', conversationType: 'channel', isGroup: true, name: '' },
      channelData: { channel: { id: '19:c@thread.tacv2' }, team: { id: '19:t@thread.tacv2' } },
    });
    assert.deepEqual(channel, [
      { key: 'msteams:channel:19:c@thread.tacv2', scope: 'channel' },
      { key: 'msteams:team:19:t@thread.tacv2', scope: 'team' },
    ]);
    const withoutChannelData = placesOf({
      channelId: 'msteams',
      conversation: { id: '19:c@thread.tacv2;messageid=17', conversationType: 'channel', isGroup: true, name: '' },
    });
    assert.deepEqual(withoutChannelData, [{ key: 'msteams:channel:19:c@thread.tacv2', scope: 'channel' }]);
    assert.deepEqual(
      placesOf({ channelId: 'msteams', conversation: { id: '19:g@thread.v2', conversationType: 'groupChat', isGroup: true, name: '' } }),
      [{ key: 'msteams:chat:19:g@thread.v2', scope: 'chat' }],
    );
    assert.deepEqual(
      placesOf({ channelId: 'msteams', conversation: { id: 'a:1', conversationType: 'personal', isGroup: false, name: '' } }),
      [],
    );
    assert.deepEqual(
      placesOf({ channelId: 'webchat', conversation: { id: 'x', conversationType: 'channel', isGroup: true, name: '' } }),
      [],
    );
  });

  it('when a link names an event, then only a well-formed id is taken: channelData.eventId, webchat/join value.eventId, or [id] in a message', () => {
    assert.equal(eventHintOf({ type: 'message', channelData: { eventId: 'borgermoede-2027' } }), 'borgermoede-2027');
    assert.equal(eventHintOf({ type: 'event', name: 'webchat/join', value: { eventId: 'borgermoede-2027' } }), 'borgermoede-2027');
    assert.equal(
      eventHintOf({ type: 'message', value: { eventId: 'borgermoede-2027' } }),
      undefined,
      'a message value is a card submit, not a link',
    );
    for (const bad of ['../etc/passwd', 'A', 'Borgermøde', 42, 'x'.repeat(200)])
      assert.equal(eventHintOf({ type: 'message', channelData: { eventId: bad } }), undefined, String(bad));
    assert.equal(eventIdIn('Jeg har et spørgsmål om „Borgermøde“ [borgermoede-2027]'), 'borgermoede-2027');
    assert.equal(eventIdIn('borgermoede-2027'), 'borgermoede-2027');
    assert.equal(eventIdIn('hej'), undefined);
    assert.equal(eventIdIn('hvor er mødet?'), undefined);
  });
});
