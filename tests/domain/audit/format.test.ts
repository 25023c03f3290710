import { day, money } from "../../../src/domain/audit/context";
import { isoDate, utcDate } from "../../../src/domain/time";

describe("message formatting", () => {
  it.each([
    [0, "0.00"],
    [5, "5.00"],
    [12345.6, "12,345.60"],
    [1234567.891, "1,234,567.89"],
    [999.995, "1,000.00"],
    [-3000, "-3,000.00"],
    [-0.001, "0.00"],
  ])("money(%p) = %p", (amount, text) => {
    expect(money(amount)).toBe(text);
    if (Math.abs(amount) < 1e6) expect(text).toBe(amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).replace(/^-(0\.00)$/, "$1"));
  });

  it("formats days like isoDate, whatever the time of day", () => {
    for (const d of [utcDate(2026, 11, 23), utcDate(2026, 11, 23, 23, 59), utcDate(1999, 1, 1, 12), utcDate(2026, 11, 23, 0, 1)]) {
      expect(day(d)).toBe(isoDate(d));
    }
  });
});
