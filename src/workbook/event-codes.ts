import { closestCode, codeKey } from "../domain/customer-codes";
import type { Rowed } from "../domain/log";
import type { Problem } from "./problems";

/** The archive's customer codes, for matching the codes typed in event sheets. */
export class ArchiveCodes {
  private readonly byKey = new Map<string, string>();
  private readonly suggestions = new Map<string, string | undefined>();

  constructor(customers: readonly Rowed<{ code: string }>[]) {
    for (const c of customers) if (!this.byKey.has(codeKey(c.record.code))) this.byKey.set(codeKey(c.record.code), c.record.code);
  }

  /** The code as the archive spells it, or undefined when no customer has it. */
  spelling(code: string): string | undefined {
    return this.byKey.get(codeKey(code));
  }

  /** The closest archive code, remembered per code (a sheet may repeat one unknown code many times). */
  suggest(code: string): string | undefined {
    const key = codeKey(code);
    if (!this.suggestions.has(key)) this.suggestions.set(key, closestCode(key, this.byKey.values()));
    return this.suggestions.get(key);
  }
}

/**
 * An event sheet's rows with each customer code spelled as the archive spells it (kh0016 →
 * KH0016; full-width forms and spaces were already read away by the codec). A row whose code is
 * not in the archive is a problem on its 客户编码 cell, with the closest archive code suggested,
 * and is left out: it is nobody's history, and no rule may treat it as a customer.
 */
export function matchEventCodes<R extends { customer: string }>(
  archive: ArchiveCodes,
  sheet: string,
  letter: string,
  header: string,
  rows: readonly Rowed<R>[],
  problems: Problem[],
): Rowed<R>[] {
  const kept: Rowed<R>[] = [];
  for (const r of rows) {
    const code = archive.spelling(r.record.customer);
    if (code === undefined) {
      problems.push({ sheet, cell: `${letter}${r.row}`, row: r.row, header, code: "orphanCode", value: r.record.customer, detail: archive.suggest(r.record.customer) });
      continue;
    }
    if (code !== r.record.customer) r.record.customer = code;
    kept.push(r);
  }
  return kept;
}
