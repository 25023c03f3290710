import { parseDateText } from "../../../workbook/codec/coerce";
import { CliError, EXIT } from "../../command";

/** --at / --since / --now: a date or date and time (2026-11-01T18:00), as floating time. */
export function instantFlag(flags: Record<string, string | boolean>, name: string): Date | undefined {
  const value = flags[name];
  if (value === undefined) return undefined;
  const parsed = typeof value === "string" ? parseDateText(value) : undefined;
  if (!parsed) throw new CliError(`--${name}：“${String(value)}”不是时间（例如 2026-11-01T18:00）`, EXIT.usage);
  return parsed;
}

export function textFlag(flags: Record<string, string | boolean>, name: string, usage: string): string | undefined {
  const value = flags[name];
  if (value === true) throw new CliError(`--${name} 需要一个值。用法：${usage}`, EXIT.usage);
  return typeof value === "string" ? value : undefined;
}
