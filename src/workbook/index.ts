import type { SheetSpec } from "./sheet";
import type { AnyColumn } from "./column";
import { EVENT_SHEET_KEYS, type EventSheetKey, type LogSheetKey } from "../domain/log";
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
import { staffExperienceSheet, staffTrainingSheet } from "./sheets/staff-records";
import { departmentsSheet } from "./sheets/departments";
import { plansSheet, suggestionsSheet } from "./sheets/plans";

export { customersSheet } from "./sheets/customers";
export * from "./sheets/events";
export { settingsSheet, SETTING_CATEGORIES } from "./sheets/settings";
export { staffSheet } from "./sheets/staff";
export { staffExperienceSheet, staffTrainingSheet } from "./sheets/staff-records";
export { departmentsSheet } from "./sheets/departments";
export { plansSheet, suggestionsSheet } from "./sheets/plans";
export { CLOSED_STATUSES } from "./sheets/event-common";

export type { Customer, Transaction, SampleIssue, Invoice, ReturnRecord, Complaint, MarketSupport, FollowUp, Staff, StaffTraining, StaffExperience, Department, WorkPlan, Suggestion, SettingRow, EventSheetKey } from "../domain/log";

/** The spec of each sheet of the log, by the sheet key the domain's Log uses. */
export const SPEC_BY_KEY = {
  customers: customersSheet,
  transactions: transactionsSheet,
  samples: samplesSheet,
  invoices: invoicesSheet,
  returns: returnsSheet,
  complaints: complaintsSheet,
  marketSupport: marketSupportSheet,
  followUps: followUpsSheet,
  staff: staffSheet,
  staffTraining: staffTrainingSheet,
  staffExperience: staffExperienceSheet,
  departments: departmentsSheet,
  plans: plansSheet,
  suggestions: suggestionsSheet,
} as const satisfies { [K in LogSheetKey]: SheetSpec<readonly AnyColumn[], K> };

/** The event sheets, in the order they appear in the workbook (the domain's EVENT_SHEET_KEYS). */
export const EVENT_SHEETS: readonly (typeof SPEC_BY_KEY)[EventSheetKey][] = EVENT_SHEET_KEYS.map((k) => SPEC_BY_KEY[k]);

/** Every sheet a 客户日志 workbook has, in workbook order. */
export const SHEETS: readonly SheetSpec[] = [customersSheet, ...EVENT_SHEETS, staffSheet, staffTrainingSheet, staffExperienceSheet, departmentsSheet, plansSheet, suggestionsSheet, settingsSheet];

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
