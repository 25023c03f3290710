import type { RecordOfSheet, SheetSpec } from "./sheet";
import { customersSheet } from "./sheets/customers";
import {
  complaintsSheet,
  followUpsSheet,
  invoicesSheet,
  marketSupportSheet,
  returnsSheet,
  samplesSheet,
  transactionsSheet,
} from "./sheets/events";
import { settingsSheet } from "./sheets/settings";
import { staffSheet } from "./sheets/staff";

export { customersSheet } from "./sheets/customers";
export * from "./sheets/events";
export { settingsSheet, SETTING_CATEGORIES } from "./sheets/settings";
export { staffSheet } from "./sheets/staff";
export { CLOSED_STATUSES } from "./sheets/event-common";

/** The event sheets, in the order they appear in the workbook. */
export const EVENT_SHEETS = [
  transactionsSheet,
  samplesSheet,
  invoicesSheet,
  returnsSheet,
  complaintsSheet,
  marketSupportSheet,
  followUpsSheet,
] as const;

/** Every sheet a 客户日志 workbook has, in workbook order. */
export const SHEETS: readonly SheetSpec[] = [customersSheet, ...EVENT_SHEETS, staffSheet, settingsSheet];

export type EventSheetKey = (typeof EVENT_SHEETS)[number]["key"];

export type Customer = RecordOfSheet<typeof customersSheet>;
export type Transaction = RecordOfSheet<typeof transactionsSheet>;
export type SampleIssue = RecordOfSheet<typeof samplesSheet>;
export type Invoice = RecordOfSheet<typeof invoicesSheet>;
export type ReturnRecord = RecordOfSheet<typeof returnsSheet>;
export type Complaint = RecordOfSheet<typeof complaintsSheet>;
export type MarketSupport = RecordOfSheet<typeof marketSupportSheet>;
export type FollowUp = RecordOfSheet<typeof followUpsSheet>;
export type Staff = RecordOfSheet<typeof staffSheet>;
export type SettingRow = RecordOfSheet<typeof settingsSheet>;

export function sheetByKey(key: string): SheetSpec | undefined {
  return SHEETS.find((s) => s.key === key);
}

/** Finds a spec by its sheet name in Chinese or English, or by key. */
export function sheetByName(name: string): SheetSpec | undefined {
  const n = name.trim().toLowerCase();
  return SHEETS.find((s) => s.name === name.trim() || s.nameEn.toLowerCase() === n || s.key.toLowerCase() === n);
}

export type { SheetSpec, RecordOfSheet } from "./sheet";
export type { Cell } from "./cell";
export type { Problem } from "./problems";
export type { TableData } from "./table-data";
