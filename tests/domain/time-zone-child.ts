/**
 * Run by tests/domain/time.test.ts in a child process, with the zones to try as arguments (jest's
 * own process.env does not reach the zone the JS engine uses; a plain node process switches zone
 * when TZ is assigned). In each zone it checks the date-fns-backed helpers of src/domain/time.ts
 * against UTC-only references for every day of 2018–2020, at midnight and at 23:30, and prints one
 * JSON line: the zone, its January offset, the first mismatches, and formatDay's answers.
 */
import { addMonths, formatDay, utcDate } from "../../src/domain/time";

/** The reference, in UTC fields only: the same day `months` later, clamped to the month's end. */
function addMonthsRef(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const out = new Date(date.getTime());
  out.setUTCFullYear(y, m, Math.min(date.getUTCDate(), last));
  return out;
}

function check(zone: string): void {
  process.env.TZ = zone;
  const wrong: string[] = [];
  for (let t = Date.UTC(2018, 0, 1); t < Date.UTC(2021, 0, 1); t += 86_400_000) {
    for (const date of [new Date(t), new Date(t + 23.5 * 3_600_000)]) {
      for (const n of [-13, -3, -1, 1, 2, 3, 6, 12]) {
        const got = addMonths(date, n).toISOString();
        const want = addMonthsRef(date, n).toISOString();
        if (got !== want) wrong.push(`addMonths(${date.toISOString()}, ${n}) = ${got}, not ${want}`);
      }
    }
  }
  const formatted = [formatDay(utcDate(2026, 11, 23)), formatDay(utcDate(2026, 11, 23, 23, 59)), formatDay(utcDate(2018, 11, 4)), formatDay(utcDate(2026, 2, 1), "en")];
  process.stdout.write(`${JSON.stringify({ zone, offset: new Date(Date.UTC(2019, 0, 15)).getTimezoneOffset(), wrong: wrong.slice(0, 5), formatted })}\n`);
}

for (const zone of process.argv.slice(2)) check(zone);
