import { monthReport, type MonthFigures } from "../../../archive/report";
import { FIGURE_LABELS } from "../../../app/report";
import { parsePeriod, periodLabel } from "../../../domain/periods";
import type { ActivityFigures } from "../../../domain/report-figures";
import { isoDate } from "../../../domain/time";
import { moneyText } from "../../../i18n/money";
import { displayWidth, padDisplay } from "../../args";
import { EXIT, langOf, usageError } from "../../command";
import { REPORT_TITLE } from "../report";
import { textFlag } from "./flags";
import { SCOPE_OPTIONS, SCOPE_USAGE, scopeFromFlags } from "./scope-flags";
import { ARCHIVE_OPT, subUsage, type ArchiveSub } from "./sub";

const usage = subUsage("report", `--month YYYY-MM ${SCOPE_USAGE.zh}`, `--month YYYY-MM ${SCOPE_USAGE.en}`);

/** The columns of the month's table: each archived figure under kehu report's label for it. */
const COLUMNS: readonly { figure: keyof MonthFigures; label: keyof ActivityFigures; money: boolean }[] = [
  { figure: "orders", label: "orderAmount", money: true },
  { figure: "payments", label: "paymentAmount", money: true },
  { figure: "followUps", label: "followUpsDone", money: false },
  { figure: "complaints", label: "complaintsOpened", money: false },
];

const T = {
  zh: { rep: "客服", none: "  （这个月在此范围内没有记录）", badMonth: (text: string) => `--month：“${text}”不是月份（例如 2026-10）`, noMonth: "缺少 --month（例如 2026-10）" },
  en: { rep: "Rep", none: "  (no records in this scope this month)", badMonth: (text: string) => `--month: "${text}" is not a month (e.g. 2026-10)`, noMonth: "missing --month (e.g. 2026-10)" },
};

export const reportSub: ArchiveSub = {
  name: "report",
  usage,
  summary: {
    zh: "月报：每个客服当月的订单额、回款额、跟进次数、投诉数（在归档上用一条 SQL 汇总）",
    en: "Monthly report: each rep's orders, payments, follow-ups and complaints in the month (one SQL aggregate over the archive)",
  },
  options: { ...SCOPE_OPTIONS, month: ARCHIVE_OPT.month },
  files: { min: 0, max: 0 },
  async run(ctx, db) {
    const lang = langOf(ctx.flags);
    const t = T[lang];
    const text = textFlag(ctx.flags, "month", usage);
    // a month as every command reads one (domain/periods.ts), not a second pattern of its own
    const period = text ? parsePeriod(text) : undefined;
    if (period?.kind !== "month") throw usageError(ctx.flags, text ? { zh: T.zh.badMonth(text), en: T.en.badMonth(text) } : { zh: T.zh.noMonth, en: T.en.noMonth }, usage);
    const scope = await scopeFromFlags(ctx, db, usage);
    const rows = await monthReport(db, period.from.getUTCFullYear(), period.from.getUTCMonth() + 1, scope.reps);
    if (ctx.json) {
      ctx.out(JSON.stringify({ month: isoDate(period.from).slice(0, 7), scope: scope.label, reps: rows }));
      return EXIT.ok;
    }
    ctx.out(`${REPORT_TITLE[lang].monthly} ${periodLabel(period, lang)} · ${scope.label}`);
    const labels = COLUMNS.map((c) => FIGURE_LABELS[c.label][lang]);
    const widths = labels.map((l, i) => Math.max(COLUMNS[i].money ? 16 : 4, displayWidth(l)));
    // figures right-aligned under their labels
    const cell = (text: string, i: number) => `${" ".repeat(Math.max(0, widths[i] - displayWidth(text)))}${text}`;
    ctx.out(`  ${padDisplay(t.rep, 6)}  ${labels.map(cell).join("  ")}`);
    for (const r of rows) ctx.out(`  ${padDisplay(r.rep, 6)}  ${COLUMNS.map((c, i) => cell(c.money ? moneyText(Number(r[c.figure])) : String(r[c.figure]), i)).join("  ")}`);
    if (rows.length === 0) ctx.out(t.none);
    return EXIT.ok;
  },
};
