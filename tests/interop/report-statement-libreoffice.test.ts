/**
 * A written 对账单 and a written 月报, read back by LibreOffice (headless, to CSV as displayed): the
 * figures another program sees are the ones computed from the log (domain/receivables statement,
 * domain/report-figures), and text that looks like a formula stays that text.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { FIGURE_LABELS } from "../../src/app/report";
import { monthOf } from "../../src/domain/periods";
import { customerStatement, fromCents } from "../../src/domain/receivables";
import { ACTIVITY_FIGURES, periodReport } from "../../src/domain/report-figures";
import { utcDate } from "../../src/domain/time";
import { LogBuilder } from "../fixtures/audit/builder";
import { workbookOf } from "../fixtures/audit/workbook";
import { sheetsAsCsv, sofficeAvailable } from "../support/soffice";

const hasSoffice = sofficeAvailable();
if (!hasSoffice) console.log("skipped: LibreOffice (soffice) is not installed here; CI installs it and runs this test");
const maybe = hasSoffice ? describe : describe.skip;

/** A number as LibreOffice displays it under ¥#,##0.00 or 0: ¥10,000.00 → 10000. */
const shown = (text: string | undefined) => Number((text ?? "").replace(/[¥,\s]/g, ""));

maybe("a statement and a report, read back by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "kehu-lo-reports-"));
  const log = join(dir, "log.xlsx");
  const statement = join(dir, "statement.xlsx");
  const quiet = { out: () => undefined, err: (s: string) => console.error(s) };
  const d = (m: number, day: number) => utcDate(2026, m, day, 10);
  const b = new LogBuilder();
  b.customer({ code: "K1", name: "甲公司", grade: "B", rep: "S1", paymentTerms: "月结30天", createdAt: utcDate(2026, 11, 2) });
  b.customer({ code: "K2", name: "乙公司", grade: "A", rep: "S2", lastFollowUp: utcDate(2026, 9, 1) });
  b.shipment("K1", "S1", d(7, 10), 10000, { docNo: "FH001" });
  b.payment("K1", "S1", d(8, 26), 6000, { docNo: "=HK(1)", description: "=1+1 转账" });
  b.shipment("K1", "S1", d(9, 3), 2500.5);
  b.returnRecord("K1", "S1", d(9, 20), { mode: "退货", returnStatus: "已退款", amount: 300, originalOrder: "FH001" });
  b.followUp("K1", "S1", d(11, 3));
  b.followUp("K1", "S1", d(11, 20), { promise: "送样", promiseDue: utcDate(2026, 11, 25) });
  b.order("K1", "S1", d(11, 4), 1200.5);
  b.order("K1", "S1", d(10, 4), 1000);
  b.payment("K1", "S1", d(11, 28), 800.25);
  b.complaint("K2", "S2", d(11, 5));
  b.sample("K1", "S1", d(11, 6), 300);
  b.marketSupport("K2", "S2", d(11, 7), { cost: 2000 });
  let csv: ReturnType<typeof sheetsAsCsv>;

  beforeAll(async () => {
    await (await workbookOf(b.log)).save(log, { overwrite: true });
    expect(await main(["statement", log, "--customer", "K1", "--from", "2026-08-01", "--to", "2026-10-31", "--out", statement], quiet)).toBe(0);
    expect(await main(["report", "monthly", log, "--date", "2026-11-15", "--write"], quiet)).toBe(0);
    csv = sheetsAsCsv([statement, log]);
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the statement's opening, movements, totals and closing are the ones computed from the log", () => {
    const rows = csv.get(statement)!.get("对账单")!;
    const expected = customerStatement(b.log, "K1", utcDate(2026, 8, 1), utcDate(2026, 10, 31));
    const header = rows.findIndex((r) => r[0] === "日期" && r[5] === "余额");
    const body = rows.slice(header + 1).filter((r) => r[2]);
    const byLabel = (label: string) => body.find((r) => r[2] === label)!;
    expect(shown(byLabel("期初余额")[5])).toBe(fromCents(expected.openingCents));
    expect(shown(byLabel("期末余额")[5])).toBe(fromCents(expected.closingCents));
    expect([shown(byLabel("本期合计")[3]), shown(byLabel("本期合计")[4])]).toEqual([fromCents(expected.debitCents), fromCents(expected.creditCents)]);
    // each movement: its day as a date, its amount on its side, the balance after it
    const lines = body.slice(1, 1 + expected.lines.length);
    expect(lines.map((r) => [r[0], shown(r[3] || "0") - shown(r[4] || "0"), shown(r[5])])).toEqual(
      expected.lines.map((l) => [new Date(l.movement.at).toISOString().slice(0, 10), fromCents(l.movement.debit ? l.movement.cents : -l.movement.cents), fromCents(l.balanceCents)]),
    );
    expect(lines[0].slice(1, 3)).toEqual(["=HK(1)", "回款：=1+1 转账"]);
    expect(rows.some((r) => r[0].startsWith("客户确认（盖章）"))).toBe(true);
  });

  it("the report's figures for the month and the month before are the ones computed from the log", () => {
    const rows = csv.get(log)!.get("月报 2026-11")!;
    expect(rows[0][0]).toContain("月报");
    const report = periodReport(b.log, monthOf(utcDate(2026, 11, 15)));
    for (const k of ACTIVITY_FIGURES) {
      const row = rows.find((r) => r[0] === FIGURE_LABELS[k].zh)!;
      expect([k, shown(row[1]), shown(row[2])]).toEqual([k, report.figures.total[k], report.previous.total[k]]);
    }
    // the customers due and the open items are listed under their headings
    expect(rows.some((r) => r[0] === "K2")).toBe(true);
    expect(rows.filter((r) => /^\S+第\d+行$/.test(r[0])).length).toBe(report.details.open.length);
  });
});
