import fc from "fast-check";
import { abcThresholds, classifyAbc, checkCuts, positiveAmounts } from "../../src/domain/abc";
import { summarizeAbc } from "../../src/domain/abc-summary";

const RANK = { A: 0, B: 1, C: 2 } as const;

/** The rule stated plainly (classes by cumulative share of sales, largest first), computed the slow, obvious way (exact on integer amounts). */
function reference(amounts: (number | undefined)[], a = 0.7, b = 0.95): (string | undefined)[] {
  const total = amounts.reduce<number>((s, x) => s + (x !== undefined && x > 0 ? x : 0), 0);
  return amounts.map((x) => {
    if (x === undefined) return undefined;
    if (x <= 0) return "C";
    const above = amounts.reduce<number>((s, y) => s + (y !== undefined && y > x ? y : 0), 0);
    const share = above / total;
    return share < a ? "A" : share < b ? "B" : "C";
  });
}

describe("classifyAbc", () => {
  test.each([
    ["the customer that crosses 70% is A", [100, 50, 30, 20], ["A", "A", "B", "B"]],
    ["exactly 70% above is no longer A", [70, 30], ["A", "B"]],
    ["95% above is C", [95, 5], ["A", "C"]],
    ["ties share the better class", [50, 50, 50, 50], ["A", "A", "A", "A"]],
    ["a tie straddling the cut is all A", [65, 10, 10, 10, 5], ["A", "A", "A", "A", "C"]],
    ["zero and negative are C", [10, 0, -5], ["A", "C", "C"]],
    ["blank has no class", [90, undefined, 10], ["A", undefined, "B"]],
    ["only non-positive amounts", [0, -1], ["C", "C"]],
    ["empty", [], []],
  ] as [string, (number | undefined)[], (string | undefined)[]][])("%s", (_name, amounts, expected) => {
    expect(classifyAbc(amounts)).toEqual(expected);
  });

  test("cuts are parameters", () => {
    expect(classifyAbc([50, 30, 20], { a: 0.5, b: 0.8 })).toEqual(["A", "B", "C"]);
    expect(classifyAbc([50, 30, 20], { a: 1, b: 1 })).toEqual(["A", "A", "A"]);
  });

  test("rejects cuts outside (0, 1] or B below A", () => {
    expect(checkCuts({ a: 0.7, b: 0.95 })).toBeUndefined();
    expect(checkCuts({ a: 0, b: 0.95 })).toBeDefined();
    expect(checkCuts({ a: 70, b: 95 })).toBeDefined();
    expect(checkCuts({ a: 0.9, b: 0.8 })).toBeDefined();
    expect(checkCuts({ a: NaN, b: 0.8 })).toBeDefined();
  });

  test("decimal amounts at the boundary are not moved by rounding", () => {
    // 0.1 + 0.2 + … accumulates rounding error in a naive running sum.
    const amounts = [0.7, 0.1, 0.1, 0.1];
    expect(classifyAbc(amounts)).toEqual(["A", "B", "B", "B"]);
  });

  const intAmounts = fc.array(fc.option(fc.integer({ min: -1000, max: 100000 }), { nil: undefined }), { maxLength: 60 });

  test("matches the rule computed the obvious way", () => {
    fc.assert(
      fc.property(intAmounts, fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 99 }), (amounts, ap, extra) => {
        const a = ap / 100;
        const b = Math.min(1, a + extra / 100);
        expect(classifyAbc(amounts, { a, b })).toEqual(reference(amounts, a, b));
      }),
    );
  });

  const amounts = fc.array(fc.option(fc.double({ min: -1e6, max: 1e9, noNaN: true }), { nil: undefined }), { maxLength: 80 });

  test("is independent of the order of the customers", () => {
    const withPermutation = amounts.chain((xs) =>
      fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs.map((_, i) => i), { minLength: xs.length, maxLength: xs.length })),
    );
    fc.assert(
      fc.property(withPermutation, ([xs, permutation]) => {
        const classes = classifyAbc(xs);
        const again = classifyAbc(permutation.map((i) => xs[i]));
        permutation.forEach((i, k) => expect(again[k]).toBe(classes[i]));
      }),
    );
  });

  test("never gives a larger amount a worse class", () => {
    fc.assert(
      fc.property(amounts, (xs) => {
        const classes = classifyAbc(xs);
        for (let i = 0; i < xs.length; i++) {
          for (let j = 0; j < xs.length; j++) {
            const x = xs[i];
            const y = xs[j];
            if (x !== undefined && y !== undefined && x >= y) expect(RANK[classes[i]!]).toBeLessThanOrEqual(RANK[classes[j]!]);
          }
        }
      }),
    );
  });

  test("the A customers' share of sales reaches the A cut, and A plus B reach the B cut", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 80 }), fc.double({ min: 0.05, max: 1, noNaN: true }), (xs, a) => {
        const b = Math.min(1, a + 0.2);
        const classes = classifyAbc(xs, { a, b });
        const total = xs.reduce((s, x) => s + x, 0);
        const share = (set: string) => xs.reduce((s, x, i) => s + (set.includes(classes[i]!) ? x : 0), 0) / total;
        expect(share("A")).toBeGreaterThanOrEqual(a - 1e-12);
        expect(share("AB")).toBeGreaterThanOrEqual(b - 1e-12);
        expect(classes[xs.indexOf(Math.max(...xs))]).toBe("A");
      }),
    );
  });

  test("thresholds: the smallest A and B amounts", () => {
    const t = abcThresholds(positiveAmounts([100, 50, 30, 20, 0, undefined]));
    expect(t).toEqual({ minA: 50, minB: 20, total: 200 });
    expect(abcThresholds(new Float64Array())).toEqual({ minA: Infinity, minB: Infinity, total: 0 });
  });
});

describe("summarizeAbc", () => {
  test("counts, shares and the distance from 20/40/40", () => {
    const amounts = [100, 50, 30, 20, 0, undefined];
    const s = summarizeAbc(classifyAbc(amounts), amounts);
    expect(s.customers).toBe(5);
    expect(s.sales).toBe(200);
    const [a, b, c] = s.rows;
    expect(a).toMatchObject({ abcClass: "A", customers: 2, customerShare: 0.4, sales: 150, salesShare: 0.75, idealShare: 0.2 });
    expect(a.deviation).toBeCloseTo(0.2);
    expect(b).toMatchObject({ abcClass: "B", customers: 2, sales: 50, salesShare: 0.25 });
    expect(c).toMatchObject({ abcClass: "C", customers: 1, sales: 0, salesShare: 0 });
    expect(c.deviation).toBeCloseTo(-0.2);
  });

  test("an empty list gives zero rows, not NaN", () => {
    const s = summarizeAbc([], []);
    expect(s.rows.every((r) => r.customers === 0 && r.customerShare === 0 && r.salesShare === 0)).toBe(true);
  });
});
