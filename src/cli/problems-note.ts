import type { Lang } from "../i18n/lang";

/** The line a command ends with when the workbook has cells it could not read: they are `kehu check`'s to list. */
export function problemsNote(count: number, file: string, lang: Lang): string {
  return lang === "en" ? `(the workbook has ${count} cells that could not be read; run kehu check ${file} to see them)` : `（工作簿有 ${count} 个无法识别的单元格，运行 kehu check ${file} 查看）`;
}
