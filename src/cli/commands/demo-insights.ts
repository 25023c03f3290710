import type { LogRead } from "../../app/read-log";
import { audit, FAMILY_NAMES, RULE_FAMILIES } from "../../domain/audit";
import { summarize } from "../../app/audit";
import { khInsights } from "./kh-insights";

export interface DemoInsights {
  lines: string[];
  json: Record<string, unknown>;
}

/** What the add-in computes on the demo workbook: due list, ABC, routes and the supervisor's audit. */
export function demoInsights(log: LogRead, today: Date): DemoInsights {
  const kh = khInsights(log, today);
  const run = { log, result: audit(log, today) };
  const summary = summarize(run);
  const families = RULE_FAMILIES.filter((f) => summary.byFamily[f] > 0).map((f) => `${FAMILY_NAMES[f].zh} ${summary.byFamily[f]}`);
  const onTime = summary.onTimeRate === undefined ? "" : `，跟进准时率 ${(summary.onTimeRate * 100).toFixed(1)}%`;
  const lines = [
    "",
    "加载项在这个工作簿上算出的结果：",
    ...kh.lines.map((l) => `  ${l}`),
    `  审计：${summary.findings.length} 条发现（高 ${summary.bySeverity["高"]} · 中 ${summary.bySeverity["中"]} · 低 ${summary.bySeverity["低"]}）：${families.join("、")}${onTime}`,
    ...summary.findings.slice(0, 3).map((f) => `    [${f.severityLabel}] ${f.sheet}!${f.cell} ${f.message}`),
    "",
    "下一步：kehu due <文件>、kehu abc <文件>、kehu routes <文件>、kehu audit <文件>、kehu handover <文件> --rep <工号>",
  ];
  return { lines, json: { ...kh.json, audit: { findings: summary.findings.length, bySeverity: summary.bySeverity, byFamily: summary.byFamily, onTimeRate: summary.onTimeRate } } };
}
