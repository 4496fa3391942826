/**
 * A timetable whose rows are named by their first cell ("| Skole | Afgang fra | Afgang kl. |" / "| Nordskolen |
 * Stoppestedet | 8.25 |"): each row read as a sentence of its own, its cells said with their column's header
 * ("Nordskolen: afgang fra Stoppestedet kl. 8.25."), so one row answers alone, and a place in a cell is no sentence
 * about the header's topic. Tables of times first (a programme), of dates, names or numbers are left as they are.
 */

/** A cell that is a clock time or a span of them ("8.25", "13.30–14.00", "kl. 9"). */
const CLOCK_CELL = /^(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?$/i;
/** Headers of a programme's columns: its time, item, speaker, room. A programme table is read as a programme. */
const PROGRAMME_HEADER =
  /^(?:tid|tidspunkt|kl\.?|klokken|time|times|when|start|slut|end|punkt|programpunkt|emne|indhold|aktivitet|titel|oplægsholdere?|talere?|ansvarlig|lokale|item|topic|session|title|activity|speakers?|presenters?|room)$/i;
/** A header that ends in a word its value goes on from ("Afgang fra", "Retur kl.", "Departs at"): no colon between. */
const LEADS_ON = /(?:^|\s)(?:fra|til|kl\.?|ved|i|på|mod|from|to|at|by|in|on|via|towards)$/iu;

/** The rows as sentences when the table is such a timetable: the header (the first row) goes into each row. */
export function timetableRows(table: string[][]): string[] | undefined {
  const [header, ...body] = table;
  if (!header || body.length === 0 || header.length < 2 || body.some((cells) => cells.length !== header.length)) return undefined;
  if (header.some((cell) => cell === '' || /\d/.test(cell) || PROGRAMME_HEADER.test(cell.replace(/[*:]/g, '').trim()))) return undefined;
  // Each row named by words: no figures (a time, a date, a number) in its first cell.
  if (!body.every((cells) => /^\p{L}/u.test(cells[0]!) && !/\d/.test(cells[0]!))) return undefined;
  const timed = header.some((_cell, column) => column > 0 && body.every((cells) => CLOCK_CELL.test(cells[column]!)));
  if (!timed) return undefined;
  return body.map((cells) => rowSentence(header, cells));
}

function rowSentence(header: string[], cells: string[]): string {
  let said = '';
  for (let column = 1; column < cells.length; column++) {
    const value = cells[column]!;
    if (value === '' || /^[-–]$/.test(value)) continue;
    const label = lowerFirst(header[column]!.replace(/[\s:]+$/, ''));
    const previous = header[column - 1]!.split(/\s+/)[0]!.toLowerCase();
    // "Afgang fra … / Afgang kl. …": a header that repeats the one before's first word goes on from it.
    const sameStart = column > 1 && said !== '' && label.split(/\s+/).length > 1 && label.split(/\s+/)[0]!.toLowerCase() === previous;
    const part = `${sameStart ? label.split(/\s+/).slice(1).join(' ') : label}${LEADS_ON.test(label) ? ' ' : ': '}${value}`;
    said = said === '' ? part : `${said}${sameStart ? ' ' : ', '}${part}`;
  }
  const name = cells[0]!.replace(/[.:]+$/, '');
  return said === '' ? `${name}.` : `${name}: ${said}${/[.!?]$/.test(said) ? '' : '.'}`;
}

/** "Afgang fra" → "afgang fra"; an acronym ("CPR") stays. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
