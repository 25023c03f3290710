import type { AbcClass, Grade } from "../vocabulary";
import type { Customer, EventSheetKey, Rowed } from "../log";

export interface GradeChange {
  at: Date;
  grade: Grade;
  rep: string;
  /** 跟进记录 row that set it. */
  row: number;
}

export interface RepPeriod {
  rep: string;
  /** First and last day the log shows this rep with the customer. */
  from: Date;
  to: Date;
  /** True when the period starts with a 交接 row. */
  handedOver: boolean;
}

export type { OpenKind } from "../customer-timeline";
import type { OpenKind } from "../customer-timeline";
import type { Period } from "../periods";
import type { CustomerStatus } from "../customer-status";

export interface OpenItem {
  kind: OpenKind;
  sheet: EventSheetKey;
  row: number;
  at: Date;
  /** What it is about (user text: description, item, invoice no., promise). */
  text: string;
  /** Why it is open: 处理状态, 送达状态, 退换状态, or the promise's due date. */
  state: string;
  due?: Date;
}

export interface TimelineEntry {
  sheet: EventSheetKey;
  row: number;
  at: Date;
  rep: string;
  serviceType?: string;
  description: string;
  status: string;
}

export interface SalesByMonth {
  /** The 12 complete months before today's (domain/periods.ts), the same window as ABC's. */
  period: Period;
  /** 近12个月（2025-11 至 2026-10） */
  label: string;
  /** "2026-10", oldest first. */
  months: string[];
  /** Product categories, largest first ("" for orders without one). */
  categories: string[];
  /** amounts[m][c]: orders of month m in category c. */
  amounts: number[][];
  monthTotals: number[];
  total: number;
}

/** The ABC class the 12 complete months before `month` gave (oldest first): the class over time. */
export interface AbcPoint {
  /** "2026-11": the class as it stood at the start of this month. */
  month: string;
  abc?: AbcClass;
  sales12: number;
}

export interface Dossier {
  customer: Rowed<Customer>;
  gradeHistory: GradeChange[];
  reps: RepPeriod[];
  abc: { stored?: AbcClass; computed?: AbcClass; sales12: number; history: AbcPoint[] };
  /** Where the customer stands today (domain/customer-status.ts): grade in force, due, rep. */
  status: CustomerStatus;
  /** The last contact (domain/customer-status.ts); `row` and `result` when 跟进记录 gave it, not 客户档案's 最近跟进. */
  lastFollowUp?: { at: Date; rep: string; grade: Grade; row?: number; result?: string };
  nextDue?: Date;
  /** Whole days past the next due day (0 when not overdue). */
  daysOverdue: number;
  open: OpenItem[];
  sales: SalesByMonth;
  /** The 客户档案 columns that hold people and ways to reach them (key, value). */
  contacts: { key: keyof Customer; value: string }[];
  /** The last events across every sheet, newest first. */
  recent: TimelineEntry[];
}
