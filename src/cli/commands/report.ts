import { FIGURE_LABELS, REPORT_KINDS, REPORT_TITLES, runReport, type ReportKind } from "../../app/report";
import { compareFigures, ratioGrowthText } from "../../domain/comparison";
import { periodLabel } from "../../domain/periods";
import { ACTIVITY_FIGURES, isMoneyFigure } from "../../domain/report-figures";
import { isoDate } from "../../domain/time";
import { customersSheet } from "../../workbook";
import { dateFlag, OPT } from "../args";
import { EXIT, langOf, usageError, type Command } from "../command";
import { openForCommand, READ_LIMIT_OPTIONS, saveBack } from "../open-workbook";
import { RequireLog } from "../require-log";
import { repsGiven } from "../require-rep";
import { problemsNote } from "../problems-note";
import { moneyText } from "../../i18n/money";
import type { Lang } from "../../i18n/lang";

const usage = {
  zh: `kehu report ${REPORT_KINDS.join("|")} <file.xlsx> [--date D] [--rep 工号] [--write] [--today D] [--json] [--lang en]`,
  en: `kehu report ${REPORT_KINDS.join("|")} <file.xlsx> [--date D] [--rep ID] [--write] [--today D] [--json] [--lang en]`,
};

/** Each report's title, per language. */
export const REPORT_TITLE: Record<Lang, Record<ReportKind, string>> = {
  zh: REPORT_TITLES,
  en: { daily: "Daily report", weekly: "Weekly report", monthly: "Monthly report" },
};

const T = {
  zh: {
    title: REPORT_TITLE.zh,
    head: (title: string, period: string, rep: string | undefined, previous: string) => `${title} ${period}${rep ? ` · 客服 ${rep}` : " · 全体客服"}（环比：${previous}）`,
    previous: "上期",
    change: "变化",
    written: (file: string, sheet: string, kept: number) => `已写入 ${file} 的“${sheet}”工作表${kept > 0 ? `（保留了已填写的 ${kept} 项总结/计划）` : ""}`,
  },
  en: {
    title: REPORT_TITLE.en,
    head: (title: string, period: string, rep: string | undefined, previous: string) => `${title} ${period}${rep ? ` · rep ${rep}` : " · all reps"} (against ${previous})`,
    previous: "previous",
    change: "change",
    written: (file: string, sheet: string, kept: number) => `Wrote the sheet ${sheet} in ${file}${kept > 0 ? ` (kept the ${kept} summaries and plans already filled in)` : ""}`,
  },
};

const money = (x: number) => moneyText(x);

export const reportCommand: Command = {
  name: "report",
  summary: "日清表 / 周报 / 月报：某天、某周或某月的跟进（已做与到期）、新客户、订单与回款、样品与市场支持、投诉受理与按时结案、未结事项，并与上期比（环比）；--write 写入报表工作表，保留客服填写的总结与下期计划",
  summaryEn: "Daily / weekly / monthly report: follow-ups done and due, new customers, orders and payments, samples and market support, complaints taken and closed in time, open items, against the period before; --write makes the report sheet and keeps the rep's summary and plan",
  usage: usage.zh,
  usageEn: usage.en,
  options: { date: { type: "string", value: "D" }, rep: OPT.rep, write: OPT.write, today: OPT.today, lang: OPT.lang, ...READ_LIMIT_OPTIONS },
  files: { min: 2, max: 2 },
  async run(ctx) {
    const [kindText, file] = ctx.positional;
    if (!(REPORT_KINDS as readonly string[]).includes(kindText)) {
      throw usageError(ctx.flags, { zh: `报表只有 ${REPORT_KINDS.join("、")}（得到“${kindText}”）`, en: `the reports are ${REPORT_KINDS.join(", ")} (got "${kindText}")` }, usage);
    }
    const kind = kindText as ReportKind;
    const date = dateFlag(ctx.flags, "date") ?? ctx.today;
    const rep = typeof ctx.flags.rep === "string" ? ctx.flags.rep : undefined;
    const write = ctx.flags.write === true;
    const book = await openForCommand(file, write, ctx.flags);
    const run = await runReport(new RequireLog(book, file, { sheets: [customersSheet], reps: repsGiven(ctx.flags, "rep") }, langOf(ctx.flags)), { kind, date, rep, write });
    if (write) await saveBack(book);
    const { figures, previous } = run;
    if (ctx.json) {
      ctx.out(
        JSON.stringify({
          file,
          kind,
          rep: rep ?? null,
          period: { from: isoDate(figures.period.from), to: isoDate(figures.period.to), label: periodLabel(figures.period) },
          previous: { from: isoDate(previous.period.from), to: isoDate(previous.period.to) },
          total: figures.total,
          previousTotal: previous.total,
          byRep: Object.fromEntries(figures.byRep),
          due: run.details.due.length,
          open: run.details.open.length,
          sheet: run.sheet,
          written: run.written,
          keptNotes: run.keptNotes,
          problems: run.problems,
        }),
      );
      return EXIT.ok;
    }
    const lang = langOf(ctx.flags);
    const t = T[lang];
    ctx.out(t.head(t.title[kind], periodLabel(figures.period, lang), rep, periodLabel(previous.period, lang)));
    for (const k of ACTIVITY_FIGURES) {
      const c = compareFigures(figures.total[k], previous.total[k]);
      const fmt = (x: number) => (isMoneyFigure(k) ? money(x) : String(x));
      const sign = c.change > 0 ? "+" : "";
      ctx.out(`  ${FIGURE_LABELS[k][lang]}  ${fmt(c.current)}  ${t.previous} ${fmt(c.base)}  ${t.change} ${sign}${fmt(c.change)}  ${ratioGrowthText(c, lang)}`);
    }
    if (write) ctx.out(t.written(file, run.sheet, run.keptNotes));
    if (run.problems > 0) ctx.out(problemsNote(run.problems, file, lang));
    return EXIT.ok;
  },
};
