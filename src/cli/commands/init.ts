import { setupWorkbook } from "../../app/setup";
import { EXIT, type Command } from "../command";
import { fileArgument, newWorkbook, saveWorkbook } from "../open-workbook";
import { OPT } from "../args";

const usage = "kehu init <file.xlsx> [--force] [--lang en]";

export const initCommand: Command = {
  name: "init",
  summary: "新建一个空白的客户日志工作簿（全部工作表、表头、下拉列表、格式）",
  summaryEn: "Make an empty customer log workbook (every sheet, header, drop-down and format)",
  usage,
  options: { force: OPT.force, lang: OPT.lang },
  files: { min: 1, max: 1 },
  async run(ctx) {
    const file = fileArgument(ctx, usage);
    const workbook = await newWorkbook();
    const changes = await setupWorkbook(workbook);
    await saveWorkbook(workbook, file, ctx.flags.force === true);
    const sheets = changes.map((c) => c.sheet);
    if (ctx.json) ctx.out(JSON.stringify({ file, sheets }));
    else ctx.out(ctx.flags.lang === "en" ? `Created ${file}: ${sheets.join(", ")}` : `已创建 ${file}：${sheets.join("、")}`);
    return EXIT.ok;
  },
};
