import type { Grade } from "./vocabulary";

/** How a workbook writes dates with the year last (3/11/2026): month-first or day-first. */
export type DateOrder = "mdy" | "dmy";

/** The rules' parameters, as the 设置 sheet holds them (defaults: DEFAULT_SETTINGS below, which a new 设置 is seeded with). */
export interface Settings {
  /** Days between follow-ups per grade. */
  cadenceDays: Record<Grade, number>;
  /** Move a due date that falls on a weekend or a listed holiday to the next working day. */
  shiftHolidays: boolean;
  holidays: Date[];
  /** 调休上班: weekend days that are working days (made up for a holiday). */
  workdays: Date[];
  /** Feedback limit in hours per event sheet key (transactions, complaints, …). */
  feedbackHours: Record<string, number>;
  abcCuts: { a: number; b: number };
  /** Value of samples and materials a customer may receive per month, by grade (¥). */
  sampleQuota: Record<Grade, number>;
  /** Declared in 设置 (日期顺序); without it a year-last date that reads both ways is refused as ambiguous. */
  dateOrder?: DateOrder;
  audit: {
    openComplaintDays: number;
    callbackDays: number;
    salesDropPct: number;
    categoryShiftPts: number;
    spikeFactor: number;
    /** A customer ordering in each of this many last complete months is graded B or better (0: not checked). */
    steadyOrderMonths: number;
    /** The same item to the same customer again within this many days is a finding (0: not checked). */
    sampleRepeatDays: number;
    /** A promise with no 承诺期限 is taken as due this many days after its follow-up. */
    promiseDefaultDays: number;
    /** An invoice not 已签收 more than this many days after its 开票日期 is a finding (0: not checked). */
    invoiceReceiptDays: number;
    /** A return or exchange still open more than this many days after it was logged is a finding (0: not checked). */
    returnOpenDays: number;
    /** ABC treatment (domain/abc-duties.ts), months between contacts (0: not checked): an A customer's visit by a manager; a B customer's visit, and letter or survey. */
    abcManagerVisitMonths: number;
    abcVisitMonths: number;
    abcLetterMonths: number;
  };
  receivables: ReceivablesSettings;
  /** Checks on new entries (domain/entry-rules.ts): how many days ahead an event may be dated. */
  entry: { futureDays: number };
  /** 路序 (domain/routes): no two stops of a route farther apart than this, km. */
  routes: { maxSpanKm: number };
  /** 业绩考核 (domain/appraisal.ts): the weight of each measure and the points each audit finding costs. */
  appraisal: AppraisalWeights;
  /** The company's own name, address and phone (设置 公司 rows), for what is sent to customers (对账单); absent when 设置 has none. */
  company?: CompanyDetails;
}

export interface CompanyDetails {
  name?: string;
  address?: string;
  phone?: string;
}

export interface AppraisalWeights {
  plans: number;
  followUps: number;
  closings: number;
  feedback: number;
  sales: number;
  collections: number;
  /** Points off the total per audit finding in the period. */
  perFinding: number;
}

/** What a bill is (a 往来帐 发货 row, or a 发票 row) and the limits of receivables control. */
export const BILLING_BASES = ["发货", "发票"] as const;
export type BillingBasis = (typeof BILLING_BASES)[number];

export interface ReceivablesSettings {
  /** 发货: each shipment is billed when it ships; 发票: each invoice on its invoice date. */
  basis: BillingBasis;
  /** An amount overdue longer than this is an audit finding for the customer's rep. */
  overdueLimitDays: number;
  /** Days to pay when 付款条件 is blank or not understood. */
  defaultTermDays: number;
}

export const DEFAULT_SETTINGS: Settings = {
  cadenceDays: { A: 1, B: 7, C: 15, D: 30, E: 365 },
  // a 设置 without the 顺延节假日 row keeps the old behaviour; new workbooks are seeded with 是 (settings-rows.ts)
  shiftHolidays: false,
  holidays: [],
  workdays: [],
  feedbackHours: {
    transactions: 48,
    samples: 48,
    invoices: 48,
    returns: 48,
    complaints: 24,
    marketSupport: 48,
    followUps: 48,
  },
  abcCuts: { a: 0.7, b: 0.95 },
  sampleQuota: { A: 5000, B: 3000, C: 1500, D: 500, E: 0 },
  audit: { openComplaintDays: 7, callbackDays: 7, salesDropPct: 30, categoryShiftPts: 20, spikeFactor: 2, steadyOrderMonths: 3, sampleRepeatDays: 7, promiseDefaultDays: 7, invoiceReceiptDays: 30, returnOpenDays: 14, abcManagerVisitMonths: 6, abcVisitMonths: 12, abcLetterMonths: 6 },
  receivables: { basis: "发货", overdueLimitDays: 30, defaultTermDays: 30 },
  entry: { futureDays: 1 },
  routes: { maxSpanKm: 150 },
  appraisal: { plans: 25, followUps: 20, closings: 15, feedback: 10, sales: 20, collections: 10, perFinding: 1 },
};
