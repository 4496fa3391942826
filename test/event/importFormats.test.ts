import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import { extractLetterText, importLetter, renderDraft } from '../../src/event/import';
import { parseEventText } from '../../src/event/load';
import type { MeetingEvent } from '../../src/event/model';

const TODAY = '2026-11-30';

/** One letter, as blocks, written out as plain text, as a Word document and as a PDF. */
type Block = { kind: 'title' | 'heading' | 'text'; lines: string[] } | { kind: 'list'; items: string[] };

const LETTER: Block[] = [
  { kind: 'title', lines: ['Borgermøde om den nye skole i Sønderby'] },
  { kind: 'text', lines: ['Torsdag den 16. september 2027 kl. 19.00–21.30', 'Sønderby Forsamlingshus, Skolegade 14, 6200 Aabenraa'] },
  { kind: 'text', lines: ['Aabenraa Kommune inviterer alle forældre og borgere til et møde om planerne for den nye skole.'] },
  { kind: 'heading', lines: ['Program'] },
  {
    kind: 'text',
    lines: [
      '18.45 Dørene åbner – kaffe og kage',
      '19.00 Velkomst v/ borgmester Jan Riber Jakobsen',
      '19.15 Planerne for skolen v/ skolechef Lise Nørgaard Holm',
    ],
  },
  { kind: 'list', items: ['Tidsplan og byggeri', 'Skoledistrikter og skolevej'] },
  { kind: 'text', lines: ['20.15 Spørgsmål og debat', '21.15 Tak for i aften'] },
  { kind: 'heading', lines: ['Praktisk'] },
  { kind: 'text', lines: ['Parkering: Der er gratis parkering ved hallen.'] },
  { kind: 'text', lines: ['Tilgængelighed: Der er niveaufri adgang og teleslynge i salen.'] },
  { kind: 'heading', lines: ['Tilmelding'] },
  { kind: 'text', lines: ['Der er plads til 200. Tilmeld dig senest den 9. september 2027 på aabenraa.dk/skolemoede.'] },
  { kind: 'text', lines: ['Har du spørgsmål, så kontakt projektleder Mads Bruun på mabr@aabenraa.dk eller tlf. 73 76 76 76.'] },
  { kind: 'text', lines: ['Med venlig hilsen'] },
  { kind: 'text', lines: ['Jan Riber Jakobsen', 'Borgmester'] },
];

/** The letter as a plain text file: blocks apart by blank lines, list items with a dash. */
function asText(blocks: Block[]): string {
  return blocks.map((block) => (block.kind === 'list' ? block.items.map((item) => `- ${item}`) : block.lines).join('\n')).join('\n\n');
}

const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraph(text: string, options: { style?: string; numId?: number } = {}): string {
  const props = [
    options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.numId ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${options.numId}"/></w:numPr>` : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${xml(text)}</w:t></w:r></w:p>`;
}

/**
 * A minimal valid .docx: the content types, the package relationship, the document, and a numbering part (with
 * its relationship) so that Word and mammoth see the bullets as a list. Lines of a block are paragraphs of their own.
 */
async function asDocx(blocks: Block[]): Promise<Buffer> {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const body = blocks
    .map((block) => {
      if (block.kind === 'list') return block.items.map((item) => paragraph(item, { style: 'ListParagraph', numId: 1 })).join('');
      const style = block.kind === 'title' ? 'Heading1' : block.kind === 'heading' ? 'Heading2' : undefined;
      return block.lines.map((line) => paragraph(line, { style })).join('');
    })
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
  );
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">` +
      '<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Characters outside Latin-1 that Windows-1252 (the PDF's WinAnsiEncoding) has. */
const WIN_ANSI: Record<string, number> = { '–': 0x96, '—': 0x97, '•': 0x95, '’': 0x92, '“': 0x93, '”': 0x94, '…': 0x85, '€': 0x80 };

function pdfString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = WIN_ANSI[ch] ?? (ch.codePointAt(0)! < 256 ? ch.codePointAt(0)! : 0x3f);
    const byte = String.fromCharCode(code);
    out += byte === '(' || byte === ')' || byte === '\\' ? `\\${byte}` : byte;
  }
  return out;
}

/**
 * A minimal valid PDF: catalog, page tree, the standard Helvetica font, and per page a content stream with one text
 * object per line (a blank line is a larger step down), with the cross-reference table at computed byte offsets.
 */
function asPdf(pages: string[][]): Buffer {
  const objects = new Map<number, string>();
  const pageIds: number[] = [];
  let next = 4;
  for (const lines of pages) {
    const pageId = next++;
    const contentId = next++;
    pageIds.push(pageId);
    let y = 800;
    const ops = lines
      .map((line) => {
        const op = line === '' ? '' : `BT /F1 10 Tf 56 ${y} Td (${pdfString(line)}) Tj ET`;
        y -= line === '' ? 8 : 13;
        return op;
      })
      .filter(Boolean)
      .join('\n');
    objects.set(contentId, `<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`);
    objects.set(
      pageId,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`,
    );
  }
  objects.set(1, '<< /Type /Catalog /Pages 2 0 R >>');
  objects.set(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
  objects.set(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < next; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects.get(id)}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${next}\n0000000000 65535 f \n${offsets
    .slice(1)
    .map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)
    .join('')}`;
  out += `trailer\n<< /Size ${next} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** What the bot would use from a draft, to compare imports of the same letter in different files. */
function facts(event: MeetingEvent) {
  return {
    title: event.title,
    start: event.start,
    end: event.end,
    venue: event.venue,
    organisers: event.organisers,
    audience: event.audience,
    programme: event.programme,
    people: event.people,
    practical: event.practical,
    registration: event.registration,
  };
}

describe('Word and PDF letters give what the same letter gives as text', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'moedebot-import-formats-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function importFile(name: string, content: string | Buffer): Promise<MeetingEvent> {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    const result = importLetter(await extractLetterText(file), { today: TODAY });
    return parseEventText(renderDraft(result.event, result.checks, { letter: name, file: 'x.yaml', generatedOn: TODAY }), name);
  }

  it('the text version holds the facts the other versions are compared with', async () => {
    const event = await importFile('letter.txt', asText(LETTER));
    assert.equal(event.title.da, 'Borgermøde om den nye skole i Sønderby');
    assert.deepEqual([event.start, event.end], ['2027-09-16T19:00', '2027-09-16T21:30']);
    assert.deepEqual([event.venue.name?.da, event.venue.address?.line], ['Sønderby Forsamlingshus', 'Skolegade 14, 6200 Aabenraa']);
    assert.deepEqual(
      event.programme.map((item) => [item.start, item.title.da, item.by?.da, item.items.length]),
      [
        ['18:45', 'Dørene åbner – kaffe og kage', undefined, 0],
        ['19:00', 'Velkomst', 'borgmester Jan Riber Jakobsen', 0],
        ['19:15', 'Planerne for skolen', 'skolechef Lise Nørgaard Holm', 2],
        ['20:15', 'Spørgsmål og debat', undefined, 0],
        ['21:15', 'Tak for i aften', undefined, 0],
      ],
    );
    assert.deepEqual(
      [event.registration?.url, event.registration?.deadline, event.registration?.capacity],
      ['aabenraa.dk/skolemoede', '2027-09-09T23:59', 200],
    );
    const contact = event.people.find((p) => p.roles.includes('contact'));
    assert.deepEqual([contact?.name, contact?.email, contact?.phone], ['Mads Bruun', 'mabr@aabenraa.dk', '73 76 76 76']);
    assert.deepEqual(
      [event.practical.parking?.free, event.practical.accessibility?.wheelchair, event.practical.accessibility?.hearingLoop],
      [true, true, true],
    );
    assert.deepEqual(event.people.find((p) => p.name === 'Jan Riber Jakobsen')?.roles, ['speaker', 'signatory']);
  });

  it('a .docx made of paragraphs, a heading and a bulleted list', async () => {
    const fromText = await importFile('letter.txt', asText(LETTER));
    const fromWord = await importFile('letter.docx', await asDocx(LETTER));
    assert.deepEqual(facts(fromWord), facts(fromText));
    // The heading and the list came through as Markdown.
    assert.match(fromWord.text, /^# Borgermøde om den nye skole i Sønderby\n/);
    assert.match(fromWord.text, /\n- Tidsplan og byggeri\n- Skoledistrikter og skolevej\n/);
  });

  it('a text PDF over two pages, its paragraph and page breaks kept as blank lines', async () => {
    const fromText = await importFile('letter.txt', asText(LETTER));
    const lines = asText(LETTER).split('\n');
    const pageBreak = lines.indexOf('Praktisk');
    const fromPdf = await importFile('letter.pdf', asPdf([lines.slice(0, pageBreak), lines.slice(pageBreak)]));
    assert.deepEqual(facts(fromPdf), facts(fromText));
    assert.match(fromPdf.text, /Tak for i aften\n\nPraktisk\n/);
    assert.match(fromPdf.text, /Sønderby Forsamlingshus, Skolegade 14, 6200 Aabenraa\n\nAabenraa Kommune inviterer/);
  });

  it('a PDF is recognised by its content whatever its name', async () => {
    const event = await importFile('letter.bin', asPdf([asText(LETTER).split('\n')]));
    assert.equal(event.start, '2027-09-16T19:00');
  });
});
