/**
 * What makes two customer codes the same code. People type codes with an IME left in full-width
 * mode (ＫＨ００１６), with spaces around them, or in another case (kh0016): all of these are the
 * archive's KH0016.
 */

/** Full-width letters and digits to half-width, surrounding spaces trimmed; case is left as typed. */
export function normaliseCode(text: string): string {
  return text.normalize("NFKC").trim();
}

/** The key two codes compare by: the same key is the same customer. */
export function codeKey(code: string): string {
  return normaliseCode(code).toUpperCase();
}

/** Edit distance (insert, delete, substitute), stopping early once it passes `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * The archive code closest to `code` (fewest edits, at most half the code's length; the first in
 * archive order on a tie), or undefined when none is close.
 */
export function closestCode(code: string, archive: Iterable<string>): string | undefined {
  const key = codeKey(code);
  const max = Math.max(1, Math.floor(key.length / 2));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of archive) {
    const d = editDistance(key, codeKey(candidate), bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
    if (d === 0) break;
  }
  return best;
}

/**
 * Customer codes that sit on more than one archive row, with those rows: while a code is on two
 * rows, nothing may act on that customer (which row would it change?).
 */
export function duplicateCodes(customers: readonly { row: number; record: { code: string } }[]): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const c of customers) {
    const key = codeKey(c.record.code);
    const list = rows.get(key);
    if (list) list.push(c.row);
    else rows.set(key, [c.row]);
  }
  for (const [key, list] of rows) if (list.length < 2) rows.delete(key);
  return rows;
}
