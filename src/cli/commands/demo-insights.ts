import type { LogRead } from "../../app/read-log";
import { audit, FAMILY_NAMES, RULE_FAMILIES } from "../../domain/audit";
import { summarize } from "../../app/audit";
import { khInsights } from "./kh-insights";
import type { Lang } from "../../i18n/lang";

export interface DemoInsights {
  lines: string[];
  json: Record<string, unknown>;
}

/** What the add-in computes on the demo workbook: due list, ABC, routes and the supervisor's audit. */
export function demoInsights(log: LogRead, today: Date, lang: Lang = "zh"): DemoInsights {
  const en = lang === "en";
  const kh = khInsights(log, today, lang);
  const run = { log, result: audit(log, today) };
  const summary = summarize(run, lang);
  const families = RULE_FAMILIES.filter((f) => summary.byFamily[f] > 0).map((f) => `${FAMILY_NAMES[f][lang]} ${summary.byFamily[f]}`);
  const rate = summary.onTimeRate === undefined ? undefined : `${(summary.onTimeRate * 100).toFixed(1)}%`;
  const sev = summary.bySeverity;
  const lines = [
    "",
    en ? "What the add-in computes on this workbook:" : "加载项在这个工作簿上算出的结果：",
    ...kh.lines.map((l) => `  ${l}`),
    en
      ? `  Audit: ${summary.findings.length} findings (high ${sev["高"]} · medium ${sev["中"]} · low ${sev["低"]}): ${families.join(", ")}${rate ? `; follow-ups on time ${rate}` : ""}`
      : `  审计：${summary.findings.length} 条发现（高 ${sev["高"]} · 中 ${sev["中"]} · 低 ${sev["低"]}）：${families.join("、")}${rate ? `，跟进准时率 ${rate}` : ""}`,
    ...summary.findings.slice(0, 3).map((f) => `    [${f.severityLabel}] ${f.sheet}!${f.cell} ${f.message}`),
    "",
    en
      ? "Next: kehu due <file>, kehu abc <file>, kehu routes <file>, kehu audit <file>, kehu handover <file> --rep <ID>"
      : "下一步：kehu due <文件>、kehu abc <文件>、kehu routes <文件>、kehu audit <文件>、kehu handover <文件> --rep <工号>",
  ];
  return { lines, json: { ...kh.json, audit: { findings: summary.findings.length, bySeverity: summary.bySeverity, byFamily: summary.byFamily, onTimeRate: summary.onTimeRate } } };
}
