import { readFileSync } from "fs";
import { join } from "path";
import { WorkbookFileError } from "../io/xlsx/file-errors";
import { asksEnglish, closest, displayWidth, padDisplay, parseCommandArgs, splitCommand, todayFrom } from "./args";
import { CliError, EXIT, type CliContext, type Command } from "./command";
import { COMMANDS } from "./commands";
import { terminalText } from "./terminal-text";

function helpText(en: boolean): string {
  const lines = en
    ? ["kehu — the Customer Log command line (the same workbook as the Excel add-in)", "", "Usage: kehu <command> [options]  (every command takes --json; kehu <command> --help for one command)", ""]
    : ["kehu —— 客户日志命令行（与 Excel 加载项使用同一工作簿）", "", "用法：kehu <命令> [参数]  （每个命令都可加 --json；kehu <命令> --help 看单个命令）", ""];
  const usageOf = (c: Command) => (en ? (c.usageEn ?? c.usage) : c.usage);
  const summaryOf = (c: Command) => (en ? (c.summaryEn ?? c.summary) : c.summary);
  const width = Math.min(60, Math.max(...COMMANDS.map((c) => displayWidth(usageOf(c)))));
  for (const c of COMMANDS) {
    if (displayWidth(usageOf(c)) > width) lines.push(`  ${usageOf(c)}`, `  ${padDisplay("", width)}  ${summaryOf(c)}`);
    else lines.push(`  ${padDisplay(usageOf(c), width)}  ${summaryOf(c)}`);
  }
  lines.push("", en ? "Exit codes: 0 fine, 1 problems found, 2 wrong usage, 3 file missing, in use, damaged or not a customer log" : "退出码：0 正常，1 发现问题，2 用法错误，3 文件不存在、被占用、已损坏或不是客户日志");
  return lines.join("\n");
}

/** The version in package.json (two folders up from src/cli and from lib/src/cli… both resolve to the package). */
function version(): string {
  for (const up of ["../..", "../../.."]) {
    try {
      return (JSON.parse(readFileSync(join(__dirname, up, "package.json"), "utf8")) as { version: string }).version;
    } catch {
      /* try the next folder */
    }
  }
  return "unknown";
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const processIo: Io = { out: (s) => void process.stdout.write(`${s}\n`), err: (s) => void process.stderr.write(`${s}\n`) };

/** `en`: the command was asked for English (--lang en): file problems that have an English line use it. */
function fail(io: Io, command: Command, err: unknown, en: boolean): number {
  if (err instanceof WorkbookFileError) {
    io.err(terminalText(`kehu ${command.name}: ${(en && err.english) || err.message}`));
    return err.problem === "exists" ? EXIT.usage : EXIT.file;
  }
  if (err instanceof CliError) {
    io.err(terminalText(`kehu ${command.name}: ${err.message}`));
    return err.exitCode;
  }
  io.err(terminalText(`kehu ${command.name}: ${en ? "unexpected error: " : "意外错误："}${err instanceof Error ? err.message : String(err)}`));
  if (process.env.KEHU_DEBUG) io.err(String(err instanceof Error ? err.stack : err));
  return EXIT.file;
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const split = splitCommand(argv);
  if (split.version) {
    io.out(`kehu ${version()}`);
    return EXIT.ok;
  }
  if (!split.command || split.command === "help" || split.help) {
    io.out(helpText(asksEnglish(argv)));
    return split.command || split.help ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === split.command);
  if (!command) {
    const near = closest(split.command, COMMANDS.map((c) => c.name));
    io.err(
      asksEnglish(argv)
        ? `unknown command "${split.command}"${near ? ` (did you mean ${near}?)` : ""}. Run kehu help to see every command.`
        : `未知命令“${split.command}”${near ? `，是不是 ${near}？` : "。"}运行 kehu help 查看全部命令。`,
    );
    return EXIT.usage;
  }
  try {
    const { positional, flags } = parseCommandArgs(split.rest, command.options, command.files, command.usage, command.usageEn);
    if (flags.help) {
      const en = flags.lang === "en";
      if (command.help) io.out(await command.help(positional, en ? "en" : "zh"));
      else io.out(en ? `${command.usageEn ?? command.usage}\n  ${command.summaryEn ?? command.summary}` : `${command.usage}\n  ${command.summary}`);
      return EXIT.ok;
    }
    const ctx: CliContext = {
      positional,
      flags,
      json: flags.json === true,
      today: todayFrom(flags.today, new Date(), flags.lang === "en"),
      // cell text reaches the terminal escaped; JSON carries it as it is
      out: flags.json === true ? io.out : (line) => io.out(terminalText(line)),
      err: (line) => io.err(terminalText(line)),
    };
    return await command.run(ctx);
  } catch (err) {
    return fail(io, command, err, asksEnglish(split.rest));
  }
}
