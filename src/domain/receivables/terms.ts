/**
 * 付款条件 and 结账日: when an amount billed on a day falls due. Days are day numbers (whole
 * days since 1970-01-01 in floating time, as domain/cadence.ts counts them).
 *
 * The wordings read (full-width digits and spaces are normalised first):
 * - 款到发货, 预付, 货到付款, 现结, 现款, 现金, 即付 → due the day it is billed;
 * - 月结N天 / 月结N日 (月结 alone: 30 days) → the month's statement closes on 结账日 (a bill after
 *   结账日 goes to next month's statement; a 结账日 past the month's end, or none, is the month's
 *   last day) and is due N days after the statement;
 * - 次月N日 / 次月底 (also 月结次月N日) → due on that day of the month after the statement;
 * - N天 / 账期N天 / 票到N天 / 发货后N天 → due N days after the bill;
 * anything else is not understood: the bill is due after the default term (设置 默认账期).
 */

export type PaymentTerms =
  /** Due N days after the bill (0: on the day). */
  | { kind: "net"; days: number }
  /** Monthly statement on the billing day, due N days after it. */
  | { kind: "monthly"; days: number }
  /** Monthly statement on the billing day, due on day N of the next month (31: its last day). */
  | { kind: "nextMonthDay"; day: number };

const IMMEDIATE = /^(款到发货|先款后货|预付(款)?|货到付款|货到付现|现结|现款(现货)?|现金|即付|cod|prepaid|cash)$/;
const MONTHLY = /^月结(?:(\d{1,3})[天日])?$/;
const NEXT_MONTH = /^(?:月结)?次月(?:(\d{1,2})[日号]|底|末)(?:前)?(?:付款|付清|结清)?$/;
const NET = /^(?:账期|票到|见票|发货后|货到|开票后|net)?(\d{1,3})[天日]?(?:内)?(?:付款|付清|结清)?$/;

/** 付款条件 text to terms; undefined when blank or not understood. */
export function parsePaymentTerms(text: string | undefined): PaymentTerms | undefined {
  if (text === undefined) return undefined;
  const t = text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  if (t === "") return undefined;
  if (IMMEDIATE.test(t)) return { kind: "net", days: 0 };
  let m = MONTHLY.exec(t);
  if (m) return { kind: "monthly", days: m[1] === undefined ? 30 : Number(m[1]) };
  m = NEXT_MONTH.exec(t);
  if (m) {
    const day = m[1] === undefined ? 31 : Number(m[1]);
    return day >= 1 && day <= 31 ? { kind: "nextMonthDay", day } : undefined;
  }
  m = NET.exec(t);
  if (m) return { kind: "net", days: Number(m[1]) };
  return undefined;
}

/** Day number of a calendar date (month0 may run past 11 or below 0), by integer arithmetic (H. Hinnant's days_from_civil): no Date per bill. */
function dayOfDate(year: number, month0: number, day: number): number {
  const y0 = year + Math.floor(month0 / 12);
  const m = (((month0 % 12) + 12) % 12) + 1;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year and month (0–11) of a day number (H. Hinnant's civil_from_days). */
function monthOfDay(dayNumber: number): { year: number; month0: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month0: m - 1 };
}

function daysInMonth(year: number, month0: number): number {
  return dayOfDate(year, month0 + 1, 1) - dayOfDate(year, month0, 1);
}

/** The day of month `month0` (may run past 11) of `year`, clamped to the month's last day. */
function clampedDay(year: number, month0: number, day: number): number {
  return dayOfDate(year, month0, Math.min(day, daysInMonth(year, month0)));
}

/**
 * The statement a bill belongs to under monthly terms: the billing day of its own month when the
 * bill is on or before it, else the billing day of the next month. No billing day, or one past
 * the month's end (31 in April, 30 in February), means the month's last day.
 */
export function statementDay(billDay: number, billingDay: number | undefined): number {
  const { year: y, month0: m } = monthOfDay(billDay);
  const cut = billingDay === undefined || billingDay < 1 ? 31 : Math.min(31, Math.floor(billingDay));
  const thisMonth = clampedDay(y, m, cut);
  return billDay <= thisMonth ? thisMonth : clampedDay(y, m + 1, cut);
}

/** The day an amount billed on `billDay` falls due. */
export function dueDay(billDay: number, terms: PaymentTerms, billingDay: number | undefined): number {
  switch (terms.kind) {
    case "net":
      return billDay + terms.days;
    case "monthly":
      return statementDay(billDay, billingDay) + terms.days;
    case "nextMonthDay": {
      const s = monthOfDay(statementDay(billDay, billingDay));
      return clampedDay(s.year, s.month0 + 1, terms.day);
    }
  }
}

/** Where a customer's terms came from: its 付款条件, the default (blank), or the default because the text was not understood. */
export type TermsSource = "own" | "default" | "unreadable";

/** The terms a customer's bills follow: its own when understood, else the default net term. */
export function termsOrDefault(text: string | undefined, defaultDays: number): { terms: PaymentTerms; source: TermsSource } {
  const parsed = parsePaymentTerms(text);
  if (parsed) return { terms: parsed, source: "own" };
  return { terms: { kind: "net", days: defaultDays }, source: text === undefined || text.trim() === "" ? "default" : "unreadable" };
}
