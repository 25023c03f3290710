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

/** What to type in an empty required field, by the kind of its input. */
function requiredMessage(column: AnyColumn | undefined, lang: Lang): string | undefined {
  if (!column) return undefined;
  const zh = lang !== "en";
  if (column.list) return zh ? "必填：请从列表中选择一项" : "required: choose one from the list";
  if (column.kind === "date") return zh ? "必填：请按 2026-12-02 的格式填写日期" : "required: type a date like 2026-12-02";
  if (column.kind === "datetime") return zh ? "必填：请按 2026-12-02 10:18 的格式填写日期和时间" : "required: type a date and time like 2026-12-02 10:18";
  if (column.kind === "number" || column.kind === "integer" || column.kind === "money") return zh ? "必填：请填写数字" : "required: type a number";
  return zh ? "必填，不能为空" : "required: type what applies";
}

/** The codec's cell-addressed problems, turned into messages beside the form's fields (what to type, for an empty one). */
export function formErrors(spec: SheetSpec, problems: readonly Problem[], lang: Lang): FormErrors {
  const columns: readonly AnyColumn[] = spec.columns;
  const keyByHeader = new Map<string, string>();
  for (const c of columns) {
    keyByHeader.set(headerKey(c.header), c.key);
    keyByHeader.set(headerKey(c.headerEn), c.key);
  }
  const errors: FormErrors = { byField: {}, general: [] };
  for (const p of problems) {
    // a problem on another sheet (客户档案's duplicate code) is shown whole, naming its cell
    const key = p.header && p.code !== "missingColumn" && (!p.sheet || p.sheet === spec.name) ? keyByHeader.get(headerKey(p.header)) : undefined;
    const required = p.code === "required" && key ? requiredMessage(columns.find((c) => c.key === key), lang) : undefined;
    if (key && !(key in errors.byField)) errors.byField[key] = required ?? problemMessage(p, lang);
    else if (!key) errors.general.push(formatProblem(p, lang));
  }
  return errors;
}
