import fc from "fast-check";
import { newId, seededRandom } from "../../src/domain/ids";
import { cryptoRandom } from "../../src/io/random";
import { utcDate } from "../../src/domain/time";

const at = utcDate(2026, 11, 23, 9, 30);

test("ids carry the prefix and the day, and only unambiguous characters", () => {
  expect(newId("TS", at, seededRandom(1))).toMatch(/^TS261123-[0-9A-HJKMNP-TV-Z]{8}$/);
});

test("two people appending at the same moment (separate random sources, no shared state) get different ids", () => {
  const ids = new Set<string>();
  for (let i = 0; i < 20_000; i++) ids.add(newId("GJ", at, cryptoRandom));
  expect(ids.size).toBe(20_000);
});

test("the random part is spread over the whole alphabet", () => {
  fc.assert(
    fc.property(fc.integer(), (seed) => {
      const random = seededRandom(seed);
      const seen = new Set<string>();
      for (let i = 0; i < 400; i++) for (const ch of newId("WL", at, random).slice(-8)) seen.add(ch);
      expect(seen.size).toBe(32);
    }),
    { numRuns: 20 },
  );
});

test("the day part is the UTC date's YYMMDD, at any time of day and in any year a Date holds", () => {
  fc.assert(
    fc.property(fc.date({ min: new Date(Date.UTC(-3000, 0, 1)), max: new Date(Date.UTC(12000, 0, 1)), noInvalidDate: true }), (when) => {
      expect(newId("X", when, () => 0).slice(1, -9)).toBe(when.toISOString().slice(2, 10).replace(/-/g, ""));
    }),
    { numRuns: 2000 },
  );
  expect(newId("X", utcDate(2026, 1, 5, 23, 59), () => 0)).toBe("X260105-00000000");
});
