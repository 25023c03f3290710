import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { auditWorkbook } from "../../src/app/audit";
import { AUDIT_SHEET } from "../../src/app/audit-report";
import { locateCell } from "../../src/app/cell-link";
import { complaintsSheet } from "../../src/workbook";
import { columnLetter } from "../../src/workbook/cell";
import { RULES } from "../../src/domain/audit";
import { buildAuditFixture } from "../fixtures/audit/fixture";
import { workbookOf } from "../fixtures/audit/workbook";

/** The 审计 sheet's rows as plain values (hyperlinks as their text and target). */
function reportRows(book: XlsxWorkbook): unknown[][] {
  const ws = book.book.getWorksheet(AUDIT_SHEET)!;
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

describe("auditWorkbook on an .xlsx built from the planted fixture", () => {
  const fixture = buildAuditFixture();
  let book: XlsxWorkbook;
  let summary: Awaited<ReturnType<typeof auditWorkbook>>;

  beforeAll(async () => {
    book = await workbookOf(fixture.log);
    summary = await auditWorkbook(book, fixture.today);
  });

  it("finds the planted cases through the workbook, at their actual cells", () => {
    const expected = fixture.planted
      .map((p) => {
        const at = locateCell(p.ref, undefined);
        return `${p.rule} ${p.customer} ${at.sheet}!${at.cell}`;
      })
      .sort();
    expect(summary.findings.map((f) => `${f.rule} ${f.customer} ${f.sheet}!${f.cell}`).sort()).toEqual(expected);
    expect(summary.problems).toBe(0);
  });

  it("writes findings linked to their cells, with user text kept as text", () => {
    const rows = reportRows(book);
    const links = rows.flat().filter((v): v is { text: string; hyperlink: string } => typeof v === "object" && v !== null && "hyperlink" in v);
    expect(links).toHaveLength(fixture.planted.length);
    const approval = summary.findings.find((f) => f.rule === "complaint.approval")!;
    const letter = columnLetter(complaintsSheet.columns.findIndex((c) => c.key === "approver"));
    expect(approval.cell).toMatch(new RegExp(`^${letter}\\d+$`));
    expect(links).toContainEqual({ text: `投诉!${approval.cell}`, hyperlink: `#'投诉'!${approval.cell}` });
    const promise = rows.find((r) => r?.[1] === RULES["promise.unkept"].zh)!;
    expect(promise.some((v) => typeof v === "string" && v.includes("“=下月起返利5%”"))).toBe(true);
    expect(rows.flat().some((v) => typeof v === "object" && v !== null && "formula" in v)).toBe(false);
  });

  it("writes the scorecard with one row per rep and the on-time chart block", () => {
    const rows = reportRows(book);
    const header = rows.findIndex((r) => r?.[0] === "工号");
    expect(rows[header + 1]?.[0]).toMatch(/^S0[1-49]$/);
    // S04 has left and S09 is not in 员工, but both still hold customers; C11's "s02" is S02's card;
    // 主管 M02 holds no customer but logged visits, whose feedback is scored
    const reps = rows.slice(header + 1, header + 7).map((r) => r[0]).sort();
    expect(reps).toEqual(["M02", "S01", "S02", "S03", "S04", "S09"]);
    expect(rows.some((r) => r?.[0] === "各客服跟进按时率")).toBe(true);
    expect(summary.reps).toBe(6);
    expect(summary.bySeverity.高 + summary.bySeverity.中 + summary.bySeverity.低).toBe(fixture.planted.length);
  });

  it("replaces the previous 审计 sheet on a second run, in English when asked", async () => {
    const again = await auditWorkbook(book, fixture.today, "en");
    expect(again.findings).toHaveLength(fixture.planted.length);
    expect(book.book.worksheets.filter((w) => w.name === AUDIT_SHEET)).toHaveLength(1);
    const rows = reportRows(book);
    expect(rows[0][0]).toBe("Customer log audit");
    expect(rows.some((r) => r?.includes("Follow-up overdue"))).toBe(true);
  });
});

describe("locateFinding", () => {
  it("uses the column where the sheet actually has it, else the row's id column", () => {
    const letters = { complaints: { id: "B", approver: "AD" } };
    expect(locateCell({ sheet: "complaints", column: "approver", row: 9 }, letters)).toEqual({ sheet: "投诉", cell: "AD9" });
    expect(locateCell({ sheet: "complaints", column: "callbackAt", row: 9 }, letters)).toEqual({ sheet: "投诉", cell: "B9" });
  });
});

describe("user text in the 审计 sheet", () => {
  it("stays text when it looks like a formula", async () => {
    const { LogBuilder } = await import("../fixtures/audit/builder");
    const b = new LogBuilder();
    b.customer({ code: "=1+1", name: "@SUM(A1)", grade: "C", rep: "+S1", createdAt: new Date(Date.UTC(2026, 0, 1)) });
    const book = await workbookOf(b.log);
    const summary = await auditWorkbook(book, new Date(Date.UTC(2026, 10, 23)));
    expect(summary.findings.map((f) => [f.rule, f.customer, f.rep])).toEqual([["cadence.lapse", "=1+1", "+S1"]]);
    const row = reportRows(book).find((r) => r?.[2] === "=1+1")!;
    expect(row[3]).toBe("+S1");
    const ws = book.book.getWorksheet(AUDIT_SHEET)!;
    let formulas = 0;
    ws.eachRow((r) => r.eachCell((c) => void (c.type === 6 /* ValueType.Formula */ && formulas++)));
    expect(formulas).toBe(0);
  });
});
