import { spawnSync } from "child_process";
import { join } from "path";
import fc from "fast-check";
import { addMonths, formatDay, monthKey, utcDate } from "../../src/domain/time";

const ROOT = join(__dirname, "..", "..");

/**
 * The date-fns-backed helpers compute in the machine's zone and move the answer back to floating
 * time; the answer must not depend on the zone. Zones chosen for their edges: far east and west of
 * UTC, and daylight-saving changes at midnight (Santiago, Beirut, São Paulo in 2018), where local
 * midnight does not exist on some days. They run in one child process that switches TZ
 * (tests/domain/time-zone-child.ts).
 */
const ZONES: [string, number][] = [
  ["UTC", 0],
  ["Asia/Shanghai", -480],
  ["America/Los_Angeles", 480],
  ["America/Santiago", 180],
  ["Asia/Beirut", -120],
  ["America/Sao_Paulo", 120],
  ["Pacific/Kiritimati", -840],
  ["Pacific/Pago_Pago", 660],
];

describe("in zones east, west and with midnight daylight-saving changes", () => {
  let results: Map<string, { offset: number; wrong: string[]; formatted: string[] }>;
  beforeAll(() => {
    const run = spawnSync(process.execPath, ["-r", join(ROOT, "scripts", "register-ts.js"), join(__dirname, "time-zone-child.ts"), ...ZONES.map(([zone]) => zone)], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    results = new Map(run.stdout.trim().split("\n").map((line) => JSON.parse(line)).map((r) => [r.zone, r]));
  });

  test.each(ZONES)("%s: every day of 2018–2020 gives the zone-free answer", (zone, januaryOffset) => {
    const result = results.get(zone)!;
    expect(result.offset).toBe(januaryOffset); // the zone really was in effect
    expect(result.wrong).toEqual([]);
    expect(result.formatted).toEqual(["2026年11月23日 星期一", "2026年11月23日 星期一", "2018年11月4日 星期日", "Sunday, February 1, 2026"]);
  });
});

describe("in this process's zone", () => {
  test("addMonths clamps the 31st and keeps the time of day", () => {
    expect(addMonths(utcDate(2026, 1, 31, 14, 30), 1)).toEqual(utcDate(2026, 2, 28, 14, 30));
    expect(addMonths(utcDate(2024, 1, 31), 1)).toEqual(utcDate(2024, 2, 29));
    expect(addMonths(utcDate(2026, 3, 31), -1)).toEqual(utcDate(2026, 2, 28));
    expect(addMonths(utcDate(2026, 11, 23), 12)).toEqual(utcDate(2027, 11, 23));
  });

  test("years before 100 stay as they are", () => {
    const early = new Date(0);
    early.setUTCFullYear(50, 0, 31);
    expect(addMonths(early, 1).getUTCFullYear()).toBe(50);
    expect(addMonths(early, 1).getUTCDate()).toBe(28);
  });

  test("formatDay", () => {
    expect(formatDay(utcDate(2026, 11, 23))).toBe("2026年11月23日 星期一");
    expect(formatDay(utcDate(2026, 11, 23), "en")).toBe("Monday, November 23, 2026");
  });
});

test("monthKey is the year and month of the date's own (UTC) fields, as its ISO text starts", () => {
  expect([monthKey(utcDate(2026, 3, 1)), monthKey(utcDate(2026, 12, 31, 23, 59)), monthKey(utcDate(1900, 1, 1))]).toEqual(["2026-03", "2026-12", "1900-01"]);
  fc.assert(fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (d) => monthKey(d) === d.toISOString().slice(0, 7)));
});
