import { parseArgs as parseNodeArgs } from "node:util";
import { parseDateText } from "../workbook/codec/coerce";
import { utcDate } from "../domain/time";
import { CliError, EXIT, usageError, type Usage } from "./command";

export { displayWidth, padDisplay } from "../i18n/display-width";

/** One option a command accepts: a switch (--write) or one that takes a value (--today D). */
export interface OptionSpec {
  type: "string" | "boolean";
  /** What the value is, for messages ("D", "工号"). */
  value?: string;
  /**
   * The value is a 工号 (--rep, --to, the archive's --as): the command refuses one the log does not
   * know in one line (cli/require-rep.ts; tests/cli/refusals.test.ts holds every command to it).
   */
  staffId?: true;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Options every command accepts. */
export const COMMON_OPTIONS: OptionSpecs = {
  help: { type: "boolean" },
  json: { type: "boolean" },
};

/** Options several commands share, declared once. */
export const OPT = {
  today: { type: "string", value: "D" },
  write: { type: "boolean" },
  force: { type: "boolean" },
  out: { type: "string", value: "F" },
  lang: { type: "string", value: "en|zh" },
  verbose: { type: "boolean" },
  rep: { type: "string", value: "工号", staffId: true },
} as const satisfies OptionSpecs;

/** The option as the user typed it (`-n`, `--n`) per parsed flags object, for messages. */
const typedNames = new WeakMap<Record<string, string | boolean>, Map<string, string>>();

/** How a message names option `name`: as the user typed it, else `--name`. */
export function optionLabel(flags: Record<string, string | boolean>, name: string): string {
  return typedNames.get(flags)?.get(name) ?? `--${name}`;
}

/** How many file names a command takes after its name. */
export interface FileArity {
  min: number;
  max: number;
}

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  flags: Record<string, string | boolean>;
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The candidate closest to `name`, when it is close enough to be a slip of the keyboard. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = c.startsWith(name) && name.length >= 2 ? 0.5 : distance(name, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(2, Math.floor((best?.length ?? 0) / 3)) ? best : undefined;
}

/** The command name and whatever follows it, unparsed (the command's own options decide the rest). */
export function splitCommand(argv: readonly string[]): { command: string | undefined; rest: string[]; help: boolean; version: boolean } {
  const at = argv.findIndex((a) => !a.startsWith("-"));
  const before = at < 0 ? argv : argv.slice(0, at);
  return {
    command: at < 0 ? undefined : argv[at],
    rest: at < 0 ? [] : argv.slice(at + 1),
    help: before.includes("--help") || before.includes("-h"),
    version: before.includes("--version") || before.includes("-V"),
  };
}

/** Whether the raw arguments ask for English (--lang en or --lang=en): usage errors then speak it. */
export function asksEnglish(args: readonly string[]): boolean {
  return args.some((a, i) => a === "--lang=en" || (a === "--lang" && args[i + 1] === "en"));
}

/**
 * A command's arguments, strictly: every option must be declared by the command (or be common),
 * a value option needs its value, a switch takes none, and the number of file names must fit.
 * Anything else is a usage error naming the closest valid option, in English under --lang en
 * (with `usageEn`, the English usage line, where the command has one).
 */
export function parseCommandArgs(args: readonly string[], declared: OptionSpecs, files: FileArity, usage: string, usageEn = usage): { positional: string[]; flags: Record<string, string | boolean> } {
  const options: OptionSpecs = { ...COMMON_OPTIONS, ...declared };
  const nodeOptions = Object.fromEntries(Object.entries(options).map(([name, spec]) => [name, { type: spec.type }]));
  const { tokens } = parseNodeArgs({ args: [...args], options: { ...nodeOptions, help: { type: "boolean", short: "h" } }, strict: false, allowPositionals: true, tokens: true });
  const en = asksEnglish(args);
  // a Chinese message ending in its own question mark takes no full stop after it
  const fail = (zh: string, english: string) => new CliError(en ? `${english}. Usage: ${usageEn}` : `${zh}${zh.endsWith("？") ? "" : "。"}用法：${usage}`, EXIT.usage);
  const flags: Record<string, string | boolean> = {};
  const typed = new Map<string, string>();
  typedNames.set(flags, typed);
  const positional: string[] = [];
  const names = Object.keys(options).map((n) => `--${n}`);
  for (const token of tokens) {
    if (token.kind === "positional") positional.push(token.value);
    if (token.kind !== "option") continue;
    const spec = options[token.name];
    if (!spec) {
      const near = closest(token.rawName, names);
      throw fail(`未知选项 ${token.rawName}${near ? `，是不是 ${near}？` : ""}`, `unknown option ${token.rawName}${near ? ` (did you mean ${near}?)` : ""}`);
    }
    typed.set(token.name, token.rawName);
    if (spec.type === "boolean") {
      if (token.value !== undefined) throw fail(`${token.rawName} 不带值（得到“${token.value}”）`, `${token.rawName} takes no value (got "${token.value}")`);
      flags[token.name] = true;
      continue;
    }
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith("--"))) {
      throw fail(`${token.rawName} 缺少${spec.value ? ` ${spec.value}` : "值"}`, `${token.rawName} needs a value`);
    }
    flags[token.name] = token.value;
  }
  if (flags.help) return { positional, flags };
  if (positional.length < files.min) throw fail("缺少文件名", "missing file name");
  if (positional.length > files.max) {
    const extra = positional.slice(files.max).join(" ");
    throw fail(`多余的参数：${extra}（${files.max === 0 ? "这个命令不接文件名" : `只接 ${files.max} 个文件名`}）`, `extra arguments: ${extra} (${files.max === 0 ? "this command takes no file name" : `it takes ${files.max} file name${files.max === 1 ? "" : "s"}`})`);
  }
  if (typeof flags.lang === "string" && flags.lang !== "en" && flags.lang !== "zh") {
    throw fail(`--lang 只能是 en 或 zh（得到“${flags.lang}”）`, `--lang is en or zh (got "${flags.lang}")`);
  }
  return { positional, flags };
}

/** --today 2026-11-23 (any form the codec accepts), else the machine's local date. */
export function todayFrom(flag: string | boolean | undefined, clock: Date = new Date(), en = false): Date {
  if (typeof flag === "string") {
    const parsed = parseDateText(flag);
    if (!parsed) throw new CliError(en ? `--today: "${flag}" is not a date (e.g. 2026-11-23)` : `--today：“${flag}”不是日期（例如 2026-11-23）`, EXIT.usage);
    return parsed;
  }
  return utcDate(clock.getFullYear(), clock.getMonth() + 1, clock.getDate());
}

export function intFlag(flags: Record<string, string | boolean>, name: string, fallback: number, min = 1): number {
  const value = flags[name];
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== "string" || !Number.isInteger(n) || n < min) {
    const label = optionLabel(flags, name);
    throw new CliError(flags.lang === "en" ? `${label}: "${String(value)}" should be a whole number of at least ${min}` : `${label}：“${String(value)}”应为不小于 ${min} 的整数`, EXIT.usage);
  }
  return n;
}

/** --from D and --to D, each optional; --from after --to is a usage error. */
export function dateRangeFlags(flags: Record<string, string | boolean>, usage: Usage): { from?: Date; to?: Date } {
  const from = dateFlag(flags, "from");
  const to = dateFlag(flags, "to");
  if (from && to && from > to) throw usageError(flags, { zh: "--from 不能晚于 --to", en: "--from cannot be after --to" }, usage);
  return { from, to };
}

export function dateFlag(flags: Record<string, string | boolean>, name: string): Date | undefined {
  const value = flags[name];
  if (value === undefined) return undefined;
  const parsed = typeof value === "string" ? parseDateText(value) : undefined;
  const label = optionLabel(flags, name);
  if (!parsed) throw new CliError(flags.lang === "en" ? `${label}: "${String(value)}" is not a date (e.g. 2026-11-23)` : `${label}：“${String(value)}”不是日期（例如 2026-11-23）`, EXIT.usage);
  return parsed;
}
