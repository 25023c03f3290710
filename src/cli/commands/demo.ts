import { mkdir } from "fs/promises";
import { dirname } from "path";
import { XlsxPackage } from "../../io/xlsx/package-writer/package-workbook";
import { appendRecords } from "../../app/write-log";
import { readLog } from "../../app/read-log";
import type { Log } from "../../domain/log";
import type { PlantKind } from "../../demo/context";
import { PLANT_LABELS } from "../../demo/labels";
import { generateDemoLog } from "../../demo";
import { SHEETS } from "../../workbook";
import { formatProblem } from "../../workbook/problems";
import { EXIT, langOf, type Command } from "../command";
import { intFlag, OPT, padDisplay } from "../args";
import { emptyLogPackage } from "../empty-log";
import { demoInsights } from "./demo-insights";
import { isoDate } from "../../domain/time";

const DEFAULT_CUSTOMERS = 300;
const DEFAULT_SEED = 2026;
const usage = "kehu demo [--out F] [--customers N] [--seed S] [--force] [--lang en]";

const T = {
  zh: {
    made: (file: string, customers: number, seed: number, today: string, machine: boolean, seconds: string) => `已生成示例客户日志：${file}（${customers} 个客户，种子 ${seed}，今天按 ${today}${machine ? "（本机日期）" : ""} 计，用时 ${seconds} 秒）`,
    rows: "各工作表行数：",
    row: (sheet: string, count: number) => `  ${sheet.padEnd(6, "　")} ${count}`,
    planted: "故意埋下的情况（用来演示检查与审计）：",
    plant: (what: string, count: number) => `  ${what}：${count}`,
    problems: (n: number) => `kehu check 发现 ${n} 个填写问题，例如：`,
    again: (command: string) => `换一天、换一台电脑也得到这些数字：${command}`,
  },
  en: {
    made: (file: string, customers: number, seed: number, today: string, machine: boolean, seconds: string) => `Made the demo customer log ${file} (${customers} customers, seed ${seed}, today taken as ${today}${machine ? " (this machine's date)" : ""}, in ${seconds} s)`,
    rows: "Rows per sheet:",
    row: (sheet: string, count: number) => `  ${padDisplay(sheet, 12)} ${count}`,
    planted: "Planted on purpose (to show the checks and the audit):",
    plant: (what: string, count: number) => `  ${what}: ${count}`,
    problems: (n: number) => `kehu check finds ${n} entry problems, for example:`,
    again: (command: string) => `Another day or another computer gives these same figures: ${command}`,
  },
};

/** The npm command that regenerates these figures on any machine and any day: same date, customers and seed. */
export function reproduceCommand(today: Date, customers: number, seed: number): string {
  const flags = [`--today ${isoDate(today)}`];
  if (customers !== DEFAULT_CUSTOMERS) flags.push(`--customers ${customers}`);
  if (seed !== DEFAULT_SEED) flags.push(`--seed ${seed}`);
  return `npm run demo -- ${flags.join(" ")}`;
}

export const demoCommand: Command = {
  name: "demo",
  summary: "生成一个示例客户日志（默认 300 个客户、12 个月的各类事件，含故意的迟到、未结与填错），并显示加载项算出的结果",
  summaryEn: "Make a sample customer log (300 customers and 12 months of events by default, with planted lapses, open items and typos) and show what the add-in computes on it",
  usage,
  options: { out: OPT.out, customers: { type: "string", value: "N" }, seed: { type: "string", value: "S" }, force: OPT.force, today: OPT.today, lang: OPT.lang },
  files: { min: 0, max: 0 },
  async run(ctx) {
    const file = typeof ctx.flags.out === "string" ? ctx.flags.out : "客户日志-示例.xlsx";
    const customers = intFlag(ctx.flags, "customers", DEFAULT_CUSTOMERS);
    const seed = intFlag(ctx.flags, "seed", DEFAULT_SEED, 0);
    const started = Date.now();
    const demo = generateDemoLog({ customers, seed, today: ctx.today });
    // the empty log (sheets, tables, formats, drop-downs) as `kehu init` lays it out; the rows stream into the package
    const workbook = await XlsxPackage.fromNew(file, await emptyLogPackage());
    await appendRecords(workbook, demo.records, demo.faults);
    await mkdir(dirname(file), { recursive: true });
    await workbook.save(file, { overwrite: ctx.flags.force === true });
    // the package holds the rows it just wrote, cell for cell as the file stores them: read them there
    // instead of inflating and scanning the new file again (tests/cli/init-check-demo.test.ts compares with check)
    const log = await readLog(workbook);
    const rows = Object.fromEntries(SHEETS.filter((s) => Array.isArray(log[s.key as keyof Log])).map((s) => [s.name, (log[s.key as keyof Log] as unknown[]).length]));
    const lang = langOf(ctx.flags);
    const t = T[lang];
    const insights = demoInsights(log, ctx.today, lang);
    if (ctx.json) {
      ctx.out(JSON.stringify({ file, customers, seed, today: isoDate(ctx.today), rows, planted: demo.planted, problems: log.problems.length, ...insights.json }));
      return EXIT.ok;
    }
    ctx.out(t.made(file, customers, seed, isoDate(ctx.today), ctx.flags.today === undefined, ((Date.now() - started) / 1000).toFixed(1)));
    ctx.out("");
    ctx.out(t.rows);
    for (const [sheet, count] of Object.entries(rows)) ctx.out(t.row(sheet, count));
    ctx.out("");
    ctx.out(t.planted);
    for (const [what, count] of Object.entries(demo.planted)) ctx.out(t.plant(PLANT_LABELS[what as PlantKind]?.[lang] ?? what, count));
    ctx.out("");
    ctx.out(t.problems(log.problems.length));
    for (const p of log.problems.slice(0, 5)) ctx.out(`  ${formatProblem(p, lang)}`);
    for (const line of insights.lines) ctx.out(line);
    ctx.out(t.again(reproduceCommand(ctx.today, customers, seed)));
    return EXIT.ok;
  },
};
