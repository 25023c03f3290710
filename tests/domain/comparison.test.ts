import { basePeriod, compareFigures, comparisonTitle, growthText, hasBase, ratioGrowthText, ratioText } from "../../src/domain/comparison";
import { dayOf, dayRange, lastFullMonths, monthOf, periodLabel, periodOfDays, previousPeriod, quarterOf, calendarYear, weekOf, yearEarlier } from "../../src/domain/periods";
import { isoDate, utcDate } from "../../src/domain/time";

const days = (p: { from: Date; to: Date }) => [isoDate(p.from), isoDate(p.to)];

describe("periods a comparison needs", () => {
  it("the week is Monday to Sunday and labels its ISO week; a day is itself", () => {
    expect(days(weekOf(utcDate(2026, 11, 25)))).toEqual(["2026-11-23", "2026-11-29"]);
    expect(days(weekOf(utcDate(2026, 11, 29)))).toEqual(["2026-11-23", "2026-11-29"]);
    expect(periodLabel(weekOf(utcDate(2026, 11, 25)))).toBe("2026年第48周（11-23 至 11-29）");
    expect(periodLabel(weekOf(utcDate(2026, 11, 25)), "en")).toBe("2026 week 48 (11-23 to 11-29)");
    expect(days(weekOf(utcDate(2027, 1, 1)))).toEqual(["2026-12-28", "2027-01-03"]);
    expect(periodLabel(dayOf(utcDate(2026, 11, 25)))).toBe("2026-11-25");
  });

  it.each([
    ["day", dayOf(utcDate(2026, 3, 1)), ["2026-02-28", "2026-02-28"], ["2025-03-01", "2025-03-01"]],
    ["week", weekOf(utcDate(2026, 1, 1)), ["2025-12-22", "2025-12-28"], ["2024-12-30", "2025-01-05"]],
    ["month", monthOf(utcDate(2026, 3, 31)), ["2026-02-01", "2026-02-28"], ["2025-03-01", "2025-03-31"]],
    ["quarter", quarterOf(utcDate(2026, 1, 15)), ["2025-10-01", "2025-12-31"], ["2025-01-01", "2025-03-31"]],
    ["year", calendarYear(utcDate(2028, 6, 1)), ["2027-01-01", "2027-12-31"], ["2027-01-01", "2027-12-31"]],
    ["last 3 months", lastFullMonths(utcDate(2026, 12, 2), 3), ["2026-06-01", "2026-08-31"], ["2025-09-01", "2025-11-30"]],
    ["range", dayRange(utcDate(2026, 3, 10), utcDate(2026, 3, 19)), ["2026-02-28", "2026-03-09"], ["2025-03-10", "2025-03-19"]],
  ] as const)("%s: the previous period (环比) and a year earlier (同比)", (_name, p, previous, yearBack) => {
    expect(days(previousPeriod(p))).toEqual(previous);
    expect(days(yearEarlier(p))).toEqual(yearBack);
    expect(previousPeriod(p).kind).toBe(p.kind);
    expect(days(basePeriod(p, "pop"))).toEqual(previous);
    expect(days(basePeriod(p, "yoy"))).toEqual(yearBack);
  });
});

describe("同比 / 环比 figures", () => {
  it("change, ratio and growth rate", () => {
    expect(compareFigures(150, 120)).toEqual({ current: 150, base: 120, change: 30, ratio: 1.25, growth: 0.25 });
    expect(growthText(compareFigures(150, 120))).toBe("+25.0%");
    expect(growthText(compareFigures(90, 120))).toBe("-25.0%");
    expect(compareFigures(90, 120).ratio).toBe(0.75);
  });

  it("a negative base grows by the change over its size", () => {
    expect(compareFigures(-50, -100).growth).toBe(0.5);
  });

  it("no base: no ratio, no growth rate, and it says so", () => {
    const c = compareFigures(80, 0);
    expect(c).toEqual({ current: 80, base: 0, change: 80 });
    expect(hasBase(c)).toBe(false);
    expect(growthText(c)).toBe("无基期");
    expect(growthText(c, "en")).toBe("no base");
    expect(hasBase(compareFigures(0, 5))).toBe(true);
  });

  it("titles name the base period", () => {
    expect(comparisonTitle(monthOf(utcDate(2026, 11, 5)), "yoy")).toBe("同比（对比 2025-11）");
    expect(comparisonTitle(monthOf(utcDate(2026, 11, 5)), "pop", "en")).toBe("period on period (against 2026-10)");
  });
});

describe("days that make up a named period compare as that period", () => {
  it.each([
    ["2026-11-01", "2026-11-30", "month", "2026-10"],
    ["2026-10-01", "2026-12-31", "quarter", "2026年第3季度"],
    ["2026-01-01", "2026-12-31", "year", "2025年"],
    ["2026-11-23", "2026-11-29", "week", "2026年第47周（11-16 至 11-22）"],
    ["2026-11-23", "2026-11-23", "day", "2026-11-22"],
    ["2026-11-02", "2026-11-30", "range", "2026-10-04 至 2026-11-01"],
  ])("%s to %s is a %s; the period before is %s", (from, to, kind, previous) => {
    const [a, b] = [from, to].map((d) => utcDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8))));
    const p = periodOfDays(a, b);
    expect(p.kind).toBe(kind);
    expect(periodLabel(previousPeriod(p))).toBe(previous);
  });
});

describe("the ratio and growth rate as written", () => {
  it.each<[number, number, string, string, string]>([
    [125, 100, "125.0%", "比率 125.0%，增长率 +25.0%", "ratio 125.0%, growth +25.0%"],
    [80, 100, "80.0%", "比率 80.0%，增长率 -20.0%", "ratio 80.0%, growth -20.0%"],
    [-50, -100, "50.0%", "比率 50.0%，增长率 +50.0%", "ratio 50.0%, growth +50.0%"],
    [0, 40, "0.0%", "比率 0.0%，增长率 -100.0%", "ratio 0.0%, growth -100.0%"],
    [7, 0, "无基期", "无基期", "no base"],
  ])("%d against %d", (current, base, ratio, zh, en) => {
    const c = compareFigures(current, base);
    expect(ratioText(c)).toBe(ratio);
    expect(ratioGrowthText(c)).toBe(zh);
    expect(ratioGrowthText(c, "en")).toBe(en);
  });
});
