import { spawnSync } from "child_process";
import * as yauzl from "yauzl";
import { readFileSync } from "fs";

/** Every part of a package, inflated, by name. */
export async function partsOf(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(readFileSync(file), { lazyEntries: true });
  const parts = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    parts.set(entry.fileName, Buffer.concat(chunks));
  }
  return parts;
}

/** The parts that differ between two packages. */
export function changedParts(before: Map<string, Buffer>, after: Map<string, Buffer>): { added: string[]; removed: string[]; changed: string[] } {
  const added = [...after.keys()].filter((n) => !before.has(n)).sort();
  const removed = [...before.keys()].filter((n) => !after.has(n)).sort();
  const changed = [...before.keys()].filter((n) => after.has(n) && !after.get(n)!.equals(before.get(n)!)).sort();
  return { added, removed, changed };
}

/**
 * Every cell of a worksheet part as written: reference -> its style, type, formula and value
 * (the element's text with the r attribute taken out and spans ignored). Rows without a number keep
 * counting, cells without r take the next column: enough for the producers in these tests.
 */
export function cellsOf(xml: string): Map<string, string> {
  const cells = new Map<string, string>();
  const prefix = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? "";
  const rowRe = new RegExp(`<${prefix}row\\b([^>]*?)(/>|>([\\s\\S]*?)</${prefix}row>)`, "g");
  const cellRe = new RegExp(`<${prefix}c\\b([^>]*?)(/>|>([\\s\\S]*?)</${prefix}c>)`, "g");
  let rowNumber = 0;
  for (const row of xml.matchAll(rowRe)) {
    rowNumber = Number(/\sr="(\d+)"/.exec(row[1])?.[1] ?? rowNumber + 1);
    let column = 0;
    for (const cell of (row[3] ?? "").matchAll(cellRe)) {
      const ref = /\sr="([A-Z]+)\d+"/.exec(cell[1])?.[1];
      column = ref ? [...ref].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : column + 1;
      const attrs = cell[1].replace(/\sr="[^"]*"/, "").trim().split(/\s+/).filter(Boolean).sort().join(" ");
      const body = cell[3] ?? "";
      if (attrs === "" && body === "") continue;
      cells.set(`${letters(column)}${rowNumber}`, `${attrs}|${body}`);
    }
  }
  return cells;
}

function letters(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Cell references whose content differs. */
export function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const refs = new Set([...before.keys(), ...after.keys()]);
  return [...refs].filter((r) => before.get(r) !== after.get(r)).sort();
}

/** A python3 that has openpyxl (the one on PATH may be a pyenv without Debian's python3-openpyxl), or undefined. */
export function openpyxlPython(): string | undefined {
  return ["python3", "/usr/bin/python3"].find((python) => spawnSync(python, ["-c", "import openpyxl"], { stdio: "ignore" }).status === 0);
}

/**
 * A copy of a package with some parts edited, removed or added, written by yazl (a zip writer
 * independent of ours). `edit` returns the new text of a part, or null to leave the part out.
 */
export async function rewritePackage(source: string, target: string, edit: (name: string, text: Buffer) => Buffer | string | null, add: Record<string, string | Buffer> = {}): Promise<void> {
  const yazl = await import("yazl");
  const { createWriteStream } = await import("fs");
  const parts = await partsOf(source);
  const zip = new yazl.ZipFile();
  for (const [name, data] of parts) {
    if (name.endsWith("/")) continue;
    const next = edit(name, data);
    if (next !== null) zip.addBuffer(typeof next === "string" ? Buffer.from(next, "utf8") : next, name);
  }
  for (const [name, data] of Object.entries(add)) zip.addBuffer(typeof data === "string" ? Buffer.from(data, "utf8") : data, name);
  zip.end();
  await new Promise<void>((resolve, reject) => zip.outputStream.pipe(createWriteStream(target)).on("close", resolve).on("error", reject));
}
