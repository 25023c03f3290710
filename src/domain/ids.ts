/** Crockford's base32: no I, L, O, U, so an id read aloud on the phone is not mistaken. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * An id that stays unique when several people append at the same moment, without reading the
 * sheet: a date part for humans and 40 random bits (collision odds for 1,000 ids on one day
 * ≈ 5e-7). `random` returns floats in [0, 1): crypto-backed in the add-in and the
 * command line (src/io/random.ts), seeded in the demo.
 */
export function newId(prefix: string, at: Date, random: () => number): string {
  const day = dayPart(at);
  let tail = "";
  for (let i = 0; i < 8; i++) tail += ALPHABET[Math.floor(random() * 32) & 31];
  return `${prefix}${day}-${tail}`;
}

/** YYMMDD of the UTC date (the demo makes 100,000 ids: read off the fields, not toISOString). */
function dayPart(at: Date): string {
  const year = at.getUTCFullYear();
  if (year < 1000 || year > 9999) return at.toISOString().slice(2, 10).replace(/-/g, "");
  const month = at.getUTCMonth() + 1;
  const date = at.getUTCDate();
  return `${String(year).slice(2)}${month < 10 ? "0" : ""}${month}${date < 10 ? "0" : ""}${date}`;
}

/** mulberry32: a small seeded generator, for reproducible demo data and tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
