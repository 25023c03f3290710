import { runPlanSuggest } from "../../app/plan-suggest";
import { cryptoRandom } from "../../io/random";
import { parsePeriod, periodLabel } from "../../domain/periods";
import { isoDate } from "../../domain/time";
import { PLAN_METHODS, PLAN_METHODS_EN, PLAN_TYPES, PLAN_TYPES_EN } from "../../domain/vocabulary";
import { OPT } from "../args";
import { EXIT, langOf, usageError, type Command, type Usage } from "../command";
import { openForCommand, saveBack, READ_LIMIT_OPTIONS } from "../open-workbook";
import { RequireLog } from "../require-log";
import { repsGiven } from "../require-rep";
import { customersSheet, followUpsSheet, plansSheet } from "../../workbook";

const usage: Usage = {
  zh: "kehu plan suggest <file.xlsx> --rep 工号 --month 2026-12 [--today D] [--write] [--lang en] [--json]",
  en: "kehu plan suggest <file.xlsx> --rep ID --month 2026-12 [--today D] [--write] [--lang en] [--json]",
};

export const planCommand: Command = {
  name: "plan",
  summary: "方案建议：按 A–E 跟进周期和 ABC 待遇算出某客服某月需要的访问方案（各等级要联系几位、几次）；--write 作为草拟追加到“工作方案”",
  summaryEn: "Plan suggestions: the visit plans a rep needs in a month from the A–E follow-up cadence and what each ABC class is owed (how many customers per grade, how many contacts); --write appends them to 工作方案 as drafts",
  usage: usage.zh,
  usageEn: usage.en,
  options: { rep: OPT.rep, month: { type: "string", value: "YYYY-MM" }, today: OPT.today, write: OPT.write, lang: OPT.lang, ...READ_LIMIT_OPTIONS },
  files: { min: 2, max: 2 },
  async run(ctx) {
    const [sub, file] = ctx.positional;
    if (sub !== "suggest") throw usageError(ctx.flags, { zh: `未知的子命令“${sub}”（只有 suggest）`, en: `unknown sub-command "${sub}" (there is only suggest)` }, usage);
    const rep = typeof ctx.flags.rep === "string" ? ctx.flags.rep.trim() : "";
    if (!rep) throw usageError(ctx.flags, { zh: "缺少 --rep 工号", en: "missing --rep ID" }, usage);
    const monthText = typeof ctx.flags.month === "string" ? ctx.flags.month : undefined;
    const month = monthText === undefined ? undefined : parsePeriod(monthText);
    if (!month || month.kind !== "month") {
      const missing = monthText === undefined;
      throw usageError(ctx.flags, { zh: `--month：${missing ? "缺少月份" : `“${monthText}”不是月份`}（例如 2026-12）`, en: `--month: ${missing ? "missing month" : `"${monthText}" is not a month`} (e.g. 2026-12)` }, usage);
    }
    const en = ctx.flags.lang === "en";
    const write = ctx.flags.write === true;
    const book = await openForCommand(file, write, ctx.flags);
    const needs = { sheets: [customersSheet, followUpsSheet, ...(write ? [plansSheet] : [])], reps: repsGiven(ctx.flags, "rep") };
    const run = await runPlanSuggest(new RequireLog(book, file, needs, langOf(ctx.flags)), { rep, month, today: ctx.today, write, random: cryptoRandom });
    if (run.written) await saveBack(book);
    if (ctx.json) {
      const plans = run.drafts.map((p) => ({ ...p, start: isoDate(p.start), end: isoDate(p.end) }));
      ctx.out(JSON.stringify({ file, rep, month: monthText, today: isoDate(ctx.today), grades: run.grades, overdue: run.overdue, duties: run.duties, plans, written: run.written, problems: run.problems }));
      return EXIT.ok;
    }
    const label = periodLabel(month, en ? "en" : "zh");
    ctx.out(en ? `Visit plans for ${rep} in ${label} (as of ${isoDate(ctx.today)}; ${run.overdue} customers overdue now):` : `${rep} 在 ${label} 的访问方案建议（按 ${isoDate(ctx.today)} 的状态；目前逾期 ${run.overdue} 位）：`);
    ctx.out(en ? "Grade  Customers  Contacts" : "等级  客户数  联系次数");
    for (const g of run.grades) ctx.out(`${g.grade.padEnd(en ? 7 : 6)}${String(g.customers).padStart(en ? 9 : 6)}  ${String(g.contacts).padStart(en ? 8 : 8)}`);
    for (const d of run.duties) {
      const method = en ? PLAN_METHODS_EN[PLAN_METHODS.indexOf(d.method)] : d.method;
      ctx.out(en ? `ABC ${d.abc}: ${method} every ${d.months} months, due for ${d.customers.length} customers` : `ABC ${d.abc} 类：每 ${d.months} 个月${method}一次，待办 ${d.customers.length} 位`);
    }
    ctx.out(en ? "Proposed plans (状态 草拟, edit before use):" : "建议的方案（状态 草拟，请修改后使用）：");
    // the content is written into the (Chinese) workbook as it is; in English the grades and duties above say the same
    for (const p of run.drafts) {
      ctx.out(
        en
          ? `  ${p.id}  ${PLAN_TYPES_EN[PLAN_TYPES.indexOf(p.planType)]}${p.method ? `/${PLAN_METHODS_EN[PLAN_METHODS.indexOf(p.method)]}` : ""}  target ${p.target}  minimum ${p.minimum}`
          : `  ${p.id}  ${p.planType}${p.method ? `/${p.method}` : ""}  目标 ${p.target}  最低 ${p.minimum}  ${p.content ?? ""}`,
      );
    }
    if (run.drafts.length === 0) ctx.out(en ? "  none: no customer falls due that month" : "  无：这个月没有客户到期");
    if (run.written) ctx.out(en ? `Appended ${run.drafts.length} draft plans to 工作方案 of ${file}` : `已把 ${run.drafts.length} 个草拟方案追加到 ${file} 的“工作方案”`);
    return EXIT.ok;
  },
};
