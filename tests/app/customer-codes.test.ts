import { readLog } from "../../src/app/read-log";
import { setupWorkbook } from "../../src/app/setup";
import { appendRecords } from "../../src/app/write-log";
import { generateDemoLog } from "../../src/demo";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { buildDossiers } from "../../src/domain/handover";
import { closestCode, normaliseCode } from "../../src/domain/customer-codes";
import { utcDate } from "../../src/domain/time";
import { formatProblem } from "../../src/workbook/problems";

const TODAY = utcDate(2026, 11, 23);

/** ＫＨ００１６ as an IME in full-width mode types KH0016. */
function fullWidth(code: string): string {
  return code.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** A copy whose rows can be retyped (Dates kept as they are: structuredClone would make them another realm's). */
function copyOf(records: Record<string, Record<string, unknown>[]>): Record<string, Record<string, unknown>[]> {
  return Object.fromEntries(Object.entries(records).map(([k, rows]) => [k, rows.map((r) => ({ ...r }))]));
}

async function logOf(records: Record<string, Record<string, unknown>[]>) {
  const book = XlsxWorkbook.create();
  await setupWorkbook(book);
  await appendRecords(book, records);
  return readLog(book);
}

test("codes compare half-width and trimmed; the closest archive code is the fewest edits away", () => {
  expect(normaliseCode(" ＫＨ００１６　")).toBe("KH0016");
  expect(closestCode("KH0O16", ["KH0001", "KH0016", "KH0160"])).toBe("KH0016");
  expect(closestCode("XYZ", ["KH0001"])).toBeUndefined();
});

test("a customer whose events are typed full-width, spaced or in lower case has the same dossier as the clean copy", async () => {
  const demo = generateDemoLog({ customers: 30, seed: 7, today: TODAY });
  const code = demo.records.customers[15].code as string;
  const clean = await logOf(demo.records);
  const messy = copyOf(demo.records);
  let retyped = 0;
  for (const key of ["transactions", "followUps", "complaints", "invoices", "samples", "returns", "marketSupport"]) {
    for (const r of messy[key] ?? []) {
      if (r.customer !== code) continue;
      r.customer = retyped % 3 === 0 ? fullWidth(code) : retyped % 3 === 1 ? ` ${code} ` : code.toLowerCase();
      retyped++;
    }
  }
  expect(retyped).toBeGreaterThan(10);
  const typed = await logOf(messy);
  expect(typed.problems).toEqual(clean.problems);
  const [a] = buildDossiers(clean, [code], TODAY);
  const [b] = buildDossiers(typed, [code], TODAY);
  expect(b).toEqual(a);
  expect(b.recent.length).toBeGreaterThan(3);
});

test("events for a customer not in 客户档案 are check problems on their cell, with the closest code; no rule sees them", async () => {
  const demo = generateDemoLog({ customers: 30, seed: 7, today: TODAY });
  const records = copyOf(demo.records);
  const real = records.customers[3].code as string;
  const orphan = `${real}X`;
  const planted: string[] = [];
  for (const key of ["transactions", "complaints", "followUps", "invoices"]) {
    const r = records[key].find((x) => x.customer !== real);
    r!.customer = orphan;
    planted.push(key);
  }
  const log = await logOf(records);
  const orphans = log.problems.filter((p) => p.code === "orphanCode");
  expect(orphans).toHaveLength(4);
  for (const p of orphans) {
    expect(p.value).toBe(orphan);
    expect(p.cell).toMatch(/^B\d+$/);
    expect(formatProblem(p)).toContain(`客户编码：“${orphan}”不在客户档案中（是不是 `);
  }
  for (const key of planted) expect((log[key as "followUps"] as readonly { record: { customer: string } }[]).some((r) => r.record.customer === orphan)).toBe(false);
});
