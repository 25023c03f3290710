import { runDue, type DueItem } from "../../app/due";
import { formatDay, isoDate } from "../../domain/time";
import { GRADES } from "../../workbook/column";
import { EXIT, type Command } from "../command";
import { fileArgument, openForReading, READ_LIMIT_OPTIONS } from "../open-workbook";
import { OPT } from "../args";
import { RequireLog } from "../require-log";
import { customersSheet } from "../../workbook";

const usage = "kehu due <file.xlsx> [--today D] [--rep 工号] [--json]";

const date = (d: Date | undefined) => (d ? isoDate(d) : undefined);

function line(i: DueItem): string {
  const last = i.lastFollowUp ? `最近跟进 ${isoDate(i.lastFollowUp)}` : "从未跟进";
  const due = i.due ? `应跟进 ${isoDate(i.due)}` : "应立即跟进";
  const late = i.daysOverdue > 0 ? `逾期 ${i.daysOverdue} 天` : i.due ? "今天到期" : "";
  return `  ${i.code}  ${i.name}  客服 ${i.rep}  ${last}  ${due}  ${late}`.trimEnd();
}

export const dueCommand: Command = {
  name: "due",
  summary: "今日跟进：按等级列出今天到期或已逾期的客户，逾期最久的在前（等级取最近一次跟进后的等级）",
  usage,
  options: { today: OPT.today, rep: { type: "string", value: "工号" }, lang: OPT.lang, ...READ_LIMIT_OPTIONS },
  files: { min: 1, max: 1 },
  async run(ctx) {
    const file = fileArgument(ctx, usage);
    const rep = typeof ctx.flags.rep === "string" ? ctx.flags.rep : undefined;
    const run = await runDue(new RequireLog(await openForReading(file, ctx.flags), file, { sheets: [customersSheet] }), ctx.today, rep);
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
    const who = rep ? `客服 ${rep} 的 ` : "";
    ctx.out(`今日跟进 ${formatDay(ctx.today)}：${who}${run.customers} 位客户中 ${run.items.length} 位今天到期或已逾期`);
    for (const g of GRADES) {
      const items = run.items.filter((i) => i.grade === g);
      if (items.length === 0) continue;
      ctx.out(`${g} 级（每 ${items[0].cadenceDays} 天）：${items.length} 位`);
      for (const i of items) ctx.out(line(i));
    }
    if (run.problems > 0) ctx.out(`（工作簿有 ${run.problems} 个无法识别的单元格，运行 kehu check ${file} 查看）`);
    return EXIT.ok;
  },
};
