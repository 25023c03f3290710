import type { Lang } from "../i18n/lang";
import type { FileArity, OptionSpecs } from "./args";

/** What every `kehu` sub-command gets: parsed arguments, output sinks and the clock. */
export interface CliContext {
  /** Positional arguments after the command name. */
  positional: string[];
  /** --flag value / --flag (true); repeated flags keep the last value. */
  flags: Record<string, string | boolean>;
  json: boolean;
  /** Today as the user means it (--today D, else the machine's date), as floating time (see domain/time.ts). */
  today: Date;
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  name: string;
  /** One line in Chinese for `kehu help`. */
  summary: string;
  /** The same line in English, for `kehu help --lang en` (the Chinese one when absent). */
  summaryEn?: string;
  usage: string;
  /** The usage line in English, for usage errors under --lang en (the Chinese one when absent). */
  usageEn?: string;
  /** The options it accepts besides --help and --json; anything else is a usage error. */
  options: OptionSpecs;
  /** How many file names it takes. */
  files: FileArity;
  /** `--help` for a command with sub-commands of its own (the file names given say which); its usage and summary otherwise. */
  help?(positional: readonly string[], lang: Lang): Promise<string>;
  run(ctx: CliContext): Promise<number>;
}

/** Exit codes: 0 fine, 1 the workbook has problems / findings, 2 wrong usage, 3 file missing, locked or corrupt. */
export const EXIT = { ok: 0, problems: 1, usage: 2, file: 3 } as const;

export class CliError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

/** A command's usage line in both languages. */
export interface Usage {
  zh: string;
  en: string;
}

/** The language --lang asks for (Chinese unless --lang en). */
export function langOf(flags: CliContext["flags"]): Lang {
  return flags.lang === "en" ? "en" : "zh";
}

/** Whether the command was asked to speak English (--lang en). */
export function wantsEnglish(flags: CliContext["flags"]): boolean {
  return flags.lang === "en";
}

/** A one-line error in the language --lang asks for (exit 2 unless said otherwise). */
export function localError(flags: CliContext["flags"], message: Usage, exitCode: number = EXIT.usage): CliError {
  return new CliError(wantsEnglish(flags) ? message.en : message.zh, exitCode);
}

/** A usage error (exit 2) in the language --lang asks for, ending with the usage line in that language. */
export function usageError(flags: CliContext["flags"], message: Usage, usage: Usage): CliError {
  if (wantsEnglish(flags)) return new CliError(`${message.en}. Usage: ${usage.en}`, EXIT.usage);
  // a Chinese message ending in its own question mark takes no full stop after it
  return new CliError(`${message.zh}${message.zh.endsWith("？") ? "" : "。"}用法：${usage.zh}`, EXIT.usage);
}
