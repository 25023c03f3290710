import { readFileSync } from "fs";
import { join } from "path";
import { parseTree } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";

const FILE = join(__dirname, "../../src/functions/functions.ts");

describe("functions.ts metadata (as custom-functions-metadata-plugin generates it)", () => {
  const tree = parseTree(readFileSync(FILE, "utf8"), FILE);

  test("parses without errors", () => {
    expect(tree.extras.flatMap((e) => e.errors)).toEqual([]);
  });

  test("the KH functions, ids ASCII and unique", () => {
    const ids = tree.functions.map((f) => f.id);
    expect(ids).toEqual(["ABC", "ABCSUMMARY", "CADENCE", "NEXTDUE", "DAYSOVERDUE", "GRADE", "ROUTE", "ROUTEBYBEARING", "BALANCE", "AGING"]);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9._]+$/);
  });

  test("every associated function is exported by the module", () => {
    for (const a of tree.associate) expect(typeof (functions as Record<string, unknown>)[a.functionName]).toBe("function");
    expect(tree.associate).toHaveLength(tree.functions.length);
  });

  test("descriptions in Chinese; no repeating parameter; ranges are matrices; results are matrices", () => {
    for (const f of tree.functions) {
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      expect(f.result?.dimensionality).toBe("matrix");
      for (const p of f.parameters) {
        expect(p.repeating).toBeFalsy();
        expect(p.description).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    const route = tree.functions.find((f) => f.id === "ROUTE")!;
    expect(route.parameters.map((p) => p.name)).toEqual(["areas", "latitudes", "longitudes", "max_stops", "depot_lat", "depot_lng"]);
    expect(route.parameters.slice(0, 3).every((p) => p.dimensionality === "matrix")).toBe(true);
  });
});

describe("functions.ts turns adapter errors into CustomFunctions.Error", () => {
  class FakeError {
    constructor(
      readonly code: string,
      readonly message: string,
    ) {}
  }
  beforeAll(() => {
    (globalThis as Record<string, unknown>).CustomFunctions = { Error: FakeError, ErrorCode: { invalidValue: "#VALUE!" } };
  });
  afterAll(() => {
    delete (globalThis as Record<string, unknown>).CustomFunctions;
  });

  test("a wrong cell becomes that cell's #VALUE!", () => {
    const out = functions.abc([[90], ["很多"], [10]]);
    expect(out[0][0]).toBe("A");
    expect(out[1][0]).toEqual(new FakeError("#VALUE!", "金额“很多”不是数字"));
    expect(out[2][0]).toBe("B");
  });

  test("a wrong call throws one #VALUE!", () => {
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return undefined;
    };
    expect(thrown(() => functions.abc([[1, 2], [3, 4]]))).toEqual(new FakeError("#VALUE!", "销售额必须是一列或一行"));
    expect(thrown(() => functions.cadence([["A"]], [["A"]]))).toEqual(new FakeError("#VALUE!", "跟进周期表必须是两列（等级、天数）的区域"));
  });

  test("today defaults to the clock at the edge", () => {
    const out = functions.daysOverdue([["A"]], [[25569 + 1]]);
    expect(typeof out[0][0]).toBe("number");
    expect(out[0][0]).toBeGreaterThan(20000);
  });
});
