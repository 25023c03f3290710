import { dueList, readDueLog } from "../../src/app/due";
import { readLog } from "../../src/app/read-log";
import { setupWorkbook } from "../../src/app/setup";
import { appendRecords } from "../../src/app/write-log";
import { generateDemoLog } from "../../src/demo";
import { utcDate } from "../../src/domain/time";
import { OfficeWorkbook } from "../../src/io/office/office-workbook";
import { followUpsSheet } from "../../src/workbook";
import { createExcelFake, type ExcelFake } from "../support/excel-fake";

/**
 * 今日跟进 reads 跟进记录 for the four columns a due date needs (app/due.ts's readDueLog): one
 * round trip in Excel, a fraction of the answer, and the same due list as a read of everything.
 */
const TODAY = utcDate(2026, 11, 23, 9);

async function demoWorkbook(): Promise<{ fake: ExcelFake; port: OfficeWorkbook }> {
  const fake = createExcelFake();
  const port = new OfficeWorkbook(fake.run);
  await setupWorkbook(port);
  await appendRecords(port, generateDemoLog({ customers: 60, seed: 20260305, today: TODAY }).records);
  fake.stats.reset();
  return { fake, port };
}

const bytes = (fake: ExcelFake) => fake.stats.records.reduce((n, r) => n + r.responseBytes, 0);

describe("the read behind 今日跟进", () => {
  let fake: ExcelFake;
  let port: OfficeWorkbook;
  beforeAll(async () => {
    ({ fake, port } = await demoWorkbook());
  }, 60_000);

  test("one round trip, under half the answer of a whole read, and the same due list", async () => {
    fake.stats.reset();
    const narrow = await readDueLog(port);
    const narrowSyncs = fake.stats.syncs;
    const narrowBytes = bytes(fake);
    fake.stats.reset();
    const whole = await readLog(port, { sheets: ["customers", "followUps", "staff"] });
    const wholeBytes = bytes(fake);
    expect(narrow.followUps.length).toBe(whole.followUps.length);
    expect(narrow.followUps.length).toBeGreaterThan(500);
    expect(narrowSyncs).toBe(1);
    expect(narrowBytes).toBeLessThan(wholeBytes / 2);
    const due = dueList(narrow, TODAY);
    expect(due.length).toBeGreaterThan(0);
    expect(due).toEqual(dueList(whole, TODAY));
    // The records hold what was read, and only that.
    expect(Object.keys(narrow.followUps[0].record).sort()).toEqual(["customer", "gradeAfter", "occurredAt", "serviceType"]);
    expect(narrow.letters.followUps).toEqual({ customer: whole.letters.followUps.customer, occurredAt: whole.letters.followUps.occurredAt, serviceType: whole.letters.followUps.serviceType, gradeAfter: whole.letters.followUps.gradeAfter });
  });

  test("a bad cell in a column read is reported at its real address, as a whole read reports it", async () => {
    const t = fake.table(followUpsSheet.table);
    const column = t.headers().indexOf("发生时间");
    const before = fake.sheet(followUpsSheet.name).value(t.rect.row + 5, t.rect.column + column);
    fake.sheet(followUpsSheet.name).setRaw(t.rect.row + 5, t.rect.column + column, "下周二");
    try {
      const narrow = (await readDueLog(port)).problems.filter((p) => p.sheet === followUpsSheet.name);
      const whole = (await readLog(port, { sheets: ["followUps"] })).problems.filter((p) => p.sheet === followUpsSheet.name && p.header === "发生时间");
      expect(narrow).toHaveLength(1);
      expect(narrow).toEqual(whole);
    } finally {
      fake.sheet(followUpsSheet.name).setRaw(t.rect.row + 5, t.rect.column + column, before);
    }
  });

  test("English headers are found by name too; a header Excel cannot find by name costs one more round trip, not a wrong list", async () => {
    const t = fake.table(followUpsSheet.table);
    const whole = dueList(await readLog(port, { sheets: ["customers", "followUps", "staff"] }), TODAY);
    const sheet = fake.sheet(followUpsSheet.name);
    const at = (h: string) => t.rect.column + t.headers().indexOf(h);
    const [code, grade] = [at("客户编码"), at("跟进后等级")];
    sheet.setRaw(t.rect.row, code, "Customer code");
    fake.stats.reset();
    expect(dueList(await readDueLog(port), TODAY)).toEqual(whole);
    expect(fake.stats.syncs).toBe(1);
    sheet.setRaw(t.rect.row, grade, "跟进后等级 ");
    fake.stats.reset();
    expect(dueList(await readDueLog(port), TODAY)).toEqual(whole);
    expect(fake.stats.syncs).toBe(2);
    sheet.setRaw(t.rect.row, code, "客户编码");
    sheet.setRaw(t.rect.row, grade, "跟进后等级");
  });
});
