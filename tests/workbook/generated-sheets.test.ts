import { readFileSync } from "node:fs";
import path from "node:path";
import { GENERATED_SHEET_NAMES } from "../../src/workbook/generated-sheets";
import { SHEETS } from "../../src/workbook";
import { ABC_SHEET } from "../../src/app/abc-report";
import { AUDIT_SHEET } from "../../src/app/audit-report";
import { HANDOVER_SHEET } from "../../src/app/handover";
import { PLAN_TRACKING_SHEET } from "../../src/app/plans";
import { RECEIVABLES_SHEET } from "../../src/app/receivables";
import { REPORT_TITLES, reportSheetName } from "../../src/app/report";
import { ROUTES_SHEET } from "../../src/app/routes";
import { statementSheet } from "../../src/app/statement";
import { monthOf } from "../../src/domain/periods";
import { utcDate } from "../../src/domain/time";
import type { Customer } from "../../src/domain/log";

const README = readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");

/** The first column of the README's table of generated sheets, each cell cut to its names (日清表 / 周报 / 月报 + day → 日清表, 周报, 月报). */
function readmeGeneratedSheets(): string[] {
  const lines = README.split("\n");
  const head = lines.findIndex((l) => /^\| generated sheet \|/.test(l));
  expect(head).toBeGreaterThan(0);
  const rows: string[] = [];
  for (let i = head + 2; i < lines.length && lines[i].startsWith("|"); i++) rows.push(lines[i].split("|")[1].trim());
  return rows.flatMap((cell) => cell.split("+")[0].split("/").map((name) => name.trim()));
}

describe("the generated sheets (src/workbook/generated-sheets.ts)", () => {
  it("are the sheets the README's table lists, no more and no fewer; 今日跟进 is a panel, not a sheet", () => {
    expect(readmeGeneratedSheets().sort()).toEqual([...GENERATED_SHEET_NAMES].sort());
    expect(README).toMatch(/今日跟进 is a\s+task-pane panel/);
  });

  it("name every sheet a use case writes", () => {
    const written = [ROUTES_SHEET, AUDIT_SHEET, HANDOVER_SHEET, ABC_SHEET, RECEIVABLES_SHEET, PLAN_TRACKING_SHEET, ...Object.values(REPORT_TITLES)];
    expect(written.filter((name) => !GENERATED_SHEET_NAMES.includes(name))).toEqual([]);
    expect(reportSheetName("monthly", monthOf(utcDate(2026, 11, 23)), "S1")).toBe("月报 2026-11 S1");
    const statement = statementSheet({ customer: "KH1", fromDay: 0, toDay: 0, openingCents: 0, lines: [], debitCents: 0, creditCents: 0, closingCents: 0 }, { code: "KH1", name: "甲" } as Customer, undefined);
    expect(GENERATED_SHEET_NAMES).toContain(statement.sheet);
  });

  it("never take the name of a log sheet, nor one another's", () => {
    const logNames = new Set(SHEETS.map((s) => s.name));
    expect(GENERATED_SHEET_NAMES.filter((n) => logNames.has(n))).toEqual([]);
    expect(new Set(GENERATED_SHEET_NAMES).size).toBe(GENERATED_SHEET_NAMES.length);
  });
});
