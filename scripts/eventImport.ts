/**
 * npm run event:import -- <letter> [--out events/] [--id <id>] [--force] [--today YYYY-MM-DD]
 *
 * Turns an organiser's letter (.txt, .md, .docx or a text PDF) into a draft event file `<out>/<id>.yaml` that the
 * bot runs on as written, and prints what was found, what the letter does not say and what to check. Writes
 * nothing when the letter cannot be read or has no date, or when the file exists (unless --force); exits 1 then.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { EventFileError, parseEventText } from '../src/event/load';
import { extractLetterText, formatSummary, ImportError, importLetter, renderDraft } from '../src/event/import';

const USAGE = 'Usage: npm run event:import -- <letter.txt|.md|.docx|.pdf> [--out events/] [--id <id>] [--force] [--today YYYY-MM-DD]';

class UsageError extends Error {}

interface Options {
  letter: string;
  out: string;
  id?: string;
  force: boolean;
  today: string;
}

function options(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'events' },
        id: { type: 'string' },
        force: { type: 'boolean', default: false },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError('');
  if (positionals.length !== 1)
    throw new UsageError(positionals.length === 0 ? 'Name the letter to import.' : 'Give one letter at a time.');
  // The reference for years a letter leaves out; the bot's meetings are in Danish time.
  const today = values.today ?? DateTime.now().setZone('Europe/Copenhagen').toISODate()!;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || !DateTime.fromISO(today).isValid)
    throw new UsageError(`--today must be a date like 2026-11-30, not "${today}".`);
  return { letter: positionals[0]!, out: values.out, id: values.id, force: values.force, today };
}

export async function main(
  argv: string[],
  out: (text: string) => void = (text) => process.stdout.write(text),
  err: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  let opts: Options;
  try {
    opts = options(argv);
  } catch (error) {
    const message = (error as Error).message;
    err(`${message ? `${message}\n` : ''}${USAGE}\n`);
    return message ? 1 : 0;
  }
  try {
    const text = await extractLetterText(opts.letter);
    const result = importLetter(text, { today: opts.today, id: opts.id });
    const file = path.join(opts.out, `${result.event.id}.yaml`);
    const yaml = renderDraft(result.event, result.checks, { letter: opts.letter, file, generatedOn: opts.today });
    // The draft must run as written: a draft that breaks the schema is a bug here, never a file to hand edit.
    parseEventText(yaml, file);
    mkdirSync(opts.out, { recursive: true });
    try {
      writeFileSync(file, yaml, { encoding: 'utf8', flag: opts.force ? 'w' : 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ImportError(`${file} exists already; use --force to overwrite it.`);
      throw error;
    }
    out(`${formatSummary(result, file)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      err(`event:import: ${error.message}\n`);
      return 1;
    }
    if (error instanceof EventFileError) {
      err(`event:import: the draft does not validate, which is a bug in the importer:\n${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`event:import: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
