/**
 * `--lang en`: every command's output is English. What may stay Chinese is what the workbook holds
 * (its sheet names and cell values: customer names, areas, descriptions), quoted where it is shown.
 */
import { copyFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { XlsxReader } from "../../src/io/xlsx/fast-read";
import { SHEETS } from "../../src/workbook";

/** The sheets the write commands add (路序, 交接): names in the workbook, like its other sheets. */
const GENERATED = ["路序", "交接", "审计"];

const dir = mkdtempSync(join(tmpdir(), "kehu-lang-"));
const demo = join(dir, "demo.xlsx");
const TODAY = "2026-11-23";
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu;
const HAS_CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
let data: string[] = [];

beforeAll(async () => {
  expect(await main(["demo", "--customers", "40", "--seed", "3", "--out", demo, "--today", TODAY], { out: () => undefined, err: () => undefined })).toBe(0);
  const book = await XlsxReader.open(demo);
  const names = await book.sheetNames();
  const tables = await book.readTables(names);
  // the workbook's text: sheet names (and the sheets commands add), headers, cells, drop-down values
  const cells = new Set<string>([...names, ...GENERATED]);
  for (const spec of SHEETS) for (const c of spec.columns) for (const v of c.list ?? []) cells.add(v);
  for (const table of Object.values(tables)) {
    for (const row of [table?.headers ?? [], ...(table?.rows ?? [])]) for (const cell of row) if (typeof cell === "string" && HAS_CJK.test(cell)) cells.add(cell.trim());
  }
  // longest first: a line holding 南通优品百货有限公司 is explained by it, not by a shorter cell inside it
  data = [...cells].filter(Boolean).sort((a, b) => b.length - a.length);
}, 120_000);

/**
 * The Chinese left in a line once the workbook's own text it quotes is taken out (a one-character
 * cell such as a bearing 东 only where it stands alone, not inside a word of ours).
 */
function untranslated(line: string): string[] {
  let rest = line;
  for (const cell of data) {
    if (!rest.includes(cell)) continue;
    rest = cell.length > 1 ? rest.split(cell).join(" ") : rest.replace(new RegExp(`(?<!\\p{Script=Han})${cell}(?!\\p{Script=Han})`, "gu"), " ");
  }
  return rest.match(CJK) ?? [];
}

async function run(...argv: string[]): Promise<string[]> {
  const file = join(dir, `${argv[0]}-${Math.random().toString(36).slice(2)}.xlsx`);
  copyFileSync(demo, file);
  const lines: string[] = [];
  const io = { out: (s: string) => void lines.push(s), err: (s: string) => void lines.push(s) };
  await main([argv[0], file, ...argv.slice(1), "--lang", "en", ...(argv[0] === "check" ? [] : ["--today", TODAY])], io);
  return lines.flatMap((l) => l.split("\n")).map((l) => l.split(file).join("F"));
}

describe("--lang en", () => {
  test.each([
    [["check"]],
    [["check", "--max-problems", "2"]],
    [["due"]],
    [["abc"]],
    [["abc", "--write"]],
    [["routes"]],
    [["routes", "--write"]],
    [["audit"]],
    [["handover", "--rep", "S003"]],
    [["handover", "--rep", "S003", "--to", "S004", "--write"]],
  ])("kehu %j prints no Chinese but the workbook's own", async (argv) => {
    const lines = await run(...argv);
    expect(lines.length).toBeGreaterThan(0);
    const left = lines.map((l) => [l, untranslated(l)] as const).filter(([, c]) => c.length > 0);
    expect(left.map(([l, c]) => `${c.join(" ")}  <-  ${l}`)).toEqual([]);
  });
});
