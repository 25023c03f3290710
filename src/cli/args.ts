import { parseDateText } from "../workbook/codec/coerce";
import { utcDate } from "../domain/time";
import { CliError, EXIT } from "./command";

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  flags: Record<string, string | boolean>;
}

/** Flags that never take a value, so `--force file.xlsx` keeps file.xlsx positional. */
const SWITCHES = new Set(["json", "force", "write", "help", "verbose"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (inline !== undefined) flags[name] = inline;
      else if (!SWITCHES.has(name) && i + 1 < argv.length && !argv[i + 1].startsWith("--")) flags[name] = argv[++i];
      else flags[name] = true;
    } else if (arg === "-h") {
      flags.help = true;
    } else {
      positional.push(arg);
    }
  }
  return { command: positional.shift(), positional, flags };
}

/** --today 2026-11-23 (any form the codec accepts), else the machine's local date. */
export function todayFrom(flag: string | boolean | undefined, clock: Date = new Date()): Date {
  if (typeof flag === "string") {
    const parsed = parseDateText(flag);
    if (!parsed) throw new CliError(`--today：“${flag}”不是日期（例如 2026-11-23）`, EXIT.usage);
    return parsed;
  }
  return utcDate(clock.getFullYear(), clock.getMonth() + 1, clock.getDate());
}

export function intFlag(flags: Record<string, string | boolean>, name: string, fallback: number, min = 1): number {
  const value = flags[name];
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== "string" || !Number.isInteger(n) || n < min) {
    throw new CliError(`--${name}：“${String(value)}”应为不小于 ${min} 的整数`, EXIT.usage);
  }
  return n;
}

export function dateFlag(flags: Record<string, string | boolean>, name: string): Date | undefined {
  const value = flags[name];
  if (value === undefined) return undefined;
  const parsed = typeof value === "string" ? parseDateText(value) : undefined;
  if (!parsed) throw new CliError(`--${name}：“${String(value)}”不是日期（例如 2026-11-23）`, EXIT.usage);
  return parsed;
}
