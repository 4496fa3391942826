import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupQuestions, type AskedQuestion } from '../../src/questions/grouping';

let n = 0;
const asked = (text: string, extra: Partial<AskedQuestion> = {}): AskedQuestion => ({
  id: `q${++n}`,
  text,
  lang: 'da',
  askedAt: `2024-10-2${Math.min(9, n % 10)}T10:00:00.000Z`,
  ...extra,
});

describe('grouping similar questions', () => {
  it('when questions share the topic the understanding found, then they are one group, whatever their words or language', () => {
    const groups = groupQuestions([
      asked('er der parkering', { topic: 'parking' }),
      asked('hvor kan jeg parkere', { topic: 'parking' }),
      asked('where can I park', { topic: 'parking', lang: 'en' }),
      asked('er der mad', { topic: 'food' }),
    ]);
    assert.deepEqual(
      groups.map((group) => group.count),
      [3, 1],
    );
    assert.equal(groups[0]!.topic, 'parking');
  });

  it('when questions have no topic, then they group by their content words', () => {
    const groups = groupQuestions([
      asked('er der wifi'),
      asked('kan man få wifi på stedet'),
      asked('må jeg tage min hund med'),
      asked('må hunden komme med'),
    ]);
    assert.deepEqual(groups.map((group) => group.ids.length).sort(), [2, 2]);
    assert.ok(groups.every((group) => group.count === group.ids.length));
  });

  it('when groups are listed, then the most asked come first, then the most recently asked', () => {
    const groups = groupQuestions([
      asked('a rare one about kaffemaskinen', { askedAt: '2024-10-20T10:00:00.000Z' }),
      asked('er der wifi', { askedAt: '2024-10-21T10:00:00.000Z' }),
      asked('er der wifi', { askedAt: '2024-10-22T10:00:00.000Z' }),
      asked('må hunden komme med', { askedAt: '2024-10-23T10:00:00.000Z' }),
    ]);
    assert.deepEqual(
      groups.map((group) => group.text),
      ['er der wifi', 'må hunden komme med', 'a rare one about kaffemaskinen'],
    );
    assert.equal(groups[0]!.lastAskedAt, '2024-10-22T10:00:00.000Z');
  });

  it('when a group is shown, then it is shown in the wording asked most often', () => {
    const [group] = groupQuestions([
      asked('hvor parkerer jeg', { topic: 'parking' }),
      asked('er der parkering?', { topic: 'parking' }),
      asked('Er der parkering', { topic: 'parking' }),
    ]);
    assert.match(group!.text, /^[Ee]r der parkering/);
  });

  it('when a masked question is grouped, then the markers are no words', () => {
    const groups = groupQuestions([asked('kan ⟦name⟧ komme'), asked('kan ⟦name⟧ få wifi')]);
    assert.equal(groups.length, 2);
  });
});
