import { parseDateText } from "../../../workbook/codec/coerce";
import { optionLabel } from "../../args";
import { localError, usageError, type Usage } from "../../command";

/** --at / --since / --now: a date or date and time (2026-11-01T18:00), as floating time. */
export function instantFlag(flags: Record<string, string | boolean>, name: string): Date | undefined {
  const value = flags[name];
  if (value === undefined) return undefined;
  const parsed = typeof value === "string" ? parseDateText(value) : undefined;
  const label = optionLabel(flags, name);
  if (!parsed) throw localError(flags, { zh: `${label}：“${String(value)}”不是时间（例如 2026-11-01T18:00）`, en: `${label}: "${String(value)}" is not a time (e.g. 2026-11-01T18:00)` });
  return parsed;
}

export function textFlag(flags: Record<string, string | boolean>, name: string, usage: Usage): string | undefined {
  const value = flags[name];
  if (value === true) throw usageError(flags, { zh: `--${name} 需要一个值`, en: `--${name} needs a value` }, usage);
  return typeof value === "string" ? value : undefined;
}
