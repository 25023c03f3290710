/**
 * What `--lang en` may leave in Chinese: the workbook's own text (its sheet names and the sheets
 * commands add, headers, cells, drop-down values), quoted where a line shows it. untranslated()
 * gives whatever Chinese is left in a line once that text is taken out.
 */
import { XlsxReader } from "../../src/io/xlsx/fast-read";
import { SHEETS } from "../../src/workbook";

/** The sheets the write commands add (路序, 交接, 周报 2026-11-23 …): names in the workbook, like its other sheets. */
const GENERATED = ["路序", "交接", "审计", "应收账款", "日清表", "周报", "月报", "方案跟踪", "对账单"];

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu;
const HAS_CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** The workbooks' own text, longest first: a line holding 南通优品百货有限公司 is explained by it, not by a shorter cell inside it. */
export async function workbookText(files: readonly string[]): Promise<string[]> {
  const cells = new Set<string>(GENERATED);
  for (const spec of SHEETS) for (const c of spec.columns) for (const v of c.list ?? []) cells.add(v);
  for (const file of files) {
    const book = await XlsxReader.open(file);
    const names = await book.sheetNames();
    for (const name of names) cells.add(name);
    const tables = await book.readTables(names);
    for (const table of Object.values(tables)) {
      for (const row of [table?.headers ?? [], ...(table?.rows ?? [])]) for (const cell of row) if (typeof cell === "string" && HAS_CJK.test(cell)) cells.add(cell.trim());
    }
  }
  return [...cells].filter(Boolean).sort((a, b) => b.length - a.length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The Chinese left in a line once the workbook's own text it quotes is taken out. A cell counts only
 * where it stands as a whole, not glued to other Chinese: 客户档案 explains "the 客户档案 table" but
 * not "客户档案中没有", so a Chinese sentence of ours that happens to contain a sheet name or a
 * customer's area still shows. A cell may sit against another cell (甲公司、乙公司 joined by our
 * separator is caught by the separator).
 */
export function untranslated(line: string, text: readonly string[]): string[] {
  let rest = line;
  for (const cell of text) {
    if (!rest.includes(cell)) continue;
    rest = rest.replace(new RegExp(`(?<!\\p{Script=Han})${escapeRegExp(cell)}(?!\\p{Script=Han})`, "gu"), " ");
  }
  return rest.match(CJK) ?? [];
}

/** Each line with Chinese left in it, as "<what is left>  <-  <line>" (an empty list: all English). */
export function leftoverChinese(lines: readonly string[], text: readonly string[]): string[] {
  return lines.map((l) => [l, untranslated(l, text)] as const).filter(([, c]) => c.length > 0).map(([l, c]) => `${c.join(" ")}  <-  ${l}`);
}
