import { calendarYear, contains, dayRange, lastFullMonths, monthOf, monthsEarlier, monthsOf, periodLabel, quarterOf, salesByCustomer, yearEarlier } from "../../src/domain/periods";
import { isoDate, utcDate } from "../../src/domain/time";
import { LogBuilder } from "../fixtures/audit/builder";

const days = (p: { from: Date; to: Date }) => [isoDate(p.from), isoDate(p.to)];

describe("named periods", () => {
  it("last 12 full months, calendar year, quarter, month, and a range, each labelled with its period", () => {
    const today = utcDate(2026, 12, 2);
    expect(days(lastFullMonths(today))).toEqual(["2025-12-01", "2026-11-30"]);
    expect(periodLabel(lastFullMonths(today))).toBe("近12个月（2025-12 至 2026-11）");
    expect(periodLabel(lastFullMonths(today), "en")).toBe("the last 12 months (2025-12 to 2026-11)");
    expect(periodLabel(lastFullMonths(today, 3))).toBe("近3个月（2026-09 至 2026-11）");
    expect(days(calendarYear(today))).toEqual(["2026-01-01", "2026-12-31"]);
    expect(periodLabel(calendarYear(today))).toBe("2026年");
    expect(days(quarterOf(utcDate(2026, 5, 31)))).toEqual(["2026-04-01", "2026-06-30"]);
    expect(periodLabel(quarterOf(utcDate(2026, 5, 31)))).toBe("2026年第2季度");
    expect(days(monthOf(utcDate(2028, 2, 10)))).toEqual(["2028-02-01", "2028-02-29"]);
    expect(periodLabel(dayRange(utcDate(2026, 1, 5), utcDate(2026, 3, 31)))).toBe("2026-01-05 至 2026-03-31");
    expect(monthsOf(lastFullMonths(today))).toHaveLength(12);
  });

  it("the same period a year earlier keeps month ends, and months earlier keeps the length", () => {
    expect(days(yearEarlier(monthOf(utcDate(2028, 2, 10))))).toEqual(["2027-02-01", "2027-02-28"]);
    expect(days(yearEarlier(lastFullMonths(utcDate(2026, 12, 2))))).toEqual(["2024-12-01", "2025-11-30"]);
    expect(days(monthsEarlier(lastFullMonths(utcDate(2026, 12, 2), 3), 3))).toEqual(["2026-06-01", "2026-08-31"]);
  });

  it("does not depend on the machine's time zone", () => {
    const before = process.env.TZ;
    try {
      for (const tz of ["Asia/Shanghai", "America/Sao_Paulo", "Pacific/Kiritimati", "America/Los_Angeles", "UTC"]) {
        process.env.TZ = tz;
        expect(days(lastFullMonths(utcDate(2026, 3, 1)))).toEqual(["2025-03-01", "2026-02-28"]);
        expect(days(quarterOf(utcDate(2026, 10, 1)))).toEqual(["2026-10-01", "2026-12-31"]);
      }
    } finally {
      process.env.TZ = before;
    }
  });

  it("sums orders only, inside the period, both end days included to the last minute", () => {
    const b = new LogBuilder();
    b.order("K1", "S1", utcDate(2025, 12, 1), 1);
    b.order("K1", "S1", utcDate(2026, 11, 30, 23, 59), 10);
    b.order("K1", "S1", utcDate(2026, 12, 1), 100);
    b.order("K1", "S1", utcDate(2025, 11, 30, 23, 59), 1000);
    b.order("K1", "S1", utcDate(2026, 5, 1), 10000, "饮料", { txType: "回款" });
    const p = lastFullMonths(utcDate(2026, 12, 2));
    expect(salesByCustomer(b.log.transactions, p).get("K1")).toBe(11);
    expect(contains(p, utcDate(2026, 12, 1))).toBe(false);
  });
});

describe("periods as typed on the command line", () => {
  const { parsePeriod, overlaps } = jest.requireActual("../../src/domain/periods") as typeof import("../../src/domain/periods");
  test.each([
    ["2026", "2026-01-01", "2026-12-31", "2026年"],
    ["2026-Q4", "2026-10-01", "2026-12-31", "2026年第4季度"],
    ["2026q1", "2026-01-01", "2026-03-31", "2026年第1季度"],
    ["2026-02", "2026-02-01", "2026-02-28", "2026-02"],
  ])("%s", (text, from, to, label) => {
    const p = parsePeriod(text)!;
    expect([p.from.toISOString().slice(0, 10), p.to.toISOString().slice(0, 10), periodLabel(p)]).toEqual([from, to, label]);
  });
  test.each(["2026-13", "2026-Q5", "Q4", "26-12", ""])("refuses %j", (text) => expect(parsePeriod(text)).toBeUndefined());
  test("overlaps counts a shared edge day", () => {
    const q4 = parsePeriod("2026-Q4")!;
    expect(overlaps(q4, parsePeriod("2026-12")!)).toBe(true);
    expect(overlaps(q4, { from: new Date(Date.UTC(2026, 8, 1)), to: new Date(Date.UTC(2026, 9, 1)) })).toBe(true);
    expect(overlaps(q4, parsePeriod("2026-09")!)).toBe(false);
  });
});
