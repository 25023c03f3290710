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

const HINTS = {
  zh: { list: "请从列表中选择一项", date: "请按 2026-12-02 的格式填写日期", datetime: "请按 2026-12-02 10:18 的格式填写日期和时间", number: "请填写数字" },
  en: { list: "choose one from the list", date: "type a date like 2026-12-02", datetime: "type a date and time like 2026-12-02 10:18", number: "type a number" },
} as const;

/** What to type in a field, by the kind of its input (undefined for free text). */
function typeHint(column: AnyColumn, lang: Lang): string | undefined {
  const hints = HINTS[lang === "en" ? "en" : "zh"];
  if (column.list) return hints.list;
  if (column.kind === "date" || column.kind === "datetime") return hints[column.kind];
  if (column.kind === "number" || column.kind === "integer" || column.kind === "money") return hints.number;
  return undefined;
}

/** Codec problems about what was typed, answered with what to type instead. */
const UNREADABLE = new Set<Problem["code"]>(["notDate", "notNumber", "notInteger"]);

/** The message beside a field: for an empty required field or a value the codec could not read, what to type. */
function fieldMessage(p: Problem, column: AnyColumn | undefined, lang: Lang): string {
  const zh = lang !== "en";
  const hint = column && typeHint(column, lang);
  if (p.code === "required") return hint ? (zh ? `必填：${hint}` : `required: ${hint}`) : zh ? "必填，不能为空" : "required: type what applies";
  if (hint && UNREADABLE.has(p.code)) return zh ? `“${p.value ?? ""}”无法识别：${hint}` : `"${p.value ?? ""}" cannot be read: ${hint}`;
  return problemMessage(p, lang);
}

/** The codec's cell-addressed problems, turned into messages beside the form's fields (what to type, for an empty or unreadable one). */
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
    if (key && !(key in errors.byField)) errors.byField[key] = fieldMessage(p, columns.find((c) => c.key === key), lang);
    else if (!key) errors.general.push(formatProblem(p, lang));
  }
  return errors;
}
