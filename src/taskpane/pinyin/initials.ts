import { INITIALS_TABLE } from "./initials-table";

let index: Map<string, string> | undefined;

function initialsIndex(): Map<string, string> {
  if (!index) {
    index = new Map();
    for (const [letter, chars] of Object.entries(INITIALS_TABLE)) {
      for (const ch of chars) index.set(ch, (index.get(ch) ?? "") + letter);
    }
  }
  return index;
}

/**
 * The letters one character can stand for when typed as initials: a hanzi gives the first letter
 * of each of its readings (长 → "cz"), a Latin letter or digit gives itself (lower case), full-width
 * forms count as their ASCII ones; anything else (punctuation, spaces, rare hanzi) gives "".
 */
export function initialsOfChar(ch: string): string {
  const hanzi = initialsIndex().get(ch);
  if (hanzi !== undefined) return hanzi;
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) return /[A-Za-z0-9]/.test(ch) ? ch.toLowerCase() : "";
  const ascii = ch.normalize("NFKC").toLowerCase();
  return /^[a-z0-9]$/.test(ascii) ? ascii : "";
}

/** One entry per character of `text` that has initials (others are skipped): 北京华信 → ["b","j","h","x"]. */
export function initialsOf(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const letters = initialsOfChar(ch);
    if (letters) out.push(letters);
  }
  return out;
}
