import fc from "fast-check";
import { dayNumber, dateOfDay } from "../../../src/domain/cadence";
import { dueDay, parsePaymentTerms, statementDay, termsOrDefault, type PaymentTerms } from "../../../src/domain/receivables";
import { isoDate, utcDate } from "../../../src/domain/time";

const day = (iso: string) => dayNumber(utcDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))));
const iso = (d: number) => isoDate(dateOfDay(d));

describe("parsePaymentTerms", () => {
  it.each<[string, PaymentTerms | undefined]>([
    ["款到发货", { kind: "net", days: 0 }],
    ["货到付款", { kind: "net", days: 0 }],
    ["现结", { kind: "net", days: 0 }],
    ["月结30天", { kind: "monthly", days: 30 }],
    ["月结６０天", { kind: "monthly", days: 60 }],
    [" 月结 45 日 ", { kind: "monthly", days: 45 }],
    ["月结", { kind: "monthly", days: 30 }],
    ["次月10日", { kind: "nextMonthDay", day: 10 }],
    ["月结次月15号付款", { kind: "nextMonthDay", day: 15 }],
    ["次月底", { kind: "nextMonthDay", day: 31 }],
    ["账期45天", { kind: "net", days: 45 }],
    ["票到30天付款", { kind: "net", days: 30 }],
    ["发货后7天", { kind: "net", days: 7 }],
    ["15天", { kind: "net", days: 15 }],
    ["NET 30", { kind: "net", days: 30 }],
    ["次月40日", undefined],
    ["看心情", undefined],
    ["", undefined],
  ])("%s", (text, expected) => {
    expect(parsePaymentTerms(text)).toEqual(expected);
  });

  it("falls back to the default term, saying whether the text was blank or not understood", () => {
    expect(termsOrDefault(undefined, 30)).toEqual({ terms: { kind: "net", days: 30 }, source: "default" });
    expect(termsOrDefault("  ", 20)).toEqual({ terms: { kind: "net", days: 20 }, source: "default" });
    expect(termsOrDefault("看心情", 30)).toEqual({ terms: { kind: "net", days: 30 }, source: "unreadable" });
    expect(termsOrDefault("月结60天", 30)).toEqual({ terms: { kind: "monthly", days: 60 }, source: "own" });
  });
});

describe("statementDay (结账日)", () => {
  it.each<[string, number | undefined, string]>([
    ["2026-03-10", 25, "2026-03-25"],
    ["2026-03-25", 25, "2026-03-25"],
    ["2026-03-26", 25, "2026-04-25"],
    ["2026-03-10", undefined, "2026-03-31"],
    ["2026-02-10", 30, "2026-02-28"],
    ["2028-02-10", 30, "2028-02-29"],
    ["2026-03-01", 31, "2026-03-31"],
    ["2026-04-30", 31, "2026-04-30"],
    ["2026-01-31", 30, "2026-02-28"],
    ["2026-12-20", 5, "2027-01-05"],
    ["2026-12-31", undefined, "2026-12-31"],
  ])("a bill on %s with 结账日 %s closes on %s", (bill, billingDay, expected) => {
    expect(iso(statementDay(day(bill), billingDay))).toBe(expected);
  });
});

describe("dueDay", () => {
  it.each<[string, string, number | undefined, string]>([
    ["2026-03-10", "款到发货", undefined, "2026-03-10"],
    ["2026-03-10", "账期45天", 25, "2026-04-24"],
    ["2026-03-10", "月结30天", undefined, "2026-04-30"],
    ["2026-03-10", "月结30天", 25, "2026-04-24"],
    ["2026-03-26", "月结30天", 25, "2026-05-25"],
    ["2026-01-15", "月结30天", undefined, "2026-03-02"],
    ["2026-11-20", "月结60天", 28, "2027-01-27"],
    ["2026-01-20", "次月底", undefined, "2026-02-28"],
    ["2026-01-26", "次月10日", 25, "2026-03-10"],
    ["2026-01-30", "次月31日", 30, "2026-02-28"],
    ["2026-01-31", "次月31日", 30, "2026-03-31"],
    ["2026-12-10", "次月15日", undefined, "2027-01-15"],
  ])("billed %s on %s (结账日 %s) is due %s", (bill, text, billingDay, expected) => {
    expect(iso(dueDay(day(bill), parsePaymentTerms(text)!, billingDay))).toBe(expected);
  });
});

describe("due days by integer calendar arithmetic agree with the calendar's own dates (property)", () => {
  /** The same rule through Date.UTC: the statement day and the due day, for any day and 结账日. */
  const monthDay = (y: number, m0: number, d: number) => {
    const last = new Date(Date.UTC(y, m0 + 1, 0)).getUTCDate();
    return dayNumber(new Date(Date.UTC(y, m0, Math.min(d, last))));
  };
  const reference = (bill: number, billingDay: number | undefined, terms: PaymentTerms): [number, number] => {
    const d = dateOfDay(bill);
    const cut = billingDay === undefined || billingDay < 1 ? 31 : Math.min(31, Math.floor(billingDay));
    const own = monthDay(d.getUTCFullYear(), d.getUTCMonth(), cut);
    const s = bill <= own ? own : monthDay(d.getUTCFullYear(), d.getUTCMonth() + 1, cut);
    const sd = dateOfDay(s);
    const due = terms.kind === "net" ? bill + terms.days : terms.kind === "monthly" ? s + terms.days : monthDay(sd.getUTCFullYear(), sd.getUTCMonth() + 1, terms.day);
    return [s, due];
  };
  it("for days from 1840 to 2190, every 结账日 and every kind of terms", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -47_500, max: 80_000 }),
        fc.option(fc.integer({ min: -1, max: 40 }), { nil: undefined }),
        fc.constantFrom<PaymentTerms>({ kind: "net", days: 30 }, { kind: "monthly", days: 0 }, { kind: "monthly", days: 60 }, { kind: "nextMonthDay", day: 10 }, { kind: "nextMonthDay", day: 31 }, { kind: "nextMonthDay", day: 29 }),
        (bill, billingDay, terms) => {
          expect([statementDay(bill, billingDay), dueDay(bill, terms, billingDay)]).toEqual(reference(bill, billingDay, terms));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
