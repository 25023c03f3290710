/**
 * A demo log once LibreOffice has opened and saved it (tables without style info, its own styles
 * and shared strings) goes through every command that writes: each writes without an error, and
 * LibreOffice reads the result with what the command wrote. The list of write commands is checked
 * against the command registry, so a new command with --write or --out fails here until it is added.
 */
import { copyFileSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { COMMANDS } from "../../src/cli/commands";
import { readLog } from "../../src/app/read-log";
import { XlsxReader } from "../../src/io/xlsx/fast-read";
import { customersSheet } from "../../src/workbook";
import { libreOfficeSaved } from "../io/package-writer/fixtures";
import { sheetsAsCsv, sofficeAvailable } from "../support/soffice";

const hasSoffice = sofficeAvailable();
if (!hasSoffice) console.log("skipped: LibreOffice (soffice) is not installed here; CI installs it and runs this test");
const maybe = hasSoffice ? describe : describe.skip;

const TODAY = "2026-11-23";

/**
 * Every command line that writes, in order, over one copy of the LibreOffice-saved demo ("F"), or
 * to a new file ("O:name"): the command's name, its arguments, the exit code it ends with, and the
 * sheet it adds or changes (in F, or in the new file).
 */
const WRITES: { command: string; argv: string[]; code: number; sheet: string }[] = [
  { command: "abc", argv: ["abc", "F", "--write"], code: 0, sheet: customersSheet.name },
  { command: "routes", argv: ["routes", "F", "--write"], code: 0, sheet: "路序" },
  { command: "audit", argv: ["audit", "F", "--write"], code: 1, sheet: "审计" },
  { command: "audit", argv: ["audit", "F", "--out", "O:audit-report"], code: 1, sheet: "审计" },
  { command: "handover", argv: ["handover", "F", "--rep", "S003", "--out", "O:handover"], code: 0, sheet: "交接" },
  { command: "handover", argv: ["handover", "F", "--rep", "S003", "--to", "S004", "--write"], code: 0, sheet: "交接" },
  { command: "receivables", argv: ["receivables", "F", "--write"], code: 0, sheet: "应收账款" },
  { command: "report", argv: ["report", "daily", "F", "--write"], code: 0, sheet: `日清表 ${TODAY}` },
  { command: "report", argv: ["report", "weekly", "F", "--write"], code: 0, sheet: `周报 ${TODAY}` },
  { command: "report", argv: ["report", "monthly", "F", "--write"], code: 0, sheet: "月报 2026-11" },
  { command: "statement", argv: ["statement", "F", "--customer", "KH0001", "--from", "2026-01-01", "--to", TODAY, "--out", "O:statement"], code: 0, sheet: "对账单" },
  { command: "plan", argv: ["plan", "suggest", "F", "--rep", "S002", "--month", "2026-12", "--write"], code: 0, sheet: "工作方案" },
  { command: "plans", argv: ["plans", "F", "--write"], code: 0, sheet: "方案跟踪" },
];

/** Commands that change an existing workbook or write one from it (init and demo only create). */
const CREATE_ONLY = new Set(["init", "demo", "archive"]);

test("the list covers every registered command that writes (--write or --out)", () => {
  const writers = COMMANDS.filter((c) => !CREATE_ONLY.has(c.name) && ("write" in c.options || "out" in c.options)).map((c) => c.name);
  expect([...new Set(WRITES.map((w) => w.command))].sort()).toEqual(writers.sort());
});

maybe("the LibreOffice-saved demo through every write command", () => {
  const dir = mkdtempSync(join(tmpdir(), "kehu-lo-writes-"));
  const saved = join(dir, "lo-saved.xlsx");
  const file = join(dir, "written.xlsx");
  const outputs = new Map<string, string>();
  const codes: { line: string; code: number; err: string[] }[] = [];
  let csv: ReturnType<typeof sheetsAsCsv>;

  beforeAll(async () => {
    const demo = join(dir, "demo.xlsx");
    expect(await main(["demo", "--customers", "40", "--seed", "3", "--out", demo, "--today", TODAY], { out: () => undefined, err: () => undefined })).toBe(0);
    libreOfficeSaved(demo, saved);
    copyFileSync(saved, file);
    for (const w of WRITES) {
      const argv = w.argv.map((a) => {
        if (a === "F") return file;
        if (!a.startsWith("O:")) return a;
        const out = join(dir, `${a.slice(2)}.xlsx`);
        outputs.set(w.argv.join(" "), out);
        return out;
      });
      const err: string[] = [];
      const today = "today" in COMMANDS.find((c) => c.name === w.command)!.options ? ["--today", TODAY] : [];
      const code = await main([...argv, ...today], { out: () => undefined, err: (s) => void err.push(s) });
      codes.push({ line: w.argv.join(" "), code, err });
    }
    csv = sheetsAsCsv([saved, file, ...outputs.values()]);
  }, 400_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("each command writes it without an error", () => {
    expect(codes.map((c) => [c.line, c.code, c.err])).toEqual(WRITES.map((w) => [w.argv.join(" "), w.code, []]));
  });

  test("LibreOffice reads every sheet a command wrote, and the log's own sheets as they were", () => {
    const before = csv.get(saved)!;
    const after = csv.get(file)!;
    const found = WRITES.map((w) => {
      const out = outputs.get(w.argv.join(" "));
      return [w.argv.join(" "), w.sheet, ((out ? csv.get(out)! : after).get(w.sheet)?.length ?? 0) > 1];
    });
    expect(found).toEqual(WRITES.map((w) => [w.argv.join(" "), w.sheet, true]));
    // same customers, in the same order, same columns; only the columns the writes mean to change differ
    const customers = [before.get(customersSheet.name)!, after.get(customersSheet.name)!];
    expect(customers[1].length).toBe(customers[0].length);
    expect(customers[1].map((r) => r[0])).toEqual(customers[0].map((r) => r[0]));
    expect(customers[1][0]).toEqual(customers[0][0]);
    const header = customers[0][0];
    const changing = new Set(["ABC类", "负责客服"].map((h) => header.indexOf(h)));
    const otherwise = (rows: string[][]) => rows.map((r) => r.filter((_, i) => !changing.has(i)).join("|"));
    expect(otherwise(customers[1])).toEqual(otherwise(customers[0]));
    for (const sheet of ["往来帐", "发票", "员工", "设置"]) expect(after.get(sheet)).toEqual(before.get(sheet));
  });

  test("what the writes changed reads back: S003's customers are S004's, drafts are in 工作方案", async () => {
    const [was, now] = [await readLog(await XlsxReader.open(saved)), await readLog(await XlsxReader.open(file))];
    const moved = was.customers.filter((c) => c.record.rep === "S003").map((c) => c.record.code);
    expect(moved.length).toBeGreaterThan(0);
    expect(now.customers.filter((c) => moved.includes(c.record.code)).every((c) => c.record.rep === "S004")).toBe(true);
    expect(now.plans.length).toBeGreaterThan(was.plans.length);
    expect(now.plans.slice(was.plans.length).every((p) => p.record.status === "草拟")).toBe(true);
    expect(now.problems.length).toBe(was.problems.length);
  });
});
