import { isoDate } from "../../domain/time";
import { customersSheet } from "../../workbook";
import type { Panel, PaneContext } from "../context";
import { dueList, type DueItem } from "../../app/due";
import { dueBadge } from "../due-badge";
import { groupDue, repsOf } from "../due-groups";
import { h, replace } from "../ui/dom";

/** 今日跟进: who is due or overdue, by grade, most overdue first, for one rep or all. */
export const duePanel: Panel = async (ctx) => {
  const log = await ctx.readDueLog();
  const { t } = ctx;
  const today = ctx.host.now();
  const all = dueList(log, today);
  const staffName = new Map(log.staff.map((s) => [s.record.id, s.record.name]));
  const filter = h(
    "select",
    { id: "kh-rep", "aria-label": t("dueRepFilter") },
    h("option", { value: "" }, t("dueAllReps")),
    repsOf(all, ctx.state.rep).map((r) => h("option", { value: r, selected: r === ctx.state.rep }, staffName.has(r) ? `${r} ${staffName.get(r)}` : r)),
  );
  const listSlot = h("div", { class: "kh-due-list" });
  const render = () => replace(listSlot, dueView(ctx, dueList(log, today, filter.value)));
  filter.addEventListener("change", () => {
    ctx.setState({ rep: filter.value });
    render();
  });
  render();
  return h(
    "div",
    { class: "kh-card" },
    h("h2", {}, t("dueTitle"), " ", h("span", { class: "kh-muted" }, isoDate(today))),
    h("div", { class: "kh-field" }, h("label", { for: "kh-rep" }, t("dueRepFilter")), filter),
    listSlot,
  );
};

function dueView(ctx: PaneContext, items: readonly DueItem[]): HTMLElement {
  const { t } = ctx;
  const groups = groupDue(items);
  const count = items.length;
  if (count === 0) return h("p", { class: "kh-muted" }, t("dueNone"));
  return h(
    "div",
    {},
    h("div", { class: "kh-muted kh-due-count" }, t("dueCount", { n: count })),
    groups.map((g) =>
      h(
        "section",
        { class: "kh-due-group", "data-grade": g.grade },
        h("h3", {}, t("dueGrade", { grade: g.grade, days: g.items[0].cadenceDays })),
        h("ul", { class: "kh-list", "aria-label": t("dueGrade", { grade: g.grade, days: g.items[0].cadenceDays }) }, g.items.map((e) => dueItem(ctx, e))),
      ),
    ),
  );
}

function dueItem(ctx: PaneContext, e: DueItem): HTMLElement {
  const { t } = ctx;
  const label = dueBadge(t, e);
  const badge = h("span", { class: label.late ? "kh-badge late" : "kh-badge" }, label.text);
  const select = () => {
    ctx.setState({ customer: e.code });
    void ctx.host.selectRange(customersSheet.name, `${e.row}:${e.row}`);
  };
  return h(
    "li",
    { class: "kh-due", "data-code": e.code },
    h("button", { class: "kh-pick", type: "button", onclick: select, title: t("selectRow", { where: `${ctx.lang === "en" ? customersSheet.nameEn : customersSheet.name} ${ctx.lang === "en" ? "row " : "第 "}${e.row}${ctx.lang === "en" ? "" : " 行"}` }) }, h("span", {}, e.name, " ", h("span", { class: "kh-code" }, e.code)), badge),
    h("button", { class: "kh-btn small kh-log-follow-up", type: "button", "aria-label": `${t("dueFollowedUp")}：${e.name}`, onclick: () => ctx.show("register", { customer: e.code, sheetKey: "followUps" }) }, t("dueFollowedUp")),
  );
}
