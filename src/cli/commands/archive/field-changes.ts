import { cellHeader, cellText, sheetName, type FieldChange } from "../../../archive/columns";
import type { Lang } from "../../../i18n/lang";

/** An archived row as people find it: the sheet's name in the workbook and the row's key. */
export const rowRef = (r: { sheet: string; key: string }) => `${sheetName(r.sheet)} ${r.key}`;

/** Field by field, old → new, under the workbook's headers: how changes and verify show an edit. */
export function fieldChangesText(sheet: string, fields: readonly FieldChange[], lang: Lang): string {
  const colon = lang === "en" ? ": " : "：";
  return fields.map((f) => `${cellHeader(sheet, f.column)}${colon}${cellText(sheet, f.column, f.before, lang)} → ${cellText(sheet, f.column, f.after, lang)}`).join(lang === "en" ? "; " : "；");
}
