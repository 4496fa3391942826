/**
 * The draft event file as YAML, with a header that says where it came from and how to check it, and a
 * `# CHECK: …` comment above every value the importer is unsure of. Written with the `yaml` package's Document
 * API, so that comments sit above their keys and the letter's text stays a readable block.
 */
import { Document, isMap, isNode, isScalar, isSeq, visit, type Pair } from 'yaml';
import type { Check, DraftEvent } from './types';

export type { Check };

/** A value the organiser should look at: where it is in the file, and why. */

export interface DraftMeta {
  /** The letter, as the user named it. */
  letter: string;
  /** The file written, for the command that checks it. */
  file: string;
  /** "2026-11-30". */
  generatedOn: string;
}

function header(meta: DraftMeta): string {
  return [
    ` Draft made by \`npm run event:import\` from ${meta.letter} on ${meta.generatedOn}.`,
    ' Check each value against the letter, and each "CHECK:" comment below; then run',
    `   npm run event:check -- ${meta.file}`,
    ' The format, field by field: README.md, "The event file". What the letter does not state is left out.',
  ].join('\n');
}

const addComment = (node: { commentBefore?: string | null }, text: string): void => {
  node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${text}` : text;
};

/** Puts a comment above the key (for a map entry) or the item (for a list entry) the path names. */
function commentAt(doc: Document, path: Array<string | number>, text: string): void {
  for (let depth = path.length; depth > 0; depth--) {
    const parentPath = path.slice(0, depth - 1);
    const last = path[depth - 1]!;
    const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
    if (isMap(parent)) {
      const pair = parent.items.find((item: Pair) => isScalar(item.key) && item.key.value === last);
      if (pair && isScalar(pair.key)) {
        addComment(pair.key, text);
        return;
      }
    }
    if (isSeq(parent) && typeof last === 'number') {
      const item = parent.items[last];
      if (isNode(item)) {
        addComment(item, text);
        return;
      }
    }
  }
  addComment(doc, text);
}

/** Drops undefined values, so that the YAML has no empty keys. */
function defined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(defined) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, defined(v)]),
    ) as T;
  }
  return value;
}

export function renderDraft(event: DraftEvent, checks: Check[], meta: DraftMeta): string {
  const doc = new Document();
  doc.contents = doc.createNode(defined(event));
  doc.commentBefore = header(meta);
  const text = doc.getIn(['text'], true);
  if (isScalar(text)) text.type = 'BLOCK_LITERAL';
  commentAt(doc, ['text'], ' The letter as it was read; the bot splits it into paragraphs to quote.');
  if (event.days)
    commentAt(doc, ['days'], " The meeting's days as the letter gives them, each with its own times; a time it does not give is left out.");
  // Clock times in quotes, so that no YAML 1.1 reader takes "18:45" for a number of minutes.
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && /^\d{1,2}:\d{2}$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  for (const check of checks) commentAt(doc, check.path, ` CHECK: ${check.message}`);
  return doc.toString({ lineWidth: 120, minContentWidth: 40 });
}
