import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { setupWorkbook } from "../../src/app/setup";
import { readLog } from "../../src/app/read-log";
import { logEvent } from "../../src/app/log-event";
import { seededRandom } from "../../src/domain/ids";
import { utcDate } from "../../src/domain/time";
import { complaintsSheet, customersSheet, SHEETS, staffSheet } from "../../src/workbook";
import { WorkbookFileError } from "../../src/io/xlsx/file-errors";

const dir = mkdtempSync(join(tmpdir(), "kehu-xlsx-"));
const now = utcDate(2026, 11, 23, 9, 30);

async function freshWorkbook(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await setupWorkbook(wb);
  return wb;
}

describe("XlsxWorkbook", () => {
  test("set-up creates every sheet with its table and headers, and a second set-up changes nothing", async () => {
    const wb = await freshWorkbook();
    expect(await wb.sheetNames()).toEqual(SHEETS.map((s) => s.name));
    const headers = await wb.readHeaders([complaintsSheet.name]);
    expect(headers[complaintsSheet.name]).toEqual(complaintsSheet.columns.map((c) => c.header));
    expect(await setupWorkbook(wb)).toEqual([]);
  });

  test("a logged event survives a save and reopen, typed as it went in", async () => {
    const wb = await freshWorkbook();
    const result = await logEvent(
      wb,
      "complaints",
      { customer: "C001", rep: "S001", occurredAt: utcDate(2026, 11, 20, 14, 5), description: "=1+1 包装破损", complaintKind: "产品质量", status: "处理中", remedy: "换货" },
      now,
      seededRandom(1),
    );
    expect(result.ok).toBe(true);
    const file = join(dir, "log.xlsx");
    await wb.save(file, { overwrite: true });
    const again = await XlsxWorkbook.open(file);
    const log = await readLog(again);
    expect(log.problems).toEqual([]);
    expect(log.complaints).toHaveLength(1);
    const { row, record } = log.complaints[0];
    expect(row).toBe(2);
    expect(record.description).toBe("=1+1 包装破损");
    expect(record.occurredAt).toEqual(utcDate(2026, 11, 20, 14, 5));
    expect(record.remedy).toBe("换货");
    expect(record.id).toMatch(/^TS261123-[0-9A-Z]{8}$/);
  });

  test("an invalid record is refused with a cell-addressed problem and nothing is written", async () => {
    const wb = await freshWorkbook();
    const result = await logEvent(wb, "complaints", { customer: "C001", rep: "S001", occurredAt: now, description: "x", complaintKind: "产品质量", status: "处理中", remedy: "退钱" }, now, seededRandom(2));
    expect(result.ok).toBe(false);
    const log = await readLog(wb);
    expect(log.complaints).toHaveLength(0);
  });

  test("upgrade keeps user columns and rows, and adds the missing columns at the end", async () => {
    const wb = XlsxWorkbook.create();
    const ws = wb.book.addWorksheet(customersSheet.name);
    ws.addRow(["客户编码", "我的备注", "客户名称", "客户等级", "负责客服"]);
    ws.addRow(["C001", "老客户", "北京华信商贸有限公司", "a", "S001"]);
    ws.addRow(["C002", "=SUM(A1)", "上海东升贸易有限公司", "Ｂ", "S002"]);
    const changes = await setupWorkbook(wb);
    expect(changes.find((c) => c.sheet === customersSheet.name)?.addedColumns).toContain("ABC类");
    const tables = await wb.readTables([customersSheet.name]);
    const t = tables[customersSheet.name]!;
    expect(t.headers.slice(0, 5)).toEqual(["客户编码", "我的备注", "客户名称", "客户等级", "负责客服"]);
    expect(t.rows.map((r) => r[1])).toEqual(["老客户", "=SUM(A1)"]);
    const log = await readLog(wb);
    expect(log.customers.map((c) => c.record.grade)).toEqual(["A", "B"]);
    expect(await setupWorkbook(wb)).toEqual([]);
  });

  test("upgrading an 员工 sheet without 职务 adds it at the end and keeps the user's column and 上级", async () => {
    const wb = XlsxWorkbook.create();
    const ws = wb.book.addWorksheet(staffSheet.name);
    ws.addRow(["工号", "姓名", "我的备注", "上级"]);
    ws.addRow(["S002", "李强", "夜班", "S001"]);
    const changes = await setupWorkbook(wb);
    expect(changes.find((c) => c.sheet === staffSheet.name)?.addedColumns).toContain("职务");
    const t = (await wb.readTables([staffSheet.name]))[staffSheet.name]!;
    expect(t.headers.slice(0, 4)).toEqual(["工号", "姓名", "我的备注", "上级"]);
    const log = await readLog(wb);
    expect(log.staff.map((s) => [s.record.manager, s.record.role])).toEqual([["S001", undefined]]);
    expect(t.rows[0][2]).toBe("夜班");
  });

  test("missing, corrupt and existing files give clear errors", async () => {
    await expect(XlsxWorkbook.open(join(dir, "nope.xlsx"))).rejects.toMatchObject({ problem: "missing" });
    const bad = join(dir, "bad.xlsx");
    writeFileSync(bad, "not a zip");
    await expect(XlsxWorkbook.open(bad)).rejects.toBeInstanceOf(WorkbookFileError);
    await expect(XlsxWorkbook.open(bad)).rejects.toMatchObject({ problem: "corrupt" });
    const wb = await freshWorkbook();
    await expect(wb.save(bad, { overwrite: false })).rejects.toMatchObject({ problem: "exists" });
  });
});
