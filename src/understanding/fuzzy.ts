/**
 * Bounded Damerau–Levenshtein (optimal string alignment) distance.
 * Returns max + 1 as soon as the distance is known to exceed max, which keeps matching cheap.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  // Three rows reused across calls: typo matching compares a word with thousands of known words.
  if (buffer.length < 3 * cols) buffer = new Int32Array(6 * cols);
  let prevPrev = 0;
  let prev = cols;
  let current = 2 * cols;
  for (let j = 0; j < cols; j++) {
    buffer[prevPrev + j] = 0;
    buffer[prev + j] = j;
  }
  for (let i = 1; i < rows; i++) {
    buffer[current] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(buffer[prev + j]! + 1, buffer[current + j - 1]! + 1, buffer[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, buffer[prevPrev + j - 2]! + 1);
      }
      buffer[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  return buffer[prev + cols - 1]!;
}

let buffer = new Int32Array(96);

/**
 * The letters a word contains, as bits (letters beyond 32 share bits). Every letter one word has and the other lacks
 * costs an edit, so two words whose masks differ by more than `max` letters either way are further apart than `max`.
 */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

/** False when the letters alone show the words to be more than `max` edits apart (see letterMask). */
export function mayBeWithin(maskA: number, maskB: number, max: number): boolean {
  return bitCount(maskA & ~maskB) <= max && bitCount(maskB & ~maskA) <= max;
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** How many typos a word of this length may carry and still match: none for short words. */
export function typoAllowance(length: number): number {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  return 2;
}
