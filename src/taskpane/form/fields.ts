import type { AnyColumn } from "../../workbook/column";
import type { SheetSpec } from "../../workbook/sheet";
import type { Lang } from "../../i18n/lang";

export type InputKind = "text" | "textarea" | "select" | "date" | "datetime" | "number";

export interface FieldOption {
  /** What the workbook stores (zh-CN). */
  value: string;
  label: string;
}

/** One input of a form, derived from one column of a sheet spec. */
export interface FormField {
  key: string;
  label: string;
  input: InputKind;
  required: boolean;
  options?: FieldOption[];
  /** Step for number inputs ("1" for whole numbers, "0.01" for money, "any" otherwise). */
  step?: string;
  min?: number;
  help?: string;
  /** Shown at once (required fields and the few every rep fills); the rest fold under 更多字段. */
  primary: boolean;
}

/** Optional columns that stay in view for each event kind, beside the required ones. */
const PRIMARY_OPTIONAL: Record<string, readonly string[]> = {
  "*": ["source", "resolution"],
  followUps: ["result", "promise", "promiseDue"],
  complaints: ["object", "request"],
  returns: ["originalOrder", "amount"],
  transactions: ["productCategory", "quantity"],
  samples: ["purpose"],
  invoices: ["tax"],
  marketSupport: ["periodStart", "periodEnd"],
};

function inputOf(column: AnyColumn): InputKind {
  if (column.list) return "select";
  switch (column.kind) {
    case "longText":
      return "textarea";
    case "date":
      return "date";
    case "datetime":
      return "datetime";
    case "number":
    case "integer":
    case "money":
      return "number";
    default:
      return "text";
  }
}

function stepOf(column: AnyColumn): string | undefined {
  if (column.kind === "integer") return "1";
  if (column.kind === "money") return "0.01";
  if (column.kind === "number") return "any";
  return undefined;
}

/** A numeric lower bound that the column's schema declares (quantity ≥ 0, billing day ≥ 1). */
function minOf(column: AnyColumn): number | undefined {
  const bag = (column.schema as unknown as { minValue?: number | null }).minValue;
  return typeof bag === "number" && Number.isFinite(bag) && bag > Number.MIN_SAFE_INTEGER ? bag : undefined;
}

/**
 * The form of a sheet: every column a person types, in the sheet's order. Generated columns
 * (事件编号, ABC类, 下次跟进 …) are left out, and so are the `omit` keys (the customer, which
 * the picker sets). Drop-downs come from the column's list, labelled in the UI's language.
 */
export function formFields(spec: SheetSpec, lang: Lang, omit: readonly string[] = []): FormField[] {
  const primary = new Set([...(PRIMARY_OPTIONAL["*"] ?? []), ...(PRIMARY_OPTIONAL[spec.key] ?? [])]);
  const columns: readonly AnyColumn[] = spec.columns;
  const hidden: readonly string[] = spec.form?.hidden ?? [];
  return columns
    .filter((c) => !c.generated && !omit.includes(c.key) && !hidden.includes(c.key))
    .map((c) => {
      const input = inputOf(c);
      const field: FormField = {
        key: c.key,
        label: lang === "en" ? c.headerEn : c.header,
        input,
        required: c.required,
        primary: c.required || primary.has(c.key),
      };
      if (c.list) field.options = c.list.map((value, i) => ({ value, label: lang === "en" ? (c.listEn?.[i] ?? value) : value }));
      const step = stepOf(c);
      if (step) field.step = step;
      const min = minOf(c);
      if (min !== undefined) field.min = min;
      if (c.help) field.help = c.help;
      return field;
    });
}

/**
 * What the inputs hold, as the record the codec checks: blanks are left out, text is trimmed, and
 * every value stays text so that the codec (validateRecord / logEvent) reads it exactly as it
 * would read a typed cell (dates like 2026-03-05 or 2026-03-05T14:30, numbers, 是/否).
 */
export function recordFromValues(fields: readonly FormField[], values: Readonly<Record<string, string>>): Record<string, string> {
  const record: Record<string, string> = {};
  for (const field of fields) {
    const value = (values[field.key] ?? "").trim();
    if (value !== "") record[field.key] = value;
  }
  return record;
}

/** A run of a form's fields: the first has no title; the others fold (a step, a topic, 更多字段). */
export interface FormSection {
  /** The group's title in the UI's language; undefined for the first section and for 更多字段. */
  title?: string;
  fields: FormField[];
  /** Shown unfolded at first (the first section, and a group with a required field). */
  open: boolean;
}

/**
 * The form's fields in sections, as the sheet declares its groups (spec.form.groups): fields in
 * no group first, then each group in its declared order. A sheet with no groups shows its primary
 * fields, then the rest under 更多字段.
 */
export function formSections(spec: SheetSpec, fields: readonly FormField[], lang: Lang): FormSection[] {
  const groups = spec.form?.groups ?? [];
  if (groups.length === 0) {
    const rest = fields.filter((f) => !f.primary);
    return [{ fields: fields.filter((f) => f.primary), open: true }, ...(rest.length ? [{ fields: rest, open: false }] : [])];
  }
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const grouped = new Set(groups.flatMap((g) => g.keys));
  const sections: FormSection[] = [{ fields: fields.filter((f) => !grouped.has(f.key)), open: true }];
  for (const g of groups) {
    const inGroup = g.keys.map((k) => byKey.get(k)).filter((f): f is FormField => f !== undefined);
    if (inGroup.length) sections.push({ title: lang === "en" ? g.titleEn : g.title, fields: inGroup, open: inGroup.some((f) => f.required) });
  }
  return sections;
}
