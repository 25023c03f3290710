import { generateDemoLog } from "../../src/demo";
import { audit, type RuleId } from "../../src/domain/audit";
import type { Log } from "../../src/domain/log";
import { defaultSettingRows, settingsFromRows } from "../../src/workbook/settings-rows";
import {
  complaintsSheet,
  customersSheet,
  followUpsSheet,
  invoicesSheet,
  marketSupportSheet,
  returnsSheet,
  samplesSheet,
  staffSheet,
  staffTrainingSheet,
  staffExperienceSheet,
  departmentsSheet,
  plansSheet,
  suggestionsSheet,
  transactionsSheet,
  type SheetSpec,
} from "../../src/workbook";
import { parseSheet } from "../../src/workbook/codec/parse";
import { encodeRecordInSpecOrder } from "../../src/workbook/codec/record";

/**
 * The demo is written for the supervisor's audit: read back the way a workbook is (records
 * encoded to cells, the faulty cells typed over them, the sheets parsed), the audit must find
 * exactly what the demo says it planted, rule by rule, and nothing else.
 */
const TODAY = new Date(Date.UTC(2026, 10, 23, 10, 30));

test("the audit of the demo finds exactly what was planted", () => {
  const log = generateDemoLog({ customers: 300, seed: 11, today: TODAY });
  const read = <S extends SheetSpec>(spec: S) => {
    const key = spec.key;
    const rows = (log.records[key] ?? []).map((r) => encodeRecordInSpecOrder(spec, r));
    for (const f of log.faults.filter((f) => f.sheetKey === key)) rows[f.index][spec.columns.findIndex((c) => c.key === f.columnKey)] = f.raw;
    return parseSheet(spec, { sheet: spec.name, headers: spec.columns.map((c) => c.header), rows, headerRow: 1, firstColumn: 0 }).rows;
  };
  const workbook: Log = {
    customers: read(customersSheet),
    transactions: read(transactionsSheet),
    samples: read(samplesSheet),
    invoices: read(invoicesSheet),
    returns: read(returnsSheet),
    complaints: read(complaintsSheet),
    marketSupport: read(marketSupportSheet),
    followUps: read(followUpsSheet),
    staff: read(staffSheet),
    staffTraining: read(staffTrainingSheet),
    staffExperience: read(staffExperienceSheet),
    departments: read(departmentsSheet),
    plans: read(plansSheet),
    suggestions: read(suggestionsSheet),
    // what 设置 says in the workbook kehu demo writes: working days (顺延节假日 是)
    settings: settingsFromRows(defaultSettingRows()),
  };
  const found: Partial<Record<RuleId, number>> = {};
  for (const f of audit(workbook, TODAY).findings) found[f.rule] = (found[f.rule] ?? 0) + 1;

  const p = log.planted;
  const expected: Partial<Record<RuleId, number>> = {
    "cadence.lapse": p.followUpLapses + p.followUpsOverdue,
    "feedback.late": p.lateFeedback,
    "feedback.missing": p.feedbackMissing,
    "complaint.steps": p.complaintsMissingStep,
    "complaint.open": p.complaintsOpenOverdue,
    "complaint.approval": p.compensationWithoutApproval,
    "complaint.callback": p.complaintsNoCallback,
    "complaint.order": p.complaintsOutOfOrder,
    "complaint.approver": p.approverNotEntitled,
    "records.incomplete": p.recordsIncomplete,
    "records.gradeNotUpdated": p.gradeNotUpdated,
    "samples.quota": p.samplesOverQuota,
    "promise.unkept": p.promisesOverdue,
    "promise.noDue": p.promisesNoDue,
    "samples.noApprover": p.samplesNoApprover,
    "samples.repeat": p.samplesRepeat,
    "sales.drop": p.salesDrop,
    "sales.categoryShift": p.categoryShift,
    "sales.spike": p.salesSpike,
    "sales.gradeMismatch": p.gradeMismatch,
    "sales.abcMismatch": p.abcStale,
    "records.repGone": p.repGone,
    "receivables.overdue": p.paymentsMissed,
    "credit.overLimit": p.creditOverLimit,
    "plans.belowMinimum": p.planBelowMinimum,
    "invoice.notReceived": p.invoicesUndelivered,
    "return.open": p.returnsPending,
    "abc.duty": p.abcDutyMissed,
  };
  expect(found).toEqual(expected);
});
