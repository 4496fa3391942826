/**
 * The text of a letter file: plain text or Markdown as it is, Word (.docx) through mammoth with headings and lists
 * kept as Markdown, text PDFs through unpdf with paragraph and page breaks kept as blank lines. The converters are
 * loaded only here and only when needed, so the parser never depends on them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImportError } from './errors';

type Kind = 'text' | 'docx' | 'pdf';

/** By content first (a renamed file is still what it is), then by extension. */
function kindOf(file: string, bytes: Buffer): Kind {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    if (path.extname(file).toLowerCase() === '.docx' || bytes.includes(Buffer.from('word/'))) return 'docx';
    throw new ImportError(`${file} is a ZIP archive but not a Word document (.docx).`);
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.pdf' || ext === '.docx') throw new ImportError(`${file} is not a valid ${ext.slice(1).toUpperCase()} file.`);
  if (ext === '.doc') throw new ImportError(`${file} is an old Word file (.doc); save it as .docx or PDF first.`);
  return 'text';
}

/**
 * UTF-8, or Windows-1252 for older Danish text files; a file with NUL bytes or many control characters is binary
 * and cannot be a letter.
 */
export function decodeText(bytes: Buffer, file: string): string {
  const sample = bytes.subarray(0, 8192);
  const control = [...sample].filter((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c).length;
  if (sample.includes(0) || control > sample.length * 0.02) {
    throw new ImportError(`${file} is not a text letter (it looks binary). Give a .txt, .md, .docx or text PDF file.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}

/**
 * Mammoth's HTML as Markdown-like text: headings as "#", list items as "- " or "1. " (indented when nested),
 * bold as "**", a table row as one line with its cells apart, each paragraph followed by a blank line.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const lists: Array<{ ordered: boolean; count: number }> = [];
  let cells = 0;
  let line = '';
  const flush = (blank: boolean): void => {
    // Collapse spaces but keep a list item's indentation.
    const indent = /^ */.exec(line)?.[0] ?? '';
    const text = line.trim() === '' ? '' : indent + line.trim().replace(/[ \t]+/g, ' ');
    if (text !== '') out.push(text);
    if (blank && out.length > 0 && out[out.length - 1] !== '') out.push('');
    line = '';
  };
  for (const token of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    const [, closing, rawTag, content] = token;
    if (content !== undefined) {
      line += decodeEntities(content);
      continue;
    }
    const tag = rawTag!.toLowerCase();
    const open = closing !== '/';
    if (/^h[1-6]$/.test(tag)) {
      if (open) {
        flush(true);
        line = `${'#'.repeat(Number(tag[1]))} `;
      } else flush(true);
    } else if (tag === 'p') {
      // In a table cell a paragraph ends nothing: the row is one line ("09.30   Registration and coffee").
      if (cells > 0) line += line.trim() !== '' && !/\s$/.test(line) ? ' ' : '';
      else if (!open) flush(lists.length === 0);
      else if (line.trim() !== '' && lists.length === 0) flush(true);
    } else if (tag === 'br') line += '\n';
    else if (tag === 'strong' || tag === 'b') line += '**';
    else if (tag === 'ul' || tag === 'ol') {
      if (open) {
        flush(lists.length === 0);
        lists.push({ ordered: tag === 'ol', count: 0 });
      } else {
        flush(false);
        lists.pop();
        if (lists.length === 0 && out.length > 0) out.push('');
      }
    } else if (tag === 'li' && open) {
      flush(false);
      const list = lists[lists.length - 1];
      if (list) {
        list.count++;
        line = `${'   '.repeat(lists.length - 1)}${list.ordered ? `${list.count}.` : '-'} `;
      }
    } else if (tag === 'li') flush(false);
    else if (tag === 'tr' && !open) flush(false);
    else if (tag === 'td' || tag === 'th') {
      cells += open ? 1 : -1;
      if (!open) line += '   ';
    } else if (tag === 'table' && !open) out.push('');
  }
  flush(true);
  // "**Parkering:**" stays; empty bold pairs from runs without text go.
  return out
    .join('\n')
    .split('\n')
    .map((l) => l.replace(/\*\*\s*\*\*/g, '').replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

async function docxText(bytes: Buffer, file: string): Promise<string> {
  const mammoth = await import('mammoth');
  try {
    const result = await mammoth.convertToHtml({ buffer: bytes });
    return htmlToText(result.value);
  } catch (error) {
    throw new ImportError(`${file} could not be read as a Word document (${(error as Error).message}).`);
  }
}

interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
}

/**
 * A PDF page's text items as lines: items on one baseline make a line; a gap of more than one and a half lines
 * between baselines is a paragraph break (a blank line); the left margin sets each line's indentation. This keeps
 * what the parser needs — paragraphs and indented continuation lines — which plain extraction joins away.
 */
export function pageText(items: PdfItem[]): string {
  const rows: Array<{ y: number; size: number; items: PdfItem[] }> = [];
  for (const item of items) {
    if (item.str === '' && !item.hasEOL) continue;
    const row = rows.find((r) => Math.abs(r.y - item.y) <= Math.max(1, item.fontSize * 0.3));
    if (row) row.items.push(item);
    else rows.push({ y: item.y, size: item.fontSize || 10, items: [item] });
  }
  rows.sort((a, b) => b.y - a.y);
  const left = Math.min(...rows.flatMap((r) => r.items.filter((i) => i.str.trim() !== '').map((i) => i.x)));
  const lines: string[] = [];
  rows.forEach((row, index) => {
    const cells = row.items.filter((i) => i.str !== '').sort((a, b) => a.x - b.x);
    if (cells.length === 0) return;
    let text = '';
    let end = cells[0]!.x;
    for (const cell of cells) {
      const gap = cell.x - end;
      if (text !== '' && gap > row.size * 0.15 && !text.endsWith(' ') && !cell.str.startsWith(' '))
        text += gap > row.size * 2 ? '   ' : ' ';
      text += cell.str;
      end = cell.x + cell.width;
    }
    const indent = Math.max(0, Math.round((cells[0]!.x - left) / (row.size * 0.5)));
    const previous = rows[index - 1];
    if (previous && previous.y - row.y > Math.max(previous.size, row.size) * 1.6) lines.push('');
    lines.push(`${' '.repeat(indent)}${text.trimEnd()}`);
  });
  return lines.join('\n');
}

async function pdfText(bytes: Buffer, file: string): Promise<string> {
  const { extractTextItems, extractText } = await import('unpdf');
  try {
    const { items } = await extractTextItems(new Uint8Array(bytes));
    const pages = items.map((page) => pageText(page));
    if (pages.some((page) => page.trim() !== '')) return pages.join('\n\n');
    // Fallback: the plain extraction, in case positions are missing.
    const plain = await extractText(new Uint8Array(bytes), { mergePages: false });
    return plain.text.join('\n\n');
  } catch (error) {
    throw new ImportError(`${file} could not be read as a PDF (${(error as Error).message}).`);
  }
}

/** The letter's text, whatever kind of file it is in. */
export async function extractLetterText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new ImportError(`${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  }
  if (bytes.length === 0) throw new ImportError(`${file} is empty.`);
  const kind = kindOf(file, bytes);
  const text = kind === 'pdf' ? await pdfText(bytes, file) : kind === 'docx' ? await docxText(bytes, file) : decodeText(bytes, file);
  if (text.trim() === '')
    throw new ImportError(`${file} has no text${kind === 'pdf' ? ' (a scanned PDF has only images; run it through OCR first)' : ''}.`);
  return text;
}
