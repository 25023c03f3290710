import type { Lang } from "./lang";

/** Why Excel would not (or did not) take a change, as a user can act on it. */
export type RefusalKind = "protected" | "filtered" | "merged" | "tooManyCells";

const zh: Record<RefusalKind, string> = {
  protected: "工作表“{sheet}”受保护，无法写入。请先撤销工作表保护（审阅 → 撤销工作表保护），再重试。",
  filtered: "工作表“{sheet}”的表格正在筛选，筛选时不能在表格中添加或移动行。请先清除筛选（数据 → 清除），再重试。",
  merged: "工作表“{sheet}”的表格下方有合并单元格，表格不能扩展到那里。请先取消合并（开始 → 合并后居中 → 取消单元格合并）或把它们移开，再重试。",
  tooManyCells: "工作表“{sheet}”：这次操作涉及的单元格超过了 Excel 一次能处理的 33,554,000 个。",
};

const en: Record<RefusalKind, string> = {
  protected: "The sheet “{sheet}” is protected, so nothing can be written to it. Unprotect it (Review → Unprotect Sheet) and try again.",
  filtered: "The table on “{sheet}” is filtered, and rows cannot be added to or moved in a filtered table. Clear the filter (Data → Clear) and try again.",
  merged: "Merged cells below the table on “{sheet}” keep it from growing there. Unmerge them (Home → Merge & Center → Unmerge Cells) or move them away, and try again.",
  tooManyCells: "“{sheet}”: this operation touches more than the 33,554,000 cells Excel handles at once.",
};

const NOTHING_WRITTEN: Record<Lang, string> = { zh: "未写入任何内容。", en: "Nothing was written." };
const MAY_BE_PARTIAL: Record<Lang, string> = { zh: "Excel 中途拒绝了写入，请检查该工作表后重试。", en: "Excel refused part way through; check the sheet before trying again." };

/** The message for a refusal on a sheet: `nothingWritten` when the refusal came before any write, else a warning to check. */
export function refusalText(kind: RefusalKind, sheet: string, lang: Lang, nothingWritten: boolean): string {
  const text = (lang === "en" ? en : zh)[kind].replace("{sheet}", sheet);
  return `${text}${lang === "en" ? " " : ""}${(nothingWritten ? NOTHING_WRITTEN : MAY_BE_PARTIAL)[lang]}`;
}
