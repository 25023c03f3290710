import { WorkbookFileError } from "../io/xlsx/file-errors";
import { parseArgs, todayFrom } from "./args";
import { CliError, EXIT, type CliContext } from "./command";
import { COMMANDS } from "./commands";

function helpText(): string {
  const lines = ["kehu —— 客户日志命令行（与 Excel 加载项使用同一工作簿）", "", "用法：kehu <命令> [参数]  （每个命令都可加 --json）", ""];
  for (const c of COMMANDS) lines.push(`  ${c.usage.padEnd(58)} ${c.summary}`);
  lines.push("", "退出码：0 正常，1 发现问题，2 用法错误，3 文件不存在、被占用或已损坏");
  return lines.join("\n");
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const processIo: Io = { out: (s) => void process.stdout.write(`${s}\n`), err: (s) => void process.stderr.write(`${s}\n`) };

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const args = parseArgs(argv);
  if (!args.command || args.command === "help" || (args.flags.help && !args.command)) {
    io.out(helpText());
    return args.command || args.flags.help ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === args.command);
  if (!command) {
    io.err(`未知命令“${args.command}”。运行 kehu help 查看全部命令。`);
    return EXIT.usage;
  }
  if (args.flags.help) {
    io.out(`${command.usage}\n  ${command.summary}`);
    return EXIT.ok;
  }
  try {
    const ctx: CliContext = {
      positional: args.positional,
      flags: args.flags,
      json: args.flags.json === true,
      today: todayFrom(args.flags.today),
      out: io.out,
      err: io.err,
    };
    return await command.run(ctx);
  } catch (err) {
    if (err instanceof WorkbookFileError) {
      io.err(`kehu ${command.name}: ${err.message}`);
      return err.problem === "exists" ? EXIT.usage : EXIT.file;
    }
    if (err instanceof CliError) {
      io.err(`kehu ${command.name}: ${err.message}`);
      return err.exitCode;
    }
    io.err(`kehu ${command.name}: 意外错误：${err instanceof Error ? err.message : String(err)}`);
    if (process.env.KEHU_DEBUG) io.err(String(err instanceof Error ? err.stack : err));
    return EXIT.file;
  }
}
