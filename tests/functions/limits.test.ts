import { readFileSync } from "fs";
import { join } from "path";
import { parseTree } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";
import { generateDemoLog } from "../../src/demo";
import { utcDate } from "../../src/domain/time";
import { customersSheet, returnsSheet, transactionsSheet, type SheetSpec } from "../../src/workbook";
import { encodeRecordInSpecOrder } from "../../src/workbook/codec/record";

/**
 * What Excel does around a custom function, as its help must say: an error value in an input
 * range makes Excel return that error without calling the function ("Handle and return errors
 * from your custom function", https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors),
 * and Excel on the web carries about 5 MB of data per call. Each function's help names the most
 * rows it takes; here every function runs at that size and its data stays under 5 MB.
 */
const FILE = join(__dirname, "../../src/functions/functions.ts");
const tree = parseTree(readFileSync(FILE, "utf8"), FILE);
const FIVE_MB = 5 * 1024 * 1024;

const column = <T>(n: number, f: (i: number) => T): T[][] => Array.from({ length: n }, (_, i) => [f(i)]);
const grades = (n: number) => column(n, (i) => "ABCDE"[i % 5]);
const dates = (n: number) => column(n, (i) => 46000 + (i % 300));

/**
 * KH.BALANCE and KH.AGING take whole tables: real ones, from the demo's 往来帐, 退换货 and 客户档案
 * (every column, as KH_Transactions[#All] hands them over), cycled with fresh keys up to n rows.
 */
const demo = generateDemoLog({ customers: 400, seed: 11, today: utcDate(2026, 11, 23) });
function tableOf(spec: SheetSpec, n: number): unknown[][] {
  const records = demo.records[spec.key];
  const rows = Array.from({ length: n }, (_, i) => {
    const r = records[i % records.length];
    const key = spec === customersSheet ? "code" : "id";
    return encodeRecordInSpecOrder(spec, { ...r, [key]: `${String(r[key])}${i >= records.length ? `-${Math.floor(i / records.length)}` : ""}` });
  });
  return [spec.columns.map((c) => c.header), ...rows];
}
const codes = (table: unknown[][], column: number, n: number) => [...new Set(table.slice(1).map((r) => r[column]))].slice(0, n).map((c) => [c]);
const returnsShare = (n: number) => Math.floor(n / 50);
const AS_OF = 46349;

/** Each function's arguments at n rows, with values as long as real ones. */
const CALLS: Record<string, (n: number) => unknown[]> = {
  ABC: (n) => [column(n, (i) => 123456.78 + i)],
  ABCSUMMARY: (n) => [column(n, (i) => 123456.78 + i)],
  CADENCE: (n) => [grades(n)],
  NEXTDUE: (n) => [grades(n), dates(n)],
  DAYSOVERDUE: (n) => [grades(n), dates(n), 46300],
  GRADE: (n) => [dates(n), column(n, (i) => ["明确", "潜在", "无"][i % 3]), 46000],
  ROUTE: (n) => [column(n, (i) => `华东${i % 7}区`), column(n, (i) => 31 + (i % 997) / 1000.123), column(n, (i) => 121 + (i % 991) / 1000.321)],
  ROUTEBYBEARING: (n) => [column(n, (i) => `华东${i % 7}区`), column(n, (i) => `浦东新区${i % 13}片`), column(n, (i) => ["东", "东南", "南", "西南", "西", "西北", "北", "东北", "中"][i % 9])],
  BALANCE: (n) => {
    const tx = tableOf(transactionsSheet, n - returnsShare(n));
    return [codes(tx, 1, 2000), tx, tableOf(returnsSheet, returnsShare(n)), AS_OF];
  },
  AGING: (n) => {
    const customers = tableOf(customersSheet, 2000);
    return [customers.slice(1).map((r) => [r[0]]), customers, tableOf(transactionsSheet, n - returnsShare(n)), tableOf(returnsSheet, returnsShare(n)), AS_OF];
  },
};
/** Functions over whole tables take fewer rows than those over one column. */
const FEWEST: Record<string, number> = { BALANCE: 10000, AGING: 10000 };

describe("the KH functions within what Excel gives a custom function", () => {
  beforeAll(() => {
    (globalThis as Record<string, unknown>).CustomFunctions = { Error: class {}, ErrorCode: { invalidValue: "#VALUE!" } };
  });
  afterAll(() => {
    delete (globalThis as Record<string, unknown>).CustomFunctions;
  });

  test.each([
    ["DAYSOVERDUE", "today"],
    ["GRADE", "today"],
    ["BALANCE", "as_of"],
    ["AGING", "as_of"],
  ])("KH.%s is not volatile: with a %s argument nothing recalculates it on every edit", (id, day) => {
    const f = tree.functions.find((x) => x.id === id)!;
    expect((f as { options?: { volatile?: boolean } }).options?.volatile ?? false).toBe(false);
    expect(f.parameters.find((p) => p.name === day)!.description).toMatch(/Ctrl\+Alt\+F9/);
  });

  test.each(tree.functions.filter((f) => f.id in CALLS).map((f) => [f.id, f] as const))("KH.%s says what an error input does and the most rows it takes, and runs at that size under 5 MB", (id, f) => {
    expect(f.description).toMatch(/错误值.*Excel 不调用本函数/);
    const most = Number(/最多 ([\d,]+) 行/.exec(f.description ?? "")![1].replace(/,/g, ""));
    expect(most).toBeGreaterThanOrEqual(FEWEST[id] ?? 50000);
    const args = CALLS[id](most);
    const exported = (functions as unknown as Record<string, (...a: unknown[]) => unknown[][]>)[tree.associate.find((a) => a.id === id)!.functionName];
    const result = exported(...args);
    expect(result.length).toBeGreaterThan(0);
    // Over real tables, real balances: not all zero, not one #VALUE! for a wrong call.
    if (id in FEWEST) expect(result.flat().some((v) => typeof v === "number" && v > 0)).toBe(true);
    const bytes = Buffer.byteLength(JSON.stringify(args)) + Buffer.byteLength(JSON.stringify(result));
    expect(bytes).toBeLessThan(FIVE_MB);
  });
});
