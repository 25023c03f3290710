import type { DueItem } from "../app/due";
import type { Translate } from "../i18n/taskpane-strings";

/** How 今日跟进 labels a due customer: never followed up, N days overdue, or due today. */
export function dueBadge(t: Translate, item: Pick<DueItem, "due" | "daysOverdue">): { text: string; late: boolean } {
  if (item.due === undefined) return { text: t("dueNever"), late: true };
  if (item.daysOverdue > 0) return { text: t("dueOverdue", { n: item.daysOverdue }), late: true };
  return { text: t("dueToday"), late: false };
}
