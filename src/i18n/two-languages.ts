import type { Lang } from "./lang";

/** A refusal the user reads in one line: the message in Chinese, `english` the same line for --lang en. */
export class TwoLanguageError extends Error {
  constructor(message: string, readonly english: string) {
    super(message);
  }
}

/**
 * An error's line in `lang`: under en its `english` line where it carries one (TwoLanguageError,
 * io/xlsx/file-errors.ts's WorkbookFileError, the package writer's WriteRefused), else its message.
 */
export function messageIn(err: unknown, lang: Lang): string {
  if (!(err instanceof Error)) return String(err);
  const english = (err as { english?: unknown }).english;
  return lang === "en" && typeof english === "string" && english !== "" ? english : err.message;
}
