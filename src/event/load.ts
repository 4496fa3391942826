import { readFileSync } from 'node:fs';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { MeetingEvent } from './model';
import { normalizeEvent } from './normalize';
import { eventFileSchema } from './schema';

/** One thing wrong in an event file: where (field path and line) and what. */
export interface EventProblem {
  path: string;
  line?: number;
  message: string;
}

/** Raised when an event file is missing, not YAML/JSON, or breaks the schema; names every field and line. */
export class EventFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: EventProblem[],
  ) {
    super(
      `Event file ${file} is not valid:\n${problems.map((p) => `  - ${p.line ? `line ${p.line}: ` : ''}${p.path}: ${p.message}`).join('\n')}`,
    );
    this.name = 'EventFileError';
  }
}

/** The line a value (or, if it is missing, its nearest present parent) starts on. */
function lineOf(doc: Document, lines: LineCounter, path: ReadonlyArray<PropertyKey>): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as Array<string | number>, true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** Validates parsed data as an event; `doc` (when the text was YAML or JSON read by the YAML parser) gives lines. */
export function parseEvent(data: unknown, source = '(inline)', located?: { doc: Document; lines: LineCounter }): MeetingEvent {
  const result = eventFileSchema.safeParse(data);
  if (!result.success) {
    throw new EventFileError(
      source,
      result.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.') || '(root)',
        line: located ? lineOf(located.doc, located.lines, issue.path) : undefined,
        message: issue.message,
      })),
    );
  }
  return normalizeEvent(result.data);
}

/**
 * Events parsed lately, by text (the file only names errors, never cached): a reload of an unchanged file, or a
 * second bot in the same process, gets the same event instead of a YAML parse and validation, and so the knowledge
 * built of it. Events are frozen: nothing changes an event in place (a change is a new file). Bounded, so that edits
 * over a long run do not accumulate.
 */
const parsed = new Map<string, MeetingEvent>();
const PARSED_KEPT = 64;

/** Parses an event from YAML or JSON text (JSON is YAML too), with line numbers in every error. */
export function parseEventText(text: string, source: string): MeetingEvent {
  const known = parsed.get(text);
  if (known) return known;
  const event = deepFreeze(parseEventTextUncached(text, source));
  if (parsed.size >= PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
  parsed.set(text, event);
  return event;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function parseEventTextUncached(text: string, source: string): MeetingEvent {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new EventFileError(
      source,
      doc.errors.map((error) => ({
        path: '(syntax)',
        line: error.linePos?.[0]?.line ?? lines.linePos(error.pos[0]).line,
        message: error.message.split('\n')[0] ?? error.code,
      })),
    );
  }
  return parseEvent(doc.toJS(), source, { doc, lines });
}

export function loadEventFile(file: string): MeetingEvent {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new EventFileError(file, [
      { path: '(file)', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` },
    ]);
  }
  return parseEventText(text, file);
}
