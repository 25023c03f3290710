import { readFileSync } from "fs";
import { join } from "path";
import { parseTree } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";

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
};

describe("the KH functions within what Excel gives a custom function", () => {
  beforeAll(() => {
    (globalThis as Record<string, unknown>).CustomFunctions = { Error: class {}, ErrorCode: { invalidValue: "#VALUE!" } };
  });
  afterAll(() => {
    delete (globalThis as Record<string, unknown>).CustomFunctions;
  });

  test("KH.DAYSOVERDUE and KH.GRADE are not volatile: with a today argument nothing recalculates them on every edit", () => {
    for (const id of ["DAYSOVERDUE", "GRADE"]) {
      const f = tree.functions.find((x) => x.id === id)!;
      expect((f as { options?: { volatile?: boolean } }).options?.volatile ?? false).toBe(false);
      expect(f.parameters.find((p) => p.name === "today")!.description).toMatch(/Ctrl\+Alt\+F9/);
    }
  });

  test.each(tree.functions.filter((f) => f.id in CALLS).map((f) => [f.id, f] as const))("KH.%s says what an error input does and the most rows it takes, and runs at that size under 5 MB", (id, f) => {
    expect(f.description).toMatch(/错误值.*Excel 不调用本函数/);
    const most = Number(/最多 ([\d,]+) 行/.exec(f.description ?? "")![1].replace(/,/g, ""));
    expect(most).toBeGreaterThanOrEqual(50000);
    const args = CALLS[id](most);
    const exported = (functions as unknown as Record<string, (...a: unknown[]) => unknown[][]>)[tree.associate.find((a) => a.id === id)!.functionName];
    const result = exported(...args);
    expect(result.length).toBeGreaterThan(0);
    const bytes = Buffer.byteLength(JSON.stringify(args)) + Buffer.byteLength(JSON.stringify(result));
    expect(bytes).toBeLessThan(FIVE_MB);
  });
});
