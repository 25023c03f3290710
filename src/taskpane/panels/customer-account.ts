/**
 * The 客户 panel's receivables: what the customer owes, how much of it is overdue and its oldest
 * open bill (app/customer-view.ts over domain/receivables), and a 对账单 between two days written as
 * a sheet to print (app/statement.ts writeStatementSheet).
 */
import type { CustomerSummary } from "../../app/customer-view";
import { writeStatementSheet } from "../../app/statement";
import { dateOfDay } from "../../domain/cadence";
import { fromCents } from "../../domain/receivables";
import { addMonths, isoDate } from "../../domain/time";
import { parseDateText } from "../../workbook/codec/coerce";
import type { PaneContext } from "../context";
import { dateInputValue } from "../form/defaults";
import { dateInput } from "../ui/date-input";
import { h } from "../ui/dom";
import { moneyText } from "../../i18n/money";
import { runButton } from "../ui/run-button";

export function accountView(ctx: PaneContext, code: string, summary: CustomerSummary | undefined): HTMLElement {
  const { t, lang } = ctx;
  const a = summary?.account;
  const oldest = summary?.oldestOpen;
  const money = (cents: number) => moneyText(fromCents(cents), lang);
  const lines = !a
    ? [h("p", { class: "kh-muted" }, t("accountNone"))]
    : [
        h("div", { class: "kh-account-figures" }, h("strong", { class: "kh-balance" }, t("accountBalance", { amount: money(a.balanceCents) })), " · ", h("span", { class: a.overdueCents > 0 ? "kh-overdue bad" : "kh-overdue" }, t("accountOverdue", { amount: money(a.overdueCents) }))),
        oldest
          ? h(
              "div",
              { class: "kh-muted kh-oldest-open" },
              t("accountOldest", {
                date: isoDate(dateOfDay(oldest.item.bill.day)),
                doc: oldest.item.bill.docNo ?? "",
                amount: money(oldest.item.openCents),
                due: oldest.daysOverdue > 0 ? t("accountOverdueDays", { days: oldest.daysOverdue }) : t("accountNotDue", { date: isoDate(dateOfDay(oldest.item.dueDay)) }),
              }),
            )
          : h("div", { class: "kh-muted kh-oldest-open" }, t("accountAllPaid")),
      ];
  return h("div", { class: "kh-account" }, h("h3", {}, t("accountTitle")), lines, statementForm(ctx, code));
}

/** From–to (default: the last three months up to today) and a button writing the 对账单 sheet. */
function statementForm(ctx: PaneContext, code: string): HTMLElement {
  const { t } = ctx;
  const today = ctx.host.now();
  const from = dateInput({ id: "kh-statement-from", "aria-label": t("analysisFrom") }, "date", dateInputValue(addMonths(today, -3)));
  const to = dateInput({ id: "kh-statement-to", "aria-label": t("analysisTo") }, "date", dateInputValue(today));
  const result = h("div", { class: "kh-statement-result", "aria-live": "polite" });
  const run = runButton(ctx, t("statementRun"), "kh-run-statement", result, async () => {
    const start = parseDateText(from.value);
    const end = parseDateText(to.value);
    if (!start || !end || start > end) return h("div", { class: "kh-msg bad" }, t("statementBadDates"));
    const written = await writeStatementSheet(ctx.host.port, { customer: code, from: start, to: end });
    return h("div", { class: "kh-msg ok" }, t("statementDone", { sheet: written.sheet ?? "" }));
  });
  return h("div", { class: "kh-statement" }, h("h3", {}, t("statementTitle")), h("div", { class: "kh-row" }, from, to), run, result);
}
