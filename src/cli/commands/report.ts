import { FIGURE_LABELS, REPORT_KINDS, REPORT_TITLES, runReport, type ReportKind } from "../../app/report";
import { compareFigures, growthText } from "../../domain/comparison";
import { periodLabel } from "../../domain/periods";
import { ACTIVITY_FIGURES, isMoneyFigure } from "../../domain/report-figures";
import { isoDate } from "../../domain/time";
import { customersSheet } from "../../workbook";
import { dateFlag, OPT } from "../args";
import { CliError, EXIT, type Command } from "../command";
import { openForCommand, READ_LIMIT_OPTIONS, saveBack } from "../open-workbook";
import { RequireLog } from "../require-log";

const usage = `kehu report ${REPORT_KINDS.join("|")} <file.xlsx> [--date D] [--rep 工号] [--write] [--today D] [--json]`;

const money = (x: number) => `${x < 0 ? "-" : ""}¥${Math.abs(x).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export const reportCommand: Command = {
  name: "report",
  summary: "日清表 / 周报 / 月报：某天、某周或某月的跟进（已做与到期）、新客户、订单与回款、样品与市场支持、投诉受理与按时结案、未结事项，并与上期比（环比）；--write 写入报表工作表，保留客服填写的总结与下期计划",
  usage,
  options: { date: { type: "string", value: "D" }, rep: { type: "string", value: "工号" }, write: OPT.write, today: OPT.today, ...READ_LIMIT_OPTIONS },
  files: { min: 2, max: 2 },
  async run(ctx) {
    const [kindText, file] = ctx.positional;
    if (!(REPORT_KINDS as readonly string[]).includes(kindText)) throw new CliError(`报表只有 ${REPORT_KINDS.join("、")}（得到“${kindText}”）。用法：${usage}`, EXIT.usage);
    const kind = kindText as ReportKind;
    const date = dateFlag(ctx.flags, "date") ?? ctx.today;
    const rep = typeof ctx.flags.rep === "string" ? ctx.flags.rep : undefined;
    const write = ctx.flags.write === true;
    const book = await openForCommand(file, write, ctx.flags);
    const run = await runReport(new RequireLog(book, file, { sheets: [customersSheet] }), { kind, date, rep, write });
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
    ctx.out(`${REPORT_TITLES[kind]} ${periodLabel(figures.period)}${rep ? ` · 客服 ${rep}` : " · 全体客服"}（环比：${periodLabel(previous.period)}）`);
    for (const k of ACTIVITY_FIGURES) {
      const c = compareFigures(figures.total[k], previous.total[k]);
      const fmt = (x: number) => (isMoneyFigure(k) ? money(x) : String(x));
      ctx.out(`  ${FIGURE_LABELS[k].zh}  ${fmt(c.current)}  上期 ${fmt(c.base)}  ${growthText(c)}`);
    }
    if (write) ctx.out(`已写入 ${file} 的“${run.sheet}”工作表${run.keptNotes > 0 ? `（保留了已填写的 ${run.keptNotes} 项总结/计划）` : ""}`);
    if (run.problems > 0) ctx.out(`（工作簿有 ${run.problems} 个无法识别的单元格，运行 kehu check ${file} 查看）`);
    return EXIT.ok;
  },
};
