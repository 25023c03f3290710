import { creditWarnings } from "../../app/credit-warnings";
import { readLog } from "../../app/read-log";
import { SHEETS } from "../../workbook";
import { formatProblem } from "../../workbook/problems";
import { EXIT, type Command } from "../command";
import { fileArgument, openForReading } from "../open-workbook";
import { OPT } from "../args";

const usage = "kehu check <file.xlsx> [--lang en]";

export const checkCommand: Command = {
  name: "check",
  summary: "检查工作簿：列出每个无法识别的单元格（工作表!单元格 列名：原因），有问题时退出码为 1；另提示超出信用额度的订单（不影响退出码）",
  usage,
  options: { lang: OPT.lang },
  files: { min: 1, max: 1 },
  async run(ctx) {
    const file = fileArgument(ctx, usage);
    const log = await readLog(await openForReading(file));
    const lang = ctx.flags.lang === "en" ? "en" : "zh";
    const counts = Object.fromEntries(SHEETS.filter((s) => Array.isArray(log[s.key as keyof typeof log])).map((s) => [s.name, (log[s.key as keyof typeof log] as unknown[]).length]));
    const warnings = creditWarnings(log, lang);
    if (ctx.json) {
      ctx.out(JSON.stringify({ file, rows: counts, problems: log.problems.map((p) => ({ ...p, message: formatProblem(p, lang) })), warnings }));
    } else {
      for (const p of log.problems) ctx.out(formatProblem(p, lang));
      for (const w of warnings) ctx.out(`${lang === "en" ? "Warning" : "提示"} ${w.cell} ${w.customer} ${w.date}：${w.message}`);
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      ctx.out(log.problems.length === 0 ? `${file}：${total} 行记录，没有问题。` : `${file}：${total} 行记录，${log.problems.length} 个问题。`);
    }
    return log.problems.length === 0 ? EXIT.ok : EXIT.problems;
  },
};
