import { logEvent } from "../../../src/app/log-event";
import { setupWorkbook } from "../../../src/app/setup";
import { seededRandom } from "../../../src/domain/ids";
import { utcDate } from "../../../src/domain/time";
import type { Lang } from "../../../src/i18n/lang";
import { OfficeWorkbook } from "../../../src/io/office/office-workbook";
import type { Cell, CellUpdate } from "../../../src/io/port";
import { customersSheet, followUpsSheet } from "../../../src/workbook";
import { rowKey } from "../../../src/workbook/sheet";
import { createExcelFake, type ExcelFake } from "../../support/excel-fake";

/**
 * What Excel refuses (tests/support/excel-fake/guards.ts) reaches the user as one line naming the
 * sheet, in their language, and where the adapter can see it coming, before anything is written.
 */
const NOW = utcDate(2026, 11, 23, 9, 30);
const FOLLOW_UPS = followUpsSheet.name;
const GRADE = customersSheet.columns.find((c) => c.key === "grade")!.header;

async function ready(lang: Lang = "zh"): Promise<{ fake: ExcelFake; port: OfficeWorkbook }> {
  const fake = createExcelFake();
  const port = new OfficeWorkbook(fake.run, lang);
  await setupWorkbook(port);
  const headers = (await port.readHeaders([customersSheet.name]))[customersSheet.name] as string[];
  const rows = [1, 2, 3].map((i): Cell[] => headers.map((h) => (h === "客户编码" ? `C${i}` : h === GRADE ? "A" : h === "客户名称" ? `客户${i}` : null)));
  await port.appendRows(customersSheet.name, rows, headers);
  fake.stats.reset();
  return { fake, port };
}

const log = (port: OfficeWorkbook, i: number) =>
  logEvent(port, "followUps", { customer: "C1", rep: "S001", occurredAt: NOW, description: `第${i}次回访`, gradeAfter: "B", status: "已完成" }, NOW, seededRandom(i));

const snapshot = (fake: ExcelFake, sheet: string) => JSON.stringify(fake.sheet(sheet).snapshot());
const tableRect = (fake: ExcelFake, name: string) => ({ ...fake.table(name).rect });

describe("the Office adapter survives what Excel refuses", () => {
  test("logging on a protected sheet: 工作表受保护, naming the sheet, nothing written; in English too", async () => {
    for (const [lang, text] of [["zh", /工作表“跟进记录”受保护.*撤销工作表保护.*未写入任何内容/], ["en", /The sheet “跟进记录” is protected.*Unprotect.*Nothing was written/]] as const) {
      const { fake, port } = await ready(lang);
      fake.sheet(FOLLOW_UPS).isProtected = true;
      const before = snapshot(fake, FOLLOW_UPS);
      await expect(log(port, 1)).rejects.toThrow(text);
      expect(snapshot(fake, FOLLOW_UPS)).toBe(before);
    }
  });

  test("logging into a filtered table: 请先清除筛选, the filter left as the user set it, nothing written", async () => {
    const { fake, port } = await ready();
    await log(port, 1);
    fake.table(followUpsSheet.table).filtered = true;
    const before = snapshot(fake, FOLLOW_UPS);
    const rect = tableRect(fake, followUpsSheet.table);
    await expect(log(port, 2)).rejects.toThrow(/“跟进记录”的表格正在筛选.*请先清除筛选.*未写入任何内容/);
    expect(snapshot(fake, FOLLOW_UPS)).toBe(before);
    expect(fake.table(followUpsSheet.table).filtered).toBe(true);
    expect(fake.table(followUpsSheet.table).rect).toEqual(rect);
  });

  test("merged cells where the new row goes: refused by name before writing; merged cells further down do not matter", async () => {
    const { fake, port } = await ready();
    await log(port, 1);
    const end = fake.table(followUpsSheet.table).rect;
    // Right under the table (row 3), across the table's first columns.
    fake.merge(FOLLOW_UPS, `A${end.row + end.rows + 1}:C${end.row + end.rows + 1}`);
    const before = snapshot(fake, FOLLOW_UPS);
    await expect(log(port, 2)).rejects.toThrow(/“跟进记录”的表格下方有合并单元格.*取消合并.*未写入任何内容/);
    expect(snapshot(fake, FOLLOW_UPS)).toBe(before);

    const other = await ready();
    await log(other.port, 1);
    other.fake.merge(FOLLOW_UPS, "A40:C40");
    await expect(log(other.port, 2)).resolves.toMatchObject({ ok: true });
  });

  test("a merged cell below that reaches past the table's columns stops the insert: Excel's refusal, said by name", async () => {
    const { fake, port } = await ready();
    await log(port, 1);
    const t = fake.table(followUpsSheet.table).rect;
    // A user's note two rows under the table, merged wider than the table: moving it down would split it.
    fake.put(FOLLOW_UPS, `A${t.row + t.rows + 2}`, [["备注"]]);
    fake.merge(FOLLOW_UPS, `A${t.row + t.rows + 2}:ZZ${t.row + t.rows + 2}`);
    const before = snapshot(fake, FOLLOW_UPS);
    await expect(log(port, 2)).rejects.toThrow(/“跟进记录”的表格下方有合并单元格/);
    expect(snapshot(fake, FOLLOW_UPS)).toBe(before);
  });

  test("updating cells on a protected sheet: refused by name, nothing written", async () => {
    const { fake, port } = await ready("en");
    fake.sheet(customersSheet.name).isProtected = true;
    const before = snapshot(fake, customersSheet.name);
    const update: CellUpdate = { row: 2, key: rowKey(customersSheet, "C1"), header: GRADE, value: "C" };
    await expect(port.updateCells(customersSheet.name, [update])).rejects.toThrow(/The sheet “客户档案” is protected.*Nothing was written/);
    expect(snapshot(fake, customersSheet.name)).toBe(before);
  });

  test("set-up or upgrade over a protected sheet: refused by name before any sheet is touched", async () => {
    const { fake, port } = await ready();
    fake.sheet(customersSheet.name).isProtected = true;
    const before = fake.model.sheets.map((s) => JSON.stringify(s.snapshot()));
    await expect(setupWorkbook(port)).rejects.toThrow(/工作表“客户档案”受保护.*未写入任何内容/);
    expect(fake.model.sheets.map((s) => JSON.stringify(s.snapshot()))).toEqual(before);
  });

  test("a co-author protecting the sheet between the look and the write: Excel's AccessDenied said by name, with a warning to check", async () => {
    const { fake, port } = await ready();
    // The append's first request (the look) sees an open sheet; the next one (the write) finds it protected.
    fake.at(3, () => void (fake.sheet(FOLLOW_UPS).isProtected = true));
    await expect(log(port, 1)).rejects.toThrow(/工作表“跟进记录”受保护.*请检查该工作表/);
  });

  test("set-up stays under the 33,554,000-cell operation limit on every sheet (the overdue mark covers one column)", async () => {
    const fake = createExcelFake();
    await expect(setupWorkbook(new OfficeWorkbook(fake.run))).resolves.toBeDefined();
    const marks = fake.model.sheets.flatMap((s) => s.conditionalFormats);
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.rect.rows * m.rect.columns).toBeLessThanOrEqual(33554000);
  });
});
