import { runDue, type DueItem } from "../../app/due";
import { formatDay, isoDate } from "../../domain/time";
import { GRADES } from "../../workbook/column";
import type { Lang } from "../../i18n/lang";
import { EXIT, langOf, type Command } from "../command";
import { fileArgument, openForReading, READ_LIMIT_OPTIONS } from "../open-workbook";
import { OPT } from "../args";
import { RequireLog } from "../require-log";
import { repsGiven } from "../require-rep";
import { problemsNote } from "../problems-note";
import { customersSheet } from "../../workbook";

const usage = "kehu due <file.xlsx> [--today D] [--rep 工号] [--json] [--lang en]";
const usageEn = "kehu due <file.xlsx> [--today D] [--rep ID] [--json] [--lang en]";

const date = (d: Date | undefined) => (d ? isoDate(d) : undefined);

const T = {
  zh: {
    last: (d: string) => `最近跟进 ${d}`,
    never: "从未跟进",
    due: (d: string) => `应跟进 ${d}`,
    now: "应立即跟进",
    late: (n: number) => `逾期 ${n} 天`,
    today: "今天到期",
    rep: "客服",
    head: (day: string, rep: string | undefined, customers: number, due: number) => `今日跟进 ${day}：${rep ? `客服 ${rep} 的 ` : ""}${customers} 位客户中 ${due} 位今天到期或已逾期`,
    grade: (g: string, days: number, n: number) => `${g} 级（每 ${days} 天）：${n} 位`,
  },
  en: {
    last: (d: string) => `last follow-up ${d}`,
    never: "never followed up",
    due: (d: string) => `due ${d}`,
    now: "due now",
    late: (n: number) => `${n} days overdue`,
    today: "due today",
    rep: "rep",
    head: (day: string, rep: string | undefined, customers: number, due: number) => `Due on ${day}: ${due} of ${rep ? `rep ${rep}'s ` : ""}${customers} customers are due today or overdue`,
    grade: (g: string, days: number, n: number) => `Grade ${g} (every ${days} days): ${n}`,
  },
};

function line(i: DueItem, lang: Lang): string {
  const t = T[lang];
  const last = i.lastFollowUp ? t.last(isoDate(i.lastFollowUp)) : t.never;
  const due = i.due ? t.due(isoDate(i.due)) : t.now;
  const late = i.daysOverdue > 0 ? t.late(i.daysOverdue) : i.due ? t.today : "";
  return `  ${i.code}  ${i.name}  ${t.rep} ${i.rep}  ${last}  ${due}  ${late}`.trimEnd();
}

export const dueCommand: Command = {
  name: "due",
  summary: "今日跟进：按等级列出今天到期或已逾期的客户，逾期最久的在前（等级取最近一次跟进后的等级）",
  summaryEn: "Due today: customers due or overdue today by grade, most overdue first (the grade after the latest follow-up)",
  usage,
  usageEn,
  options: { today: OPT.today, rep: OPT.rep, lang: OPT.lang, ...READ_LIMIT_OPTIONS },
  files: { min: 1, max: 1 },
  async run(ctx) {
    const file = fileArgument(ctx, { zh: usage, en: usageEn });
    const rep = typeof ctx.flags.rep === "string" ? ctx.flags.rep : undefined;
    // an ID nobody has would list 0 customers as if that rep were done for the day
    const run = await runDue(new RequireLog(await openForReading(file, ctx.flags), file, { sheets: [customersSheet], reps: repsGiven(ctx.flags, "rep") }, langOf(ctx.flags)), ctx.today, rep);
    if (ctx.json) {
      ctx.out(
        JSON.stringify({
          file,
          today: isoDate(ctx.today),
          rep: rep ?? null,
          customers: run.customers,
          problems: run.problems,
          due: run.items.map((i) => ({ ...i, lastFollowUp: date(i.lastFollowUp), due: date(i.due) })),
        }),
      );
      return EXIT.ok;
    }
    const lang: Lang = ctx.flags.lang === "en" ? "en" : "zh";
    const t = T[lang];
    ctx.out(t.head(formatDay(ctx.today, lang), rep, run.customers, run.items.length));
    for (const g of GRADES) {
      const items = run.items.filter((i) => i.grade === g);
      if (items.length === 0) continue;
      ctx.out(t.grade(g, items[0].cadenceDays, items.length));
      for (const i of items) ctx.out(line(i, lang));
    }
    if (run.problems > 0) ctx.out(problemsNote(run.problems, file, lang));
    return EXIT.ok;
  },
};
