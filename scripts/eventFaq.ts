/**
 * npm run event:faq -- <event-id> [--events-dir events/]
 *
 * Writes the answers organisers added in chat (kept in the store: DATA_DIR, or Cosmos DB when COSMOS_ENDPOINT is set)
 * into the event's file under `faq`, for safekeeping: the file keeps its comments and layout, an answer already
 * there for the same questions is updated, nothing is written twice. The file is checked afterwards and left as it
 * was if it would no longer load. Exits 1 when the event, its file or the store cannot be found.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Document, YAMLMap, isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';
import { loadConfig } from '../src/config';
import { EventFileError, loadEventFile } from '../src/event/load';
import { createStores } from '../src/storage';
import { FAQ_DOCUMENT_ID, type StoredFaqEntry, type StoredText } from '../src/storage/questions';

const USAGE = 'Usage: npm run event:faq -- <event-id> [--events-dir events/]';

interface FileEntry {
  questions: string[];
  answer: StoredText;
}

const sameQuestions = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((question, i) => question === b[i]);
const sameAnswer = (a: StoredText, b: StoredText) => (a.da ?? '') === (b.da ?? '') && (a.en ?? '') === (b.en ?? '');

/** The event's file in the folder: the one whose event has this id. */
function fileOf(dir: string, eventId: string): string | undefined {
  for (const name of readdirSync(dir)
    .filter((file) => /\.(ya?ml|json)$/i.test(file))
    .sort()) {
    const file = path.join(dir, name);
    try {
      if (loadEventFile(file).id === eventId) return file;
    } catch (error) {
      if (!(error instanceof EventFileError)) throw error;
    }
  }
  return undefined;
}

/** An answer as the file writes it: only the languages it has. */
const answerOf = (text: StoredText): StoredText => ({ ...(text.da ? { da: text.da } : {}), ...(text.en ? { en: text.en } : {}) });

/** What changes: entries added, and entries of the same questions whose answer changed (by their place in the file). */
export function plan(
  existing: readonly FileEntry[],
  stored: readonly StoredFaqEntry[],
): { added: FileEntry[]; changed: Array<{ index: number; answer: StoredText }> } {
  const added: FileEntry[] = [];
  const changed: Array<{ index: number; answer: StoredText }> = [];
  for (const entry of stored) {
    const answer = answerOf(entry.answer);
    const index = existing.findIndex((own) => sameQuestions(own.questions, entry.questions));
    if (index < 0) {
      if (!existing.some((own) => sameAnswer(own.answer, answer))) added.push({ questions: entry.questions, answer });
    } else if (!sameAnswer(existing[index]!.answer, answer)) {
      changed.push({ index, answer });
    }
  }
  return { added, changed };
}

/**
 * The file's text with the answers written in. YAML goes through its Document API, so comments stay, and only the
 * `faq` section is written anew: every other line of the file stays exactly as it was.
 */
export function withAnswers(
  source: string,
  file: string,
  language: 'da' | 'en',
  stored: readonly StoredFaqEntry[],
): { text: string; added: number; changed: number } {
  const asEntry = (value: unknown): FileEntry => {
    const raw = value as { questions?: string[]; answer?: string | StoredText };
    return { questions: raw.questions ?? [], answer: typeof raw.answer === 'string' ? { [language]: raw.answer } : (raw.answer ?? {}) };
  };
  if (/\.json$/i.test(file)) {
    const json = JSON.parse(source) as { faq?: unknown[] };
    const { added, changed } = plan((json.faq ?? []).map(asEntry), stored);
    const faq = [...(json.faq ?? [])] as Array<Record<string, unknown>>;
    for (const { index, answer } of changed) faq[index] = { ...faq[index], answer };
    json.faq = [...faq, ...added];
    return { text: `${JSON.stringify(json, null, 2)}\n`, added: added.length, changed: changed.length };
  }
  const document = parseDocument(source);
  if (!isMap(document.contents)) throw new Error(`${file} is not a YAML mapping`);
  const pairOf = () => (document.contents as YAMLMap).items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === 'faq');
  const before = pairOf();
  // Where the section is in the file now: from its key to the end of its value.
  const span =
    before && isScalar(before.key) && before.key.range && isNode(before.value) && before.value.range
      ? [before.key.range[0], before.value.range[2]]
      : undefined;
  const current = document.get('faq');
  const existing = isSeq(current) ? current.toJSON().map(asEntry) : [];
  const { added, changed } = plan(existing, stored);
  if (added.length + changed.length === 0) return { text: source, added: 0, changed: 0 };
  for (const { index, answer } of changed) document.setIn(['faq', index, 'answer'], document.createNode(answer));
  if (!isSeq(current)) document.set('faq', document.createNode([]));
  for (const entry of added) document.addIn(['faq'], document.createNode(entry));
  const pair = pairOf()!;
  // A comment above `faq:` stays where it is in the file, outside the section written anew.
  if (span && isScalar(pair.key)) pair.key.commentBefore = undefined;
  const section = new Document();
  section.contents = new YAMLMap();
  section.contents.items.push(pair);
  const rendered = section.toString({ lineWidth: 0, flowCollectionPadding: false });
  if (span)
    return {
      text: `${source.slice(0, span[0])}${rendered.trimEnd()}\n${source.slice(span[1]).replace(/^\n/, '')}`,
      added: added.length,
      changed: changed.length,
    };
  return { text: `${source.replace(/\n*$/, '\n')}${rendered}`, added: added.length, changed: changed.length };
}

export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  out: (text: string) => void = (text) => process.stdout.write(text),
  err: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  let values: { 'events-dir'?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'events-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    err(`${(error as Error).message}\n${USAGE}\n`);
    return 1;
  }
  if (values.help) {
    out(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    err(`Name one event id.\n${USAGE}\n`);
    return 1;
  }
  const eventId = positionals[0]!;
  // Reading the store needs no Bot Framework credentials.
  const config = loadConfig({ ...env, ALLOW_UNAUTHENTICATED: env.MicrosoftAppId ? env.ALLOW_UNAUTHENTICATED : 'true' });
  const dir = values['events-dir'] ?? config.EVENTS_DIR;
  const file = fileOf(dir, eventId);
  if (!file) {
    err(`No valid event file with id "${eventId}" in ${dir}.\n`);
    return 1;
  }
  const stores = await createStores(config);
  let stored: StoredFaqEntry[];
  try {
    const document = await stores.questions.get(eventId, FAQ_DOCUMENT_ID);
    stored = document?.type === 'faq' ? document.entries : [];
  } finally {
    await stores.close();
  }
  if (stored.length === 0) {
    out(`No answers added in chat for ${eventId} (store: ${stores.questions.kind}); ${file} is unchanged.\n`);
    return 0;
  }
  const source = readFileSync(file, 'utf8');
  const { text, added, changed } = withAnswers(source, file, loadEventFile(file).language, stored);
  if (added + changed === 0) {
    out(`${file} already has the ${stored.length} answer${stored.length === 1 ? '' : 's'} added in chat.\n`);
    return 0;
  }
  writeFileSync(file, text);
  try {
    loadEventFile(file);
  } catch (error) {
    writeFileSync(file, source);
    err(
      `The answers would make ${file} invalid; it is left as it was.\n${error instanceof EventFileError ? error.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n') : String(error)}\n`,
    );
    return 1;
  }
  out(`Wrote ${added} new and ${changed} changed answer${added + changed === 1 ? '' : 's'} into ${file}.\n`);
  return 0;
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
