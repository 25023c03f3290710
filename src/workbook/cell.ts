/** A cell value as Excel hands it over: dates are serial numbers, blanks are "" or null. */
export type Cell = string | number | boolean | null;

export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA" */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "AA" -> 26 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(columnIdx: number, row: number): string {
  return `${columnLetter(columnIdx)}${row}`;
}

/** Text that Excel would take for a formula if it were typed or written as a value. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
