import { relationshipsOf } from "../fast-package";
import type { ZipParts } from "../fast-zip";

/** The .rels part of a part ("xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels"), lower-cased like part keys. */
export function relsKeyOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`.toLowerCase();
}

/** The parts `from` reaches through relationships, not going on from the parts in `stop`. Keys lower-cased. */
async function reachable(zip: ZipParts, from: readonly string[], stop: ReadonlySet<string>): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length > 0) {
    const part = queue.pop()!;
    for (const rel of await relationshipsOf(zip, part)) {
      const key = rel.target.toLowerCase();
      if (seen.has(key) || !zip.has(rel.target)) continue;
      seen.add(key);
      if (!stop.has(key)) queue.push(rel.target);
    }
  }
  return seen;
}

/**
 * What sheets replaced as a whole leave behind: the parts their relationships reach (a drawing,
 * its charts and images, comments, a table, printer settings …) that nothing else in the package
 * reaches, with the .rels parts of those and of the replaced sheets. A part another sheet or the
 * workbook still uses (an image two drawings share, a pivot cache) stays. Keys lower-cased.
 */
export async function partsLeftBy(zip: ZipParts, replaced: readonly string[]): Promise<Set<string>> {
  if (replaced.length === 0) return new Set();
  const stop = new Set(replaced.map((p) => p.toLowerCase()));
  const kept = await reachable(zip, [""], stop);
  const left = new Set<string>();
  for (const part of await reachable(zip, replaced, stop)) {
    if (kept.has(part) || stop.has(part)) continue;
    left.add(part);
    if (zip.has(relsKeyOf(part))) left.add(relsKeyOf(part));
  }
  for (const sheet of replaced) if (zip.has(relsKeyOf(sheet))) left.add(relsKeyOf(sheet));
  return left;
}
