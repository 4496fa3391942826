import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { parse as parseYaml } from 'yaml';
import { main, withAnswers } from '../../scripts/eventFaq';
import { ask } from '../../src/answers/ask';
import { loadEventFile } from '../../src/event/load';
import { QuestionService } from '../../src/questions/service';
import { LocalQuestionStore } from '../../src/storage/local/localQuestionStore';
import { EventKnowledge } from '../../src/understanding/knowledge';
import { TEST_EVENTS, eventsFolder } from '../helpers/event';
import { tempDataDir } from '../helpers/testBot';

/** Runs the command as `npm run event:faq` would, with DATA_DIR the store's folder; returns its exit code and output. */
async function run(args: string[], dataDir: string) {
  let out = '';
  let err = '';
  const code = await main(
    args,
    { DATA_DIR: dataDir },
    (text) => (out += text),
    (text) => (err += text),
  );
  return { code, out, err };
}

for (const entry of TEST_EVENTS) {
  describe(`npm run event:faq (${entry.name} event)`, () => {
    async function setUp() {
      const dir = eventsFolder([entry.file]);
      const file = path.join(dir, path.basename(entry.file));
      const dataDir = tempDataDir();
      const service = new QuestionService(new LocalQuestionStore(dataDir), () => DateTime.fromISO(entry.now, { setZone: true }), 30);
      const [record] = await service.record(entry.event, [{ text: 'er der wifi' }, { text: 'må hunden med' }], 'da', 'unanswered');
      const saved = await service.addAnswer(entry.event, [record!.id], { text: 'Ja, netværket hedder Gæst', lang: 'da' });
      return { dir, file, dataDir, service, entryId: saved.entry.id };
    }

    it('when answers were added in chat, then they are written into the event file, whose comments stay, and the bot answers from the file', async () => {
      const { dir, file, dataDir } = await setUp();
      const before = readFileSync(file, 'utf8');
      const comments = before.split('\n').filter((line) => line.trim().startsWith('#'));
      const { code, out } = await run([entry.event.id, '--events-dir', dir], dataDir);
      assert.equal(code, 0, out);
      const after = readFileSync(file, 'utf8');
      for (const comment of comments) assert.ok(after.includes(comment), comment);
      const lines = before.trimEnd().split('\n');
      assert.deepEqual(after.split('\n').slice(0, lines.length), lines, 'every line of the file as it was, the answers after');
      const event = loadEventFile(file);
      assert.equal(event.faq.length, entry.event.faq.length + 1);
      assert.deepEqual(event.faq.at(-1)?.questions, ['er der wifi']);
      assert.equal(event.faq.at(-1)?.source, 'file');
      const answer = ask('kan man få wifi', new EventKnowledge(event), { now: DateTime.fromISO(entry.now, { setZone: true }) }).answer;
      assert.match(answer?.text ?? '', /netværket hedder Gæst/);
    });

    it('when run again, then nothing is written twice; a changed answer replaces the old one', async () => {
      const { dir, file, dataDir, service, entryId } = await setUp();
      await run([entry.event.id, '--events-dir', dir], dataDir);
      const once = readFileSync(file, 'utf8');
      assert.match((await run([entry.event.id, '--events-dir', dir], dataDir)).out, /already has/);
      assert.equal(readFileSync(file, 'utf8'), once);
      await service.editAnswer(entry.event, entryId, { text: 'Yes, the network is Guest', lang: 'en' });
      assert.equal((await run([entry.event.id, '--events-dir', dir], dataDir)).code, 0);
      const event = loadEventFile(file);
      assert.equal(event.faq.length, entry.event.faq.length + 1);
      assert.deepEqual(event.faq.at(-1)?.answer, { da: 'Ja, netværket hedder Gæst', en: 'Yes, the network is Guest' });
    });

    it('when the event is unknown, or has no answers, then the file is left alone and the command says so', async () => {
      const { dir, file } = await setUp();
      const before = readFileSync(file, 'utf8');
      const unknown = await run(['no-such-event', '--events-dir', dir], tempDataDir());
      assert.equal(unknown.code, 1);
      assert.match(unknown.err, /no-such-event/);
      const none = await run([entry.event.id, '--events-dir', dir], tempDataDir());
      assert.equal(none.code, 0);
      assert.match(none.out, /No answers/);
      assert.equal(readFileSync(file, 'utf8'), before);
      assert.equal((await run([], tempDataDir())).code, 1);
    });
  });
}

describe('npm run event:faq on a JSON event file', () => {
  it('when the event file is JSON, then the answers are written as JSON', async () => {
    const entry = TEST_EVENTS[1];
    const dir = eventsFolder([]);
    const file = path.join(dir, 'event.json');
    writeFileSync(file, JSON.stringify(JSON.parse(JSON.stringify(parseYaml(readFileSync(entry.file, 'utf8'))))));
    const dataDir = tempDataDir();
    const service = new QuestionService(new LocalQuestionStore(dataDir), () => DateTime.fromISO(entry.now, { setZone: true }), 30);
    const [record] = await service.record(entry.event, [{ text: 'er der wifi' }], 'da', 'unanswered');
    await service.addAnswer(entry.event, [record!.id], { text: 'Ja', lang: 'da' });
    assert.equal((await run([entry.event.id, '--events-dir', dir], dataDir)).code, 0);
    assert.deepEqual(loadEventFile(file).faq.at(-1)?.answer, { da: 'Ja' });
  });
});

describe('writing answers into a YAML event file', () => {
  it('when the file has an faq section among others, then only that section changes, its comments and the rest of the file stay', () => {
    const source = [
      'id: x',
      '# answers to questions',
      'faq:',
      '  # from the letter',
      '  - questions: [er der kaffe?]',
      '    answer: Ja',
      '  - questions: [er der wifi]',
      '    answer: { da: Nej }',
      'text: |',
      '  Hello',
      '# the end',
      '',
    ].join('\n');
    const stored = [
      { id: 'a', questions: ['er der wifi'], answer: { da: 'Ja, Gæst' }, createdAt: '', updatedAt: '' },
      { id: 'b', questions: ['må hunden med'], answer: { da: 'Nej', en: 'No' }, createdAt: '', updatedAt: '' },
    ];
    const { text, added, changed } = withAnswers(source, 'x.yaml', 'da', stored);
    assert.deepEqual([added, changed], [1, 1]);
    assert.equal(text.split('# answers to questions').length, 2, 'the comment above the section, once');
    assert.match(
      text,
      /^id: x\n# answers to questions\nfaq:\n {2}# from the letter\n {2}- questions: \[er der kaffe\?\]\n {4}answer: Ja\n/,
    );
    assert.ok(text.endsWith('text: |\n  Hello\n# the end\n'));
    const parsed = parseYaml(text) as { faq: Array<{ questions: string[]; answer: unknown }> };
    assert.deepEqual(
      parsed.faq.map((entry) => entry.answer),
      ['Ja', { da: 'Ja, Gæst' }, { da: 'Nej', en: 'No' }],
    );
    assert.deepEqual(withAnswers(text, 'x.yaml', 'da', stored), { text, added: 0, changed: 0 });
  });
});
