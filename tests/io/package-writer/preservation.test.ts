import { copyFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../../src/cli/main";
import { readLog } from "../../../src/app/read-log";
import { XlsxReader } from "../../../src/io/xlsx/fast-read";
import { changedCells, changedParts, cellsOf, openpyxlPython, partsOf } from "../../support/package-snapshot";
import { sheetsAsCsv, sofficeAvailable } from "../../support/soffice";
import { excelLike, exceljsLog, libreOfficeSaved, openpyxlSaved, sheetParts, TODAY } from "./fixtures";

const dir = mkdtempSync(join(tmpdir(), "kehu-keep-"));
const hasSoffice = sofficeAvailable();
const python = openpyxlPython();
const hasOpenpyxl = python !== undefined;
if (!hasSoffice) console.warn("soffice not found: the LibreOffice-saved fixture is skipped");
if (!hasOpenpyxl) console.warn("python3 openpyxl not found: the openpyxl-saved fixture is skipped");

const producers: [string, (source: string, file: string) => void | Promise<void>, boolean][] = [
  ["exceljs", (source, file) => copyFileSync(source, file), true],
  ["excel-like", excelLike, true],
  ["libreoffice", libreOfficeSaved, hasSoffice],
  ["openpyxl", (source, file) => openpyxlSaved(source, file, python), hasOpenpyxl],
];

const fixtures = new Map<string, string>();
const results: string[] = [];

beforeAll(async () => {
  const source = join(dir, "source.xlsx");
  await exceljsLog(source);
  for (const [name, make, available] of producers) {
    if (!available) continue;
    const file = join(dir, `${name}.xlsx`);
    await make(source, file);
    fixtures.set(name, file);
  }
}, 240_000);

async function run(...argv: string[]): Promise<{ code: number; err: string[] }> {
  const err: string[] = [];
  const code = await main(argv, { out: () => undefined, err: (s) => void err.push(s) });
  return { code, err };
}

/** Column letter of a spec column in the log as read. */
async function letter(file: string, sheetKey: string, columnKey: string): Promise<string> {
  const log = await readLog(await XlsxReader.open(file));
  return log.letters![sheetKey][columnKey];
}

const REPORT_PARTS = /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml|xl\/styles\.xml)$/;

async function writeAndCompare(producer: string, command: string[], tag: string) {
  const fixture = fixtures.get(producer)!;
  const file = join(dir, `${producer}-${tag}.xlsx`);
  copyFileSync(fixture, file);
  const before = await partsOf(file);
  const parts = await sheetParts(file);
  const result = await run(command[0], file, ...command.slice(1), "--today", TODAY);
  expect(result.err).toEqual([]);
  const after = await partsOf(file);
  results.push(file);
  return { file, before, after, parts, diff: changedParts(before, after) };
}

describe.each(producers.map(([name, , available]) => [name, available] as const))("%s fixture", (producer, available) => {
  const maybe = available ? test : test.skip;

  maybe("abc --write changes only the ABC类 cells of 客户档案", async () => {
    const { before, after, parts, diff, file } = await writeAndCompare(producer, ["abc", "--write"], "abc");
    const archive = parts.get("客户档案")!;
    expect(diff).toEqual({ added: [], removed: [], changed: [archive] });
    const column = await letter(file, "customers", "abc");
    const cells = changedCells(cellsOf(before.get(archive)!.toString("utf8")), cellsOf(after.get(archive)!.toString("utf8")));
    expect(cells.length).toBeGreaterThan(0);
    for (const ref of cells) expect(ref).toMatch(new RegExp(`^${column}\\d+$`));
    const log = await readLog(await XlsxReader.open(file));
    expect(log.customers.map((c) => c.record.abc)).toEqual(["A", "B", "C"]);
  });

  maybe("routes --write adds the 路序 sheet and touches only the parts that list sheets and styles", async () => {
    const { diff } = await writeAndCompare(producer, ["routes", "--write"], "routes");
    expect(diff.removed).toEqual([]);
    expect(diff.added).toHaveLength(1);
    for (const part of diff.changed) expect(part).toMatch(REPORT_PARTS);
  });

  maybe("audit --write adds the 审计 sheet and touches only the parts that list sheets and styles", async () => {
    const { diff } = await writeAndCompare(producer, ["audit", "--write"], "audit");
    expect(diff.removed).toEqual([]);
    expect(diff.added).toHaveLength(1);
    for (const part of diff.changed) expect(part).toMatch(REPORT_PARTS);
  });

  maybe("handover --to --write changes K1's 负责客服, appends one 跟进记录 row, adds 交接", async () => {
    const { before, after, parts, diff, file } = await writeAndCompare(producer, ["handover", "--customer", "K1", "--to", "S002", "--write"], "handover");
    const archive = parts.get("客户档案")!;
    const followUps = parts.get("跟进记录")!;
    expect(diff.removed).toEqual([]);
    expect(diff.added).toHaveLength(1);
    for (const part of diff.changed) expect([archive, followUps].includes(part) || REPORT_PARTS.test(part) || /^xl\/tables\/[^/]+\.xml$/.test(part)).toBe(true);
    const rep = await letter(file, "customers", "rep");
    expect(changedCells(cellsOf(before.get(archive)!.toString("utf8")), cellsOf(after.get(archive)!.toString("utf8")))).toEqual([`${rep}2`]);
    const followUpChanges = changedCells(cellsOf(before.get(followUps)!.toString("utf8")), cellsOf(after.get(followUps)!.toString("utf8")));
    expect(followUpChanges.length).toBeGreaterThan(0);
    for (const ref of followUpChanges) expect(Number(/\d+$/.exec(ref)![0])).toBe(3);
    const log = await readLog(await XlsxReader.open(file));
    expect(log.customers[0].record.rep).toBe("S002");
    expect(log.followUps.map((f) => f.record.serviceType)).toContain("交接");
    expect(log.problems).toEqual([]);
  });
});

(hasSoffice ? test : test.skip)("LibreOffice reads every written workbook", () => {
  const sheets = sheetsAsCsv(results);
  for (const file of results) {
    const book = sheets.get(file)!;
    expect(book.get("客户档案")?.length).toBeGreaterThan(3);
    if (file.endsWith("-routes.xlsx")) expect(book.get("路序")?.[0]?.[0]).toBe("路序");
    if (file.endsWith("-abc.xlsx")) expect(book.get("客户档案")!.slice(1, 4).map((r) => r.join("|"))).toEqual(expect.arrayContaining([expect.stringContaining("K1")]));
  }
}, 240_000);
