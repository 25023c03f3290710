import fc from "fast-check";
import {
  gradeHorizons,
  cadenceDays,
  cadenceTableFrom,
  calendarFromSettings,
  dayNumber,
  daysOverdue,
  gradeFromOutlook,
  isWorkingDay,
  nextDue,
  nextDueDay,
  parseNeed,
  weekdayOfDay,
  type DueCalendar,
} from "../../src/domain/cadence";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { isoDate, utcDate } from "../../src/domain/time";
import { GRADES } from "../../src/workbook/column";
import { defaultSettingRows, settingsFromRows } from "../../src/workbook/settings-rows";

const d = (iso: string) => {
  const [y, m, day] = iso.split("-").map(Number);
  return utcDate(y, m, day);
};
const SHIFT: DueCalendar = { shift: true, holidays: new Set() };

describe("cadence", () => {
  test("defaults follow the grade table (A 1 day, B 7, C 15, D 30, E 365)", () => {
    expect(GRADES.map((g) => cadenceDays(g))).toEqual([1, 7, 15, 30, 365]);
  });

  test("a workbook's own table overrides, fractions round up, the first pair per grade wins", () => {
    const table = cadenceTableFrom([["A", 2], ["C", 10.5], ["A", 9]]);
    expect(cadenceDays("A", table)).toBe(2);
    expect(cadenceDays("C", table)).toBe(11);
    expect(cadenceDays("E", table)).toBe(365);
  });
});

describe("nextDue", () => {
  test.each([
    ["A", "2026-01-31", "2026-02-01"],
    ["B", "2026-02-25", "2026-03-04"],
    ["C", "2024-02-20", "2024-03-06"], // leap year: Feb 29 counts
    ["C", "2025-02-20", "2025-03-07"],
    ["D", "2024-01-31", "2024-03-01"],
    ["D", "2025-01-31", "2025-03-02"],
    ["E", "2024-02-29", "2025-02-28"],
    ["E", "2023-03-01", "2024-02-29"],
    ["A", "2026-12-31", "2027-01-01"],
  ] as const)("%s after %s is due %s", (grade, last, due) => {
    expect(isoDate(nextDue(grade, d(last), DEFAULT_SETTINGS.cadenceDays))).toBe(due);
  });

  test("the time of day of the last follow-up does not matter", () => {
    expect(isoDate(nextDue("A", utcDate(2026, 3, 5, 23, 59)))).toBe("2026-03-06");
  });

  test("weekends and holidays move to the next working day only when the calendar says so", () => {
    // 2026-11-20 is a Friday.
    expect(isoDate(nextDue("A", d("2026-11-20")))).toBe("2026-11-21");
    expect(isoDate(nextDue("A", d("2026-11-20"), undefined, SHIFT))).toBe("2026-11-23");
    const holidays: DueCalendar = { shift: true, holidays: new Set([dayNumber(d("2026-11-23")), dayNumber(d("2026-11-24"))]) };
    expect(isoDate(nextDue("A", d("2026-11-20"), undefined, holidays))).toBe("2026-11-25");
    // National day week: 10-01..10-07 2026 listed, due 10-01 → 10-08 (a Thursday).
    const golden: DueCalendar = { shift: true, holidays: new Set([1, 2, 3, 4, 5, 6, 7].map((k) => dayNumber(utcDate(2026, 10, k)))) };
    expect(isoDate(nextDue("B", d("2026-09-24"), undefined, golden))).toBe("2026-10-08");
  });

  test("the calendar comes from the settings", () => {
    const cal = calendarFromSettings({ shiftHolidays: true, holidays: [d("2026-05-01")] });
    expect(cal.shift).toBe(true);
    expect(cal.holidays.has(dayNumber(d("2026-05-01")))).toBe(true);
    expect(calendarFromSettings(DEFAULT_SETTINGS).shift).toBe(false);
  });

  test("new workbooks count working days: 顺延节假日 是, the 2027 holidays off and their 调休上班 days worked, labelled as defaults; a 设置 without the row keeps its old behaviour", () => {
    const rows = defaultSettingRows();
    expect(rows.find((r) => r.category === "顺延节假日")!.value).toBe("是");
    const s = settingsFromRows(rows);
    expect(s.shiftHolidays).toBe(true);
    expect(settingsFromRows(rows.filter((r) => r.category !== "顺延节假日")).shiftHolidays).toBe(false);
    expect(settingsFromRows([{ category: "顺延节假日", item: "x", value: "否" }]).shiftHolidays).toBe(false);
    for (const r of rows.filter((x) => x.category === "节假日" || x.category === "调休上班")) expect(r.note).toMatch(/^默认：.*放假通知/);
    const cal = calendarFromSettings(s);
    const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
    const offs = s.holidays.map(isoDate);
    const worked = s.workdays.map(isoDate);
    expect(offs).toEqual(expect.arrayContaining(["2027-01-01", "2027-02-08", "2027-04-05", "2027-05-03", "2027-06-09", "2027-09-15", "2027-10-01"]));
    // the days off listed are weekdays and the days worked are weekend days
    expect(offs.every((x) => weekday(x) >= 1 && weekday(x) <= 5)).toBe(true);
    expect(worked.length).toBeGreaterThan(0);
    expect(worked.every((x) => weekday(x) === 0 || weekday(x) === 6)).toBe(true);
    // an A customer seen on the Friday before 国庆 is due on the Saturday worked for it, and after the week off on 10-08
    expect(isoDate(nextDue("A", d("2027-09-24"), undefined, cal))).toBe("2027-09-26");
    expect(isoDate(nextDue("A", d("2027-09-26"), undefined, cal))).toBe("2027-09-27");
    expect(isoDate(nextDue("A", d("2027-09-30"), undefined, cal))).toBe("2027-10-08");
  });

  test("weekday of a day number agrees with the Date object", () => {
    fc.assert(
      fc.property(fc.integer({ min: -30000, max: 100000 }), (day) => {
        expect(weekdayOfDay(day)).toBe(new Date(day * 86_400_000).getUTCDay());
      }),
    );
  });

  const day = fc.integer({ min: dayNumber(d("1990-01-01")), max: dayNumber(d("2090-12-31")) });
  const grade = fc.constantFrom(...GRADES);

  test("without shifting, due = last + cadence exactly, across month ends and leap days", () => {
    fc.assert(
      fc.property(grade, day, (g, last) => {
        const due = nextDueDay(g, last);
        expect(due - last).toBe(DEFAULT_SETTINGS.cadenceDays[g]);
        // the same through Dates: calendar arithmetic, no DST, no time zone
        expect(isoDate(nextDue(g, new Date(last * 86_400_000)))).toBe(isoDate(new Date((last + DEFAULT_SETTINGS.cadenceDays[g]) * 86_400_000)));
      }),
    );
  });

  test("with shifting, the due date is the first working day on or after last + cadence", () => {
    fc.assert(
      fc.property(grade, day, fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 20 }), (g, last, offsets) => {
        const calendar: DueCalendar = { shift: true, holidays: new Set(offsets.map((o) => last + o)) };
        const plain = last + DEFAULT_SETTINGS.cadenceDays[g];
        const due = nextDueDay(g, last, undefined, calendar);
        expect(due).toBeGreaterThanOrEqual(plain);
        expect(isWorkingDay(due, calendar)).toBe(true);
        for (let k = plain; k < due; k++) expect(isWorkingDay(k, calendar)).toBe(false);
      }),
    );
  });
});

describe("daysOverdue", () => {
  test.each([
    ["2026-03-01", "2026-02-28", 0],
    ["2026-03-01", "2026-03-01", 0],
    ["2026-03-01", "2026-03-02", 1],
    ["2024-02-28", "2024-03-01", 2],
    ["2025-02-28", "2025-03-01", 1],
    ["2026-12-31", "2027-01-31", 31],
  ] as const)("due %s, today %s: %i", (due, today, days) => {
    expect(daysOverdue(d(due), d(today))).toBe(days);
  });
});

describe("grade from expected close and need", () => {
  test.each([
    ["2026-02-28", "clear", "2026-01-31", "A"], // Jan 31 + 1 month clamps to Feb 28
    ["2026-03-01", "clear", "2026-01-31", "B"],
    ["2024-02-29", "clear", "2024-01-31", "A"], // leap year
    ["2026-01-01", "clear", "2026-03-15", "A"], // already past: most urgent
    ["2026-06-15", "clear", "2026-03-15", "B"],
    ["2026-06-16", "clear", "2026-03-15", "C"],
    ["2026-09-15", "clear", "2026-03-15", "C"],
    ["2026-09-16", "clear", "2026-03-15", "D"],
    ["2026-03-20", "potential", "2026-03-15", "D"],
    ["2026-03-20", "none", "2026-03-15", "E"],
  ] as const)("close %s, need %s, today %s → %s", (close, need, today, expected) => {
    expect(gradeFromOutlook(d(close), need, d(today))).toBe(expected);
  });

  test("a clear need without a date is D", () => {
    expect(gradeFromOutlook(undefined, "clear", d("2026-03-15"))).toBe("D");
  });

  test("need words of the workbook and of the seed", () => {
    expect(["明确", "目标", "潜在", "死亡", "无", " Clear "].map(parseNeed)).toEqual(["clear", "clear", "potential", "none", "none", "clear"]);
    expect(parseNeed("也许")).toBeUndefined();
  });

  test("a later expected close never gives a better grade", () => {
    const rank = (g: string) => "ABCDE".indexOf(g);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40000 }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 }), (today, a, b) => {
        const t = 10000 + today;
        const [early, late] = a <= b ? [a, b] : [b, a];
        const g1 = gradeFromOutlook(new Date((t + early) * 86_400_000), "clear", new Date(t * 86_400_000));
        const g2 = gradeFromOutlook(new Date((t + late) * 86_400_000), "clear", new Date(t * 86_400_000));
        expect(rank(g1)).toBeLessThanOrEqual(rank(g2));
      }),
    );
  });

  test("the grade horizons are today + 1, 3 and 6 months, clamped to the month's end", () => {
    const iso = (day: number) => isoDate(new Date(day * 86_400_000));
    const h = gradeHorizons(dayNumber(d("2026-08-31")));
    expect([iso(h.a), iso(h.b), iso(h.c)]).toEqual(["2026-09-30", "2026-11-30", "2027-02-28"]);
    const leap = gradeHorizons(dayNumber(d("2027-08-31")));
    expect(iso(leap.c)).toBe("2028-02-29");
    expect(iso(gradeHorizons(dayNumber(d("2026-11-30"))).b)).toBe("2027-02-28");
  });
});
