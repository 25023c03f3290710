import type { AnyColumn } from "../../workbook/column";
import { headerKey } from "../../workbook/headers";
import { formatProblem, problemMessage, type Problem } from "../../workbook/problems";
import type { SheetSpec } from "../../workbook/sheet";
import type { Lang } from "../../i18n/lang";

export interface FormErrors {
  /** Message per field key, shown beside the field. */
  byField: Record<string, string>;
  /** Problems no field of the form can show (a missing sheet or column). */
  general: string[];
}

/** The codec's cell-addressed problems, turned into messages beside the form's fields. */
export function formErrors(spec: SheetSpec, problems: readonly Problem[], lang: Lang): FormErrors {
  const columns: readonly AnyColumn[] = spec.columns;
  const keyByHeader = new Map<string, string>();
  for (const c of columns) {
    keyByHeader.set(headerKey(c.header), c.key);
    keyByHeader.set(headerKey(c.headerEn), c.key);
  }
  const errors: FormErrors = { byField: {}, general: [] };
  for (const p of problems) {
    const key = p.header && p.code !== "missingColumn" ? keyByHeader.get(headerKey(p.header)) : undefined;
    if (key && !(key in errors.byField)) errors.byField[key] = problemMessage(p, lang);
    else if (!key) errors.general.push(formatProblem(p, lang));
  }
  return errors;
}
