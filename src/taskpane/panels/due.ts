import { cadenceDays } from "../../domain/cadence";
import type { Settings } from "../../domain/settings";
import { isoDate } from "../../domain/time";
import { customersSheet } from "../../workbook";
import type { Panel, PaneContext } from "../context";
import { groupDue, repsOf, type DueEntry } from "../due-groups";
import { dueEntries } from "../due-source";
import { h, replace } from "../ui/dom";

/** 今日跟进: who is due or overdue, by grade, most overdue first, for one rep or all. */
export const duePanel: Panel = async (ctx) => {
  const log = await ctx.readLog();
  const { t } = ctx;
  const all = dueEntries(log, ctx.host.now());
  const reps = repsOf(all);
  const staffName = new Map(log.staff.map((s) => [s.record.id, s.record.name]));
  const filter = h(
    "select",
    { id: "kh-rep", "aria-label": t("dueRepFilter") },
    h("option", { value: "" }, t("dueAllReps")),
    [...new Set([...reps, ctx.state.rep].filter((r) => r))].sort().map((r) => h("option", { value: r, selected: r === ctx.state.rep }, staffName.has(r) ? `${r} ${staffName.get(r)}` : r)),
  );
  const listSlot = h("div", { class: "kh-due-list" });
  const render = () => replace(listSlot, dueList(ctx, all, filter.value, log.settings.cadenceDays));
  filter.addEventListener("change", () => {
    ctx.setState({ rep: filter.value });
    render();
  });
  render();
  return h(
    "div",
    { class: "kh-card" },
    h("h2", {}, t("dueTitle"), " ", h("span", { class: "kh-muted" }, isoDate(ctx.host.now()))),
    h("div", { class: "kh-field" }, h("label", { for: "kh-rep" }, t("dueRepFilter")), filter),
    listSlot,
  );
};

function dueList(ctx: PaneContext, all: readonly DueEntry[], rep: string, cadence: Settings["cadenceDays"]): HTMLElement {
  const { t } = ctx;
  const groups = groupDue(all, rep);
  const count = groups.reduce((n, g) => n + g.entries.length, 0);
  if (count === 0) return h("p", { class: "kh-muted" }, t("dueNone"));
  return h(
    "div",
    {},
    h("div", { class: "kh-muted kh-due-count" }, t("dueCount", { n: count })),
    groups.map((g) =>
      h(
        "section",
        { class: "kh-due-group", "data-grade": g.grade },
        h("h3", {}, t("dueGrade", { grade: g.grade, days: cadenceDays(g.grade, cadence) })),
        h("ul", { class: "kh-list" }, g.entries.map((e) => dueItem(ctx, e))),
      ),
    ),
  );
}

function dueItem(ctx: PaneContext, e: DueEntry): HTMLElement {
  const { t } = ctx;
  const badge = e.due === undefined ? h("span", { class: "kh-badge late" }, t("dueNever")) : e.daysOverdue > 0 ? h("span", { class: "kh-badge late" }, t("dueOverdue", { n: e.daysOverdue })) : h("span", { class: "kh-badge" }, t("dueToday"));
  const select = () => {
    ctx.setState({ customer: e.code });
    void ctx.host.selectRange(customersSheet.name, `${e.row}:${e.row}`);
  };
  return h(
    "li",
    { class: "kh-due", "data-code": e.code },
    h("button", { class: "kh-pick", type: "button", onclick: select, title: `${customersSheet.name}!${e.row}:${e.row}` }, h("span", {}, e.name, " ", h("span", { class: "kh-code" }, e.code)), badge),
    h("button", { class: "kh-btn small", type: "button", onclick: () => ctx.show("register", { customer: e.code, sheetKey: "followUps" }) }, t("dueFollowedUp")),
  );
}
