import { creditWarnings } from "../../app/credit-warnings";
import { repWarnings } from "../../app/rep-warnings";
import { readLog } from "../../app/read-log";
import { SHEETS } from "../../workbook";
import { formatProblem, type Problem } from "../../workbook/problems";
import { intFlag } from "../args";
import { EXIT, type Command } from "../command";
import { fileArgument, openForReading, READ_LIMIT_OPTIONS } from "../open-workbook";
import { OPT } from "../args";

const usage = "kehu check <file.xlsx> [--lang en] [--max-problems N]";

/** Problems listed per sheet unless --max-problems says otherwise (0: all of them). */
export const DEFAULT_PROBLEMS_PER_SHEET = 200;

/** The first `limit` problems of each sheet, and how many more each sheet has. */
export function firstProblemsPerSheet(problems: readonly Problem[], limit: number): { shown: Problem[]; more: Record<string, number> } {
  const seen = new Map<string, number>();
  const shown: Problem[] = [];
  const more: Record<string, number> = {};
  for (const p of problems) {
    const n = (seen.get(p.sheet) ?? 0) + 1;
    seen.set(p.sheet, n);
    if (limit === 0 || n <= limit) shown.push(p);
    else more[p.sheet] = (more[p.sheet] ?? 0) + 1;
  }
  return { shown, more };
}

export const checkCommand: Command = {
  name: "check",
  summary: "检查工作簿：列出每个无法识别的单元格（工作表!单元格 列名：原因），有问题时退出码为 1；另提示超出信用额度的订单、负责客服已离职或不在员工表的客户（不影响退出码）",
  summaryEn: "Check a workbook: every cell that cannot be read (sheet!cell column: why), exit 1 when there are any; also notes customers over their credit limit",
  usage,
  options: { "max-problems": { type: "string", value: "N" }, lang: OPT.lang, ...READ_LIMIT_OPTIONS },
  files: { min: 1, max: 1 },
  async run(ctx) {
    const file = fileArgument(ctx, usage);
    const limit = intFlag(ctx.flags, "max-problems", DEFAULT_PROBLEMS_PER_SHEET, 0);
    const log = await readLog(await openForReading(file, ctx.flags));
    const lang = ctx.flags.lang === "en" ? "en" : "zh";
    const counts = Object.fromEntries(SHEETS.filter((s) => Array.isArray(log[s.key as keyof typeof log])).map((s) => [s.name, (log[s.key as keyof typeof log] as unknown[]).length]));
    const warnings = creditWarnings(log, lang);
    const reps = repWarnings(log, ctx.today, lang);
    const { shown, more } = firstProblemsPerSheet(log.problems, limit);
    const blankRows = log.blankRows ?? {};
    if (ctx.json) {
      ctx.out(JSON.stringify({ file, rows: counts, blankRows, problemCount: log.problems.length, problems: shown.map((p) => ({ ...p, message: formatProblem(p, lang) })), moreProblems: more, warnings, repWarnings: reps }));
    } else {
      for (const p of shown) ctx.out(formatProblem(p, lang));
      for (const [sheet, n] of Object.entries(more)) ctx.out(lang === "en" ? `${sheet}: ${n} more problems not listed (--max-problems 0 lists all)` : `${sheet}：另有 ${n} 个问题未列出（--max-problems 0 列出全部）`);
      for (const [sheet, n] of Object.entries(blankRows)) ctx.out(lang === "en" ? `${sheet}: ${n} blank rows skipped` : `${sheet}：跳过 ${n} 个空行`);
      for (const w of warnings) ctx.out(`${lang === "en" ? "Warning" : "提示"} ${w.cell} ${w.customer} ${w.date}${lang === "en" ? ": " : "："}${w.message}`);
      for (const w of reps) ctx.out(`${lang === "en" ? "Warning" : "提示"} ${w.message}`);
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      if (lang === "en") ctx.out(`${file}: ${total} rows, ${log.problems.length === 0 ? "no problems" : `${log.problems.length} problems`}.`);
      else ctx.out(log.problems.length === 0 ? `${file}：${total} 行记录，没有问题。` : `${file}：${total} 行记录，${log.problems.length} 个问题。`);
    }
    return log.problems.length === 0 ? EXIT.ok : EXIT.problems;
  },
};
