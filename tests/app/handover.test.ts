import { handOver, writeHandover, reassignCustomers, HANDOVER_SHEET } from "../../src/app/handover";
import { readLog } from "../../src/app/read-log";
import { buildDossiers } from "../../src/domain/handover";
import type { WorkbookPort } from "../../src/io/port";
import { audit } from "../../src/domain/audit";
import { seededRandom } from "../../src/domain/ids";
import { utcDate } from "../../src/domain/time";
import { buildAuditFixture } from "../fixtures/audit/fixture";
import { workbookOf } from "../fixtures/audit/workbook";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import type { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";

function sheetTexts(book: XlsxWorkbook, name: string): string[][] {
  const ws = book.book.getWorksheet(name)!;
  const rows: string[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v && typeof v === "object" && "text" in v ? String((v as { text: string }).text) : String(v ?? "")))));
  return rows;
}

describe("handover through a workbook", () => {
  const fixture = buildAuditFixture();
  const today = fixture.today;

  it("writes one dossier per customer of the rep, with links into the log", async () => {
    const book = await workbookOf(fixture.log);
    const { dossiers } = await writeHandover(book, { rep: "S03" }, today);
    const codes = fixture.log.customers.filter((c) => c.record.rep === "S03").map((c) => c.record.code);
    expect(dossiers.map((d) => d.customer.record.code)).toEqual(codes);
    const rows = sheetTexts(book, HANDOVER_SHEET);
    for (const code of codes) expect(rows.some((r) => r[0].startsWith(`${code} `) && r[0].endsWith("基本资料"))).toBe(true);
    // P09's complaint is closed; P08's is open: it is listed with a link to its status cell.
    const open = rows.find((r) => r[0] === "投诉" && r[4].startsWith("投诉!"));
    expect(open).toBeDefined();
    const ws = book.book.getWorksheet(HANDOVER_SHEET)!;
    let links = 0;
    ws.eachRow((row) => row.eachCell((c) => void (c.hyperlink?.startsWith("#'") && links++)));
    expect(links).toBeGreaterThan(codes.length);
  });

  it("reassigns customers: 负责客服 changes, a 交接 row records it, and a lapse that began before it stays with the old rep", async () => {
    const book = await workbookOf(fixture.log);
    const now = utcDate(2026, 11, 23, 9, 30);
    const result = await reassignCustomers(book, ["P02", "C01", "NOPE", "P01"], "S03", now, seededRandom(7));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.moved.map((m) => [m.customer, m.from])).toEqual([
      ["P02", "S01"],
      ["C01", "S01"],
    ]);
    expect(result.unchanged).toEqual(["P01"]);
    expect(result.unknown).toEqual(["NOPE"]);

    const log = await readLog(book);
    expect(log.problems).toEqual([]);
    const rep = (code: string) => log.customers.find((c) => c.record.code === code)!.record.rep;
    expect([rep("P02"), rep("C01"), rep("P01")]).toEqual(["S03", "S03", "S03"]);
    const rows = log.followUps.filter((f) => f.record.serviceType === "交接" && f.record.occurredAt.getTime() === now.getTime());
    expect(rows.map((r) => [r.row, r.record.customer, r.record.rep, r.record.gradeAfter])).toEqual([
      [result.moved[0].followUpRow, "P02", "S03", "C"],
      [result.moved[1].followUpRow, "C01", "S03", "B"],
    ]);
    expect(rows[0].record.description).toContain("S01");

    // The handover rows themselves break no rule; P02's overdue follow-up is now S03's.
    const after = audit(log, utcDate(2026, 11, 23)).findings;
    expect(after.map((f) => `${f.rule} ${f.customer}`).sort()).toEqual(fixture.planted.map((p) => `${p.rule} ${p.customer}`).sort());
    // P02 fell overdue on 11-04, before today's handover: the lapse stays with S01, who had it then
    expect(after.find((f) => f.customer === "P02")!.rep).toBe("S01");

    const again = await reassignCustomers(book, ["P02"], "S03", now, seededRandom(8));
    expect(again).toEqual({ ok: true, moved: [], unchanged: ["P02"], unknown: [], log: expect.anything() });
  });
});

describe("kehu handover", () => {
  const fixture = buildAuditFixture();

  async function run(argv: string[]) {
    const { main } = await import("../../src/cli/main");
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
    return { code, out, err };
  }

  it("writes the dossiers to --out, reassigns with --to, and leaves the source file alone", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kehu-handover-"));
    try {
      const src = path.join(dir, "src.xlsx");
      const dst = path.join(dir, "dst.xlsx");
      await (await workbookOf(fixture.log)).save(src, { overwrite: true });
      const before = await fs.readFile(src);
      // A rep not in 员工 is refused: one line naming the sheet, the field and what to type.
      const refused = await run(["handover", src, "--rep", "S01", "--to", "S09", "--out", dst, "--today", "2026-11-23"]);
      expect(refused.code).not.toBe(0);
      expect(refused.err.join("\n")).toMatch(/员工.*工号.*S09.*在职员工/);
      await expect(fs.access(dst)).rejects.toThrow();
      const r = await run(["handover", src, "--rep", "S01", "--to", "S02", "--out", dst, "--today", "2026-11-23"]);
      expect(r.err).toEqual([]);
      expect(r.code).toBe(0);
      const s01 = fixture.log.customers.filter((c) => c.record.rep === "S01").map((c) => c.record.code);
      expect(r.out.filter((l) => l.includes("→ S02"))).toHaveLength(s01.length);
      expect(await fs.readFile(src)).toEqual(before);
      const { XlsxWorkbook } = await import("../../src/io/xlsx/xlsx-workbook");
      const book = await XlsxWorkbook.open(dst);
      const log = await readLog(book);
      const s02 = fixture.log.customers.filter((c) => c.record.rep === "S02").map((c) => c.record.code);
      expect(log.customers.filter((c) => c.record.rep === "S02").map((c) => c.record.code).sort()).toEqual([...s01, ...s02].sort());
      expect(sheetTexts(book, HANDOVER_SHEET)[1][0]).toContain("负责客服 S01");

      const usage = await run(["handover", src, "--to", "S09"]);
      expect(usage.code).toBe(2);
      const noSave = await run(["handover", src, "--customer", "P01", "--to", "S09"]);
      expect(noSave.code).toBe(2);
      const json = await run(["handover", src, "--customer", "P01,C01", "--json", "--today", "2026-11-23"]);
      expect(JSON.parse(json.out.join("")).dossiers.map((d: { customer: { record: { code: string } } }) => d.customer.record.code)).toEqual(["P01", "C01"]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe("handOver (the task pane's action)", () => {
  it("moves the customers, then writes dossiers that show the handover, and names unknown codes", async () => {
    const fixture = buildAuditFixture();
    const book = await workbookOf(fixture.log);
    const now = utcDate(2026, 11, 22, 15, 0);
    const done = await handOver(book, { customers: ["P02", "ZZZ"] }, fixture.today, { to: "S02", now, random: seededRandom(1) });
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.outcome.moved.map((m) => [m.customer, m.from, m.to])).toEqual([["P02", "S01", "S02"]]);
    expect(done.outcome.unknown).toEqual(["ZZZ"]);
    const [dossier] = done.outcome.dossiers;
    expect(dossier.customer.record.rep).toBe("S02");
    expect(dossier.reps.map((p) => [p.rep, p.handedOver])).toEqual([
      ["S01", false],
      ["S02", true],
    ]);
    expect(dossier.recent[0].serviceType).toBe("交接");
  });

  it("reads the log once, and its dossiers equal those of a fresh read of the changed workbook", async () => {
    const fixture = buildAuditFixture();
    const book = await workbookOf(fixture.log);
    const reads: string[][] = [];
    const counting: WorkbookPort = Object.assign(Object.create(book) as WorkbookPort, {
      readTables: (sheets: readonly string[]) => {
        reads.push([...sheets]);
        return book.readTables(sheets);
      },
    });
    const now = utcDate(2026, 11, 22, 15, 0);
    const done = await handOver(counting, { rep: "S01" }, fixture.today, { to: "S02", now, random: seededRandom(3) });
    if (!done.ok) throw new Error(JSON.stringify(done.problems));
    expect(reads).toHaveLength(1);
    expect(done.outcome.moved.length).toBeGreaterThan(1);
    const fresh = await readLog(book);
    const codes = done.outcome.dossiers.map((d) => d.customer.record.code);
    expect(JSON.stringify(done.outcome.dossiers)).toBe(JSON.stringify(buildDossiers(fresh, codes, fixture.today)));
  });
});
