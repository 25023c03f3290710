import type { Lang } from "./lang";

/** ¥1,234.50 (-¥20.00 when negative), grouped as the language writes numbers: how the task pane, the command line and the generated sheets' text write an amount. */
export function moneyText(amount: number, lang: Lang = "zh"): string {
  const text = Math.abs(amount).toLocaleString(lang === "en" ? "en-US" : "zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${amount < 0 ? "-" : ""}¥${text}`;
}
