import { handOver, HANDOVER_SHEET, type HandoverSelection } from "../../app/handover";
import { cryptoRandom } from "../../io/random";
import { isoDate, utcDate } from "../../domain/time";
import type { Dossier } from "../../domain/handover";
import type { Lang } from "../../i18n/lang";
import { formatProblem } from "../../workbook/problems";
import { CliError, EXIT, localError, usageError, type CliContext, type Command, type Usage } from "../command";
import { fileArgument, openForEditing, refuseOutOverInput, READ_LIMIT_OPTIONS } from "../open-workbook";
import { OPT } from "../args";
import { RequireLog } from "../require-log";
import { repsGiven } from "../require-rep";
import { customersSheet, followUpsSheet, staffSheet } from "../../workbook";

const usage: Usage = {
  zh: "kehu handover <file.xlsx> (--rep 工号 | --customer 客户编码[,客户编码…]) [--to 新客服工号] [--out F | --write] [--json] [--lang en]",
  en: "kehu handover <file.xlsx> (--rep ID | --customer CODE[,CODE…]) [--to NEWREP] [--out F | --write] [--json] [--lang en]",
};

function selectionOf(ctx: CliContext): HandoverSelection {
  const rep = ctx.flags.rep;
  const customer = ctx.flags.customer;
  if (typeof rep === "string" && customer === undefined) return { rep };
  if (typeof customer === "string" && rep === undefined) {
    return { customers: customer.split(/[,，]/).map((c) => c.trim()).filter(Boolean) };
  }
  throw usageError(ctx.flags, { zh: "请给出 --rep 工号 或 --customer 客户编码（二选一）", en: "give either --rep ID or --customer CODE" }, usage);
}

/** The moment the 交接 rows carry: --today at 00:00, else the machine's wall clock as floating time. */
function nowOf(ctx: CliContext): Date {
  if (typeof ctx.flags.today === "string") return ctx.today;
  const c = new Date();
  return utcDate(c.getFullYear(), c.getMonth() + 1, c.getDate(), c.getHours(), c.getMinutes());
}

function line(d: Dossier, lang: Lang): string {
  const c = d.customer.record;
  const last = d.lastFollowUp ? isoDate(d.lastFollowUp.at) : "—";
  const due = d.nextDue ? isoDate(d.nextDue) : "—";
  const abc = `${d.abc.stored ?? "—"}→${d.abc.computed ?? "—"}`;
  return lang === "en"
    ? `${c.code} ${c.name}  grade ${c.grade}  ABC ${abc}  last ${last}  next ${due}${d.daysOverdue ? ` (${d.daysOverdue} days overdue)` : ""}  open ${d.open.length}  12-month orders ¥${d.sales.total.toFixed(2)}`
    : `${c.code} ${c.name}  等级${c.grade}  ABC ${abc}  最近跟进 ${last}  下次 ${due}${d.daysOverdue ? `（超期${d.daysOverdue}天）` : ""}  未结 ${d.open.length} 项  近12个月订单 ¥${d.sales.total.toFixed(2)}`;
}

export const handoverCommand: Command = {
  name: "handover",
  summary: "交接：为某客服的全部客户或指定客户生成交接资料（交接 工作表）；加 --to 把客户改给新客服并记录交接",
  summaryEn: "Handover: a dossier (the 交接 sheet) for all of a rep's customers or the ones named; --to moves them to the new rep and logs the handover",
  usage: usage.zh,
  usageEn: usage.en,
  options: { rep: { type: "string", value: "工号" }, customer: { type: "string", value: "CODE" }, to: { type: "string", value: "NEWREP", staffId: true }, out: OPT.out, write: OPT.write, force: OPT.force, today: OPT.today, lang: OPT.lang, ...READ_LIMIT_OPTIONS },
  files: { min: 1, max: 1 },
  async run(ctx) {
    const file = fileArgument(ctx, usage);
    const selection = selectionOf(ctx);
    const lang: Lang = ctx.flags.lang === "en" ? "en" : "zh";
    const to = ctx.flags.to;
    if (to === true || (typeof to === "string" && to.trim() === "")) throw usageError(ctx.flags, { zh: "--to 需要新客服的工号", en: "--to needs the new rep's ID" }, usage);
    const out = typeof ctx.flags.out === "string" ? ctx.flags.out : undefined;
    const write = ctx.flags.write === true;
    if (out && write) throw usageError(ctx.flags, { zh: "--write（写回原文件）与 --out（写到新文件）只能选一个", en: "--write (back into the file) and --out (to a new file) cannot go together" }, usage);
    if (to && !out && !write) throw localError(ctx.flags, { zh: "改派客户会修改工作簿：请加 --write（写回原文件）或 --out 新文件名", en: "moving customers changes the workbook: add --write (back into the file) or --out with a new file name" });

    if (out) await refuseOutOverInput(out, [file], usage, ctx.flags);
    const book = await openForEditing(file, ctx.flags);
    const done = await handOver(new RequireLog(book, file, { sheets: [customersSheet, followUpsSheet], reps: repsGiven(ctx.flags, "rep") }, lang), selection, ctx.today, { lang, to: typeof to === "string" ? to.trim() : undefined, now: nowOf(ctx), random: cryptoRandom });
    if (!done.ok) {
      // a new rep who is not in 员工 or has left: a usage error, one line
      const rep = done.problems.length === 1 && done.problems[0].sheet === staffSheet.name ? done.problems[0] : undefined;
      if (rep) throw new CliError(`--to${lang === "en" ? ": " : "："}${(lang === "en" ? rep.detailEn : rep.detail) ?? formatProblem(rep, lang)}`, EXIT.usage);
      for (const p of done.problems) ctx.err(formatProblem(p, lang));
      return EXIT.problems;
    }
    const { dossiers, moved, unknown } = done.outcome;
    if (dossiers.length === 0) {
      throw localError(
        ctx.flags,
        "rep" in selection
          ? { zh: `客户档案中没有负责客服为 ${selection.rep} 的客户`, en: `no customer in the customer archive has ${selection.rep} as its rep` }
          : { zh: `客户档案中没有客户 ${selection.customers.join("、")}`, en: `the customer archive has no customer ${selection.customers.join(", ")}` },
      );
    }
    for (const code of unknown) ctx.err(lang === "en" ? `${code}: not in the customer archive` : `${code}：客户档案中没有这个客户`);
    const target = out ?? (write ? file : undefined);
    if (target) await book.save(target, { overwrite: ctx.flags.force === true });

    if (ctx.json) {
      ctx.out(JSON.stringify({ file, out: target, moved, unknown, dossiers }));
    } else {
      for (const d of dossiers) ctx.out(line(d, lang));
      for (const m of moved) ctx.out(lang === "en" ? `${m.customer}: ${m.from} → ${m.to} (handover logged)` : `${m.customer}：${m.from} → ${m.to}（已记录交接）`);
      ctx.out(
        target
          ? lang === "en" ? `The ${HANDOVER_SHEET} sheet was written to ${target}` : `交接资料已写入 ${target} 的“${HANDOVER_SHEET}”工作表`
          : lang === "en" ? "Nothing was saved: add --out F or --write to keep the 交接 sheet" : "未保存：加 --out 文件名 或 --write 保存“交接”工作表",
      );
    }
    return EXIT.ok;
  },
};
