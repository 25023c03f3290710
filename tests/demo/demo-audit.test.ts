import { expectedFindings, generateDemoLog } from "../../src/demo";
import { audit, RULE_IDS, type RuleId } from "../../src/domain/audit";
import type { Log } from "../../src/domain/log";
import { SERVICE_REMEDIES } from "../../src/domain/vocabulary";
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
  const findings = audit(workbook, TODAY).findings;
  const found = Object.fromEntries(RULE_IDS.map((r) => [r, 0])) as Record<RuleId, number>;
  for (const f of findings) found[f.rule]++;
  expect(found).toEqual(expectedFindings(log.planted));

  // the look-alikes of a remedy of value left unapproved: 服务 complaints put right by a service, every step done and approved (none planted)
  const planted = new Set(Object.values(log.plantedIn).flatMap((refs) => refs.map((r) => r.split(" ")[1])));
  const served = workbook.complaints.filter(({ record: c }) => !planted.has(c.id) && c.status === "已完成" && c.complaintKind === "服务" && c.remedy && SERVICE_REMEDIES.includes(c.remedy as never) && c.approver && c.closedAt);
  expect(served.length).toBeGreaterThan(0);
  const flagged = new Set(findings.filter((f) => f.ref.sheet === "complaints").map((f) => f.ref.row));
  expect(served.filter((c) => flagged.has(c.row))).toEqual([]);
});
