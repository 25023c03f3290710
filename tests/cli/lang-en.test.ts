/**
 * `--lang en`: every command's output is English. What may stay Chinese is what the workbook holds
 * (its sheet names and cell values: customer names, areas, descriptions), quoted where it is shown.
 */
import { copyFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { COMMANDS } from "../../src/cli/commands";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { rewritePackage } from "../support/package-snapshot";
import { leftoverChinese, untranslated as untranslatedIn, workbookText } from "../support/leftover-chinese";

const dir = mkdtempSync(join(tmpdir(), "kehu-lang-"));
const demo = join(dir, "demo.xlsx");
const TODAY = "2026-11-23";
let data: string[] = [];

beforeAll(async () => {
  expect(await main(["demo", "--customers", "40", "--seed", "3", "--out", demo, "--today", TODAY], { out: () => undefined, err: () => undefined })).toBe(0);
  data = await workbookText([demo]);
}, 120_000);

const untranslated = (line: string) => untranslatedIn(line, data);

test("the check finds Chinese of ours even around workbook text", () => {
  expect(untranslated("the 客户档案 table")).toEqual([]);
  expect(untranslated("客户档案中没有 S999")).toEqual(["客户档案中没有"]);
  expect(untranslated("kehu due: 未知选项 --rpe")).toEqual(["未知选项"]);
});

async function run(...argv: string[]): Promise<string[]> {
  const file = join(dir, `${argv[0]}-${Math.random().toString(36).slice(2)}.xlsx`);
  copyFileSync(demo, file);
  const lines: string[] = [];
  const io = { out: (s: string) => void lines.push(s), err: (s: string) => void lines.push(s) };
  await main([argv[0], file, ...argv.slice(1), "--lang", "en", ...(argv[0] === "check" ? [] : ["--today", TODAY])], io);
  return lines.flatMap((l) => l.split("\n")).map((l) => l.split(file).join("F"));
}

/** A command line where "F" stands for a fresh copy of the demo log; --lang en added. */
async function runLine(argv: readonly string[]): Promise<{ code: number; lines: string[] }> {
  const file = join(dir, `line-${Math.random().toString(36).slice(2)}.xlsx`);
  copyFileSync(demo, file);
  const lines: string[] = [];
  const io = { out: (s: string) => void lines.push(s), err: (s: string) => void lines.push(s) };
  const code = await main([...argv.map((a) => (a === "F" ? file : a)), "--lang", "en"], io);
  return { code, lines: lines.flatMap((l) => l.split("\n")).map((l) => l.split(file).join("F").split(dir).join("D")) };
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
    expect(leftoverChinese(lines, data)).toEqual([]);
  });

  const notLog = join(dir, "not-a-log.xlsx");
  const contentTypesOnly = join(dir, "content-types-only.xlsx");
  beforeAll(async () => {
    const other = XlsxWorkbook.create();
    other.book.addWorksheet("Sheet1").getCell("A1").value = "hello";
    await other.save(notLog, { overwrite: true });
    await rewritePackage(demo, contentTypesOnly, (name, data) => (name === "[Content_Types].xml" ? data : null));
  });

  test.each([
    // the reports a manager asks for
    [["receivables", "F", "--today", TODAY], 0, /^Receivables as of 2026-11-23: \d+ customers owe ¥/],
    [["receivables", "F", "--write", "--today", TODAY], 0, /^Wrote the sheet 应收账款 in F$/],
    [["top", "F", "--by", "sales", "--of", "categories", "--compare", "yoy", "--today", TODAY], 0, /^Top 10 product categories by sales: .*; year on year \(against /],
    [["top", "F", "--by", "balance", "--of", "reps", "-n", "3", "--today", TODAY], 0, /^Top 3 reps by balance owed: as of /],
    [["report", "weekly", "F", "--write", "--today", TODAY], 0, /^Weekly report .* · all reps \(against /],
    [["statement", "F", "--customer", "KH0001", "--from", "2026-01-01", "--to", TODAY, "--out", join(dir, "statement-en.xlsx"), "--force"], 0, /^Statement for .* \(KH0001\) from 2026-01-01 to 2026-11-23: opening ¥/],
    // usage errors (exit 2)
    [["due", "F", "--rpe", "S004"], 2, /^kehu due: unknown option --rpe \(did you mean --rep\?\)\. Usage: /],
    [["due", "F", "--today"], 2, /^kehu due: --today needs a value\. Usage: /],
    [["handover", "F", "--rep", "S003", "--write", "--out", join(dir, "handover-en.xlsx")], 2, /^kehu handover: --write \(back into the file\) and --out \(to a new file\) cannot go together\. Usage: /],
    [["audit", "F", "--write", "--out", join(dir, "audit-en.xlsx")], 2, /^kehu audit: --write .* and --out .* cannot go together\. Usage: /],
    [["statement", "F", "--customer", "KH0001", "--from", "2026-01-01", "--to", TODAY, "--out", "F"], 2, /^kehu statement: --out F is the input file F: to write back into it, use --write\. Usage: kehu statement <file.xlsx> --customer CODE /],
    [["report", "yearly", "F"], 2, /^kehu report: the reports are daily, weekly, monthly \(got "yearly"\)\. Usage: /],
    [["frobnicate", "F"], 2, /^unknown command "frobnicate"\. Run kehu help to see every command\.$/],
    // what is not a customer log (exit 3)
    [["due", notLog], 3, /^kehu due: not a customer log: .*not-a-log\.xlsx has no 客户档案 table \(run kehu check .* to see\)$/],
    [["top", notLog, "--by", "sales", "--of", "customers"], 3, /^kehu top: not a customer log: /],
    [["abc", contentTypesOnly], 3, /^kehu abc: cannot read it: not a valid \.xlsx workbook/],
  ] as const)("kehu %j --lang en: exit %i, English but the workbook's own text", async (argv, code, expected) => {
    const result = await runLine(argv);
    expect(result.code).toBe(code);
    expect(result.lines.some((l) => expected.test(l))).toBe(true);
    expect(leftoverChinese(result.lines, data)).toEqual([]);
  });
});

/**
 * Every registered command under --lang en, its output and its refusals ("F" a fresh copy of the
 * demo log, "O" a new file): a command added to the registry fails the first test until it has lines.
 */
const EVERY: Record<string, string[][]> = {
  init: [["init", "O"], ["init", "F"]],
  check: [["check", "F"], ["check", "F", "--max-problems", "x"], ["check", "F", "--max-rows", "10"]],
  demo: [["demo", "--out", "O", "--customers", "5", "--today", TODAY], ["demo", "--out", "O", "--customers", "0"]],
  audit: [["audit", "F", "--verbose", "--today", TODAY], ["audit", "F", "--write", "--today", TODAY], ["audit", "F", "--out", "O", "--today", TODAY], ["audit"]],
  handover: [
    ["handover", "F", "--customer", "KH0001,KH9999", "--out", "O", "--today", TODAY],
    ["handover", "F"],
    ["handover", "F", "--rep", "S003", "--to", "S004"],
    ["handover", "F", "--rep", "S003", "--to", " "],
    ["handover", "F", "--rep", "S999"],
    ["handover", "F", "--rep", "S003", "--to", "S999", "--write"],
  ],
  due: [["due", "F", "--rep", "S003", "--today", TODAY], ["due", "F", "--today", "someday"]],
  abc: [["abc", "F", "--from", "2026-06-01", "--to", "2026-01-01"], ["abc", "F", "--from", "x"]],
  routes: [["routes", "F", "--max-stops", "0"], ["routes", "F", "--from", "north"], ["routes", "F", "--max-stops", "4", "--today", TODAY]],
  receivables: [["receivables", "F", "--rep", "S003", "--today", TODAY], ["receivables", "F", "--as-of", "soon"]],
  top: [
    ["top", "F", "--by", "complaints", "--of", "customers", "--today", TODAY],
    ["top", "F", "--by", "x", "--of", "customers"],
    ["top", "F", "--of", "customers"],
    ["top", "F", "--by", "sales", "--of", "reps", "--from", "2026-06-01", "--to", "2026-01-01"],
    ["top", "F", "--by", "sales", "--of", "reps", "-n", "x"],
  ],
  report: [["report", "daily", "F", "--today", TODAY], ["report", "monthly", "F", "--write", "--today", TODAY], ["report", "weekly", "F", "--date", "x"]],
  statement: [["statement", "F", "--customer", "KH9999", "--from", "2026-01-01", "--to", TODAY, "--out", "O"], ["statement", "F", "--customer", "KH0001", "--from", "x", "--to", TODAY, "--out", "O"]],
  plans: [["plans", "F", "--today", TODAY], ["plans", "F", "--write", "--period", "2026-Q4", "--today", TODAY], ["plans", "F", "--period", "x"]],
  plan: [["plan", "suggest", "F", "--rep", "S002", "--month", "2026-12", "--write", "--today", TODAY], ["plan", "suggest", "F", "--month", "2026-12"], ["plan", "x", "F"]],
  appraise: [["appraise", "F", "--period", "2026-11", "--today", TODAY], ["appraise", "F"]],
  archive: [["archive", "syn"], ["archive", "sync", "F", "--since", "x"]],
};

test("kehu help --lang en lists every command in English", async () => {
  const result = await runLine(["help"]);
  expect(result.lines.length).toBeGreaterThan(COMMANDS.length);
  expect(result.lines.filter((l) => untranslated(l).length > 0)).toEqual([]);
});

test("every registered command has --lang en lines", () => {
  expect(Object.keys(EVERY).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
});

describe.each(Object.entries(EVERY))("kehu %s --lang en", (name, lines) => {
  test.each([...lines, [name, "--help"]].map((l) => [l.join(" "), l]))("%s", async (_, argv) => {
    const out = join(dir, `every-${Math.random().toString(36).slice(2)}.xlsx`);
    const result = await runLine(argv.map((a) => (a === "O" ? out : a)));
    expect(result.lines.length).toBeGreaterThan(0);
    // every command takes --lang
    expect(result.lines.filter((l) => l.includes("unknown option --lang"))).toEqual([]);
    expect(leftoverChinese(result.lines.map((l) => l.split(out).join("O")), data)).toEqual([]);
    void name;
  });
});
