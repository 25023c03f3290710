import type { Lang } from "../../i18n/lang";

/** ¥1,234.50 (−¥20.00 when negative), grouped as the pane's language writes numbers. */
export function moneyText(amount: number, lang: Lang): string {
  const text = Math.abs(amount).toLocaleString(lang === "en" ? "en-US" : "zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${amount < 0 ? "-" : ""}¥${text}`;
}
