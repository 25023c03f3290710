import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { readLog } from "../../src/app/read-log";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { buildAuditFixture } from "../fixtures/audit/fixture";
import { workbookOf } from "../fixtures/audit/workbook";

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out, err };
}

/** The fixture's 员工: S01–S03 active, S04 (赵磊) has left; P25's rep is S04, P26's is S09 (not listed), C11's is "s02". */
describe("reps who left", () => {
  let dir: string;
  let file: string;
  const fixture = buildAuditFixture();

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kehu-reps-"));
    file = path.join(dir, "reps.xlsx");
    await (await workbookOf(fixture.log)).save(file, { overwrite: true });
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("check warns once per rep that left or is unknown, naming the 负责客服 cells, and keeps exit 0", async () => {
    const json = await run(["check", file, "--json"]);
    expect(json.code).toBe(0);
    const { repWarnings } = JSON.parse(json.out[0]);
    const row = (code: string) => fixture.log.customers.find((c) => c.record.code === code)!.row;
    expect(repWarnings.map((w: { rep: string; standing: string; customers: string[] }) => [w.rep, w.standing, w.customers])).toEqual([
      ["S04", "inactive", ["P25"]],
      ["S09", "unknown", ["P26"]],
    ]);
    expect(repWarnings[0].cells).toEqual([expect.stringMatching(new RegExp(`^客户档案![A-Z]+${row("P25")}$`))]);
    const text = await run(["check", file]);
    expect(text.code).toBe(0);
    expect(text.out.filter((l) => l.startsWith("提示 ") && l.includes("负责客服"))).toEqual([
      expect.stringContaining("赵磊（S04）已不在职，仍是 1 位客户的负责客服（P25"),
      expect.stringContaining("员工表中没有工号“S09”"),
    ]);
    // in English too, naming the same cells
    const en = await run(["check", file, "--lang", "en", "--json"]);
    expect(en.code).toBe(0);
    const english = JSON.parse(en.out[0]).repWarnings as { message: string; cells: string[] }[];
    expect(english.map((w) => w.message)).toEqual([
      `赵磊 (S04) no longer works here but is the rep of 1 customer (P25, from ${repWarnings[0].cells[0]}); hand them over with kehu handover --rep S04 --to <ID>`,
      `"S09" is not on the Staff sheet but is the rep of 1 customer (P26, from ${repWarnings[1].cells[0]}); hand them over with kehu handover --rep S09 --to <ID>`,
    ]);
  });

  it("due --rep matches IDs ignoring case, and says so for an ID nobody has (exit 2)", async () => {
    const upper = await run(["due", file, "--rep", "S02", "--today", "2026-11-23", "--json"]);
    const lower = await run(["due", file, "--rep", "s02", "--today", "2026-11-23", "--json"]);
    expect(upper.code).toBe(0);
    const a = JSON.parse(upper.out[0]);
    const b = JSON.parse(lower.out[0]);
    expect(b.customers).toBe(a.customers);
    expect(a.customers).toBe(fixture.log.customers.filter((c) => c.record.rep.toUpperCase() === "S02").length);
    expect(b.due).toEqual(a.due);
    const unknown = await run(["due", file, "--rep", "S77", "--today", "2026-11-23"]);
    expect(unknown.code).toBe(2);
    expect(unknown.out).toEqual([]);
    expect(unknown.err).toHaveLength(1);
    expect(unknown.err[0]).toContain("员工表中没有工号“S77”");
  });

  it("every --rep matches IDs ignoring case: receivables, report, plans and due answer s02 as they answer S02, and not with zeros", async () => {
    const asked = async (rep: string, ...line: string[]) => {
      const r = await run([...line, "--rep", rep, "--today", "2026-11-23", "--json"]);
      expect([line[0], rep, r.code]).toEqual([line[0], rep, 0]);
      const { rep: _rep, ...rest } = JSON.parse(r.out[0]);
      return rest;
    };
    for (const line of [["receivables", file], ["report", "monthly", file], ["plans", file], ["due", file]]) {
      const upper = await asked("S02", ...line);
      expect([line[0], await asked("s02", ...line)]).toEqual([line[0], upper]);
      expect([line[0], await asked(" S02 ", ...line)]).toEqual([line[0], upper]);
    }
    const receivables = await asked("s02", "receivables", file);
    expect(receivables.customers.length).toBeGreaterThan(0);
    expect(receivables.customers.every((c: { rep: string }) => c.rep.toUpperCase() === "S02")).toBe(true);
    const report = await asked("s02", "report", "monthly", file);
    expect(Object.values(report.total).some((x) => x !== 0)).toBe(true);
  });

  it("a rep 员工 does not list but who still holds customers is answered, not refused (check says to hand them over)", async () => {
    const due = await run(["due", file, "--rep", "S09", "--today", "2026-11-23", "--json"]);
    expect(due.code).toBe(0);
    expect(JSON.parse(due.out[0]).customers).toBe(1);
    const handover = await run(["handover", file, "--rep", "s09", "--today", "2026-11-23", "--json"]);
    expect(handover.code).toBe(0);
    expect(JSON.parse(handover.out[0]).dossiers.map((d: { customer: { record: { code: string } } }) => d.customer.record.code)).toEqual(["P26"]);
  });

  it("handover --to refuses a rep who left or is unknown in one line (exit 2), writing nothing", async () => {
    for (const to of ["S04", "S77"]) {
      const out = path.join(dir, `refused-${to}.xlsx`);
      const r = await run(["handover", file, "--customer", "P02", "--to", to, "--out", out, "--today", "2026-11-23"]);
      expect([to, r.code, r.err.length]).toEqual([to, 2, 1]);
      expect(r.err[0]).toMatch(to === "S04" ? /赵磊（S04）已不在职/ : /员工表中没有工号“S77”/);
      await expect(fs.access(out)).rejects.toThrow();
    }
  });

  it("handover --to takes the ID as 员工 spells it and records the grade in force, not the archive's stale one", async () => {
    const out = path.join(dir, "moved.xlsx");
    // P20's archive says D, its follow-ups graded it C
    const r = await run(["handover", file, "--customer", "P20", "--to", "s01", "--out", out, "--today", "2026-11-23"]);
    expect(r.code).toBe(0);
    const log = await readLog(await XlsxWorkbook.open(out));
    expect(log.customers.find((c) => c.record.code === "P20")!.record.rep).toBe("S01");
    const row = log.followUps.filter((f) => f.record.customer === "P20" && f.record.serviceType === "交接").map((f) => f.record);
    expect(row).toHaveLength(1);
    expect(row[0]).toMatchObject({ rep: "S01", gradeAfter: "C", result: "交接时等级 C" });
  });
});
