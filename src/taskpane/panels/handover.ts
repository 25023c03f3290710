import { handoverRepProblem, staffMembers } from "../../app/entry";
import { handOver, writeHandover } from "../../app/handover";
import { findStaff } from "../../domain/staff-roster";
import { formatProblem, problemMessage } from "../../workbook/problems";
import type { Panel, PaneContext } from "../context";
import { h, replace } from "../ui/dom";

/**
 * 交接: one rep's customers to another rep. Pick who leaves (by name), who takes over, and which
 * of the customers move; a confirmation step states the count and both names before anything is
 * written. Then each customer gets a 交接 row and a new 负责客服, and the dossiers are written.
 */
export const handoverPanel: Panel = async (ctx) => {
  const { t } = ctx;
  const log = await ctx.readLog({ sheets: ["customers", "staff"] });
  const staff = staffMembers(log.staff, ctx.host.now());
  // 工号 as 员工 spells it, whatever case was typed (domain/staff-roster.ts)
  const member = (id: string) => findStaff(staff, id);
  const nameOf = (id: string) => member(id)?.name;
  const label = (typed: string) => {
    const found = member(typed);
    if (!found?.name) return typed;
    return ctx.lang === "en" ? `${found.name} (${found.id})` : `${found.name}（${found.id}）`;
  };
  const holders = [...new Set(log.customers.map((c) => c.record.rep))].sort();
  const countOf = (rep: string) => log.customers.filter((c) => c.record.rep === rep).length;

  const from = h("select", { id: "kh-handover-from" }, holders.map((r) => h("option", { value: r, selected: r === ctx.state.rep }, `${label(r)} · ${t("customerCount", { n: countOf(r) })}`)));
  const toList = h("datalist", { id: "kh-staff-list" }, staff.filter((s) => s.active !== false).map((s) => h("option", { value: s.id }, s.name ?? "")));
  const to = h("input", { type: "text", id: "kh-handover-to", list: "kh-staff-list", autocomplete: "off", spellcheck: "false", "aria-describedby": "kh-handover-to-name kh-handover-to-error" });
  const toName = h("div", { class: "kh-help", id: "kh-handover-to-name" });
  const toError = h("div", { class: "kh-error", id: "kh-handover-to-error" });
  const customersBox = h("fieldset", { class: "kh-handover-customers" });
  const confirmSlot = h("div", { class: "kh-handover-confirm", "aria-live": "polite" });

  const renderCustomers = () => {
    const mine = log.customers.filter((c) => c.record.rep === from.value);
    replace(
      customersBox,
      h("legend", {}, t("handoverCustomers", { n: mine.length })),
      h("ul", { class: "kh-list kh-checklist" }, mine.map((c) => h("li", {}, h("label", { class: "kh-check" }, h("input", { type: "checkbox", value: c.record.code, checked: true }), h("span", {}, c.record.name, " ", h("span", { class: "kh-code" }, c.record.code)))))),
    );
    replace(confirmSlot);
  };
  const chosen = () => [...customersBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")].map((b) => b.value);
  const setToError = (message: string) => {
    toError.textContent = message;
    if (message) to.setAttribute("aria-invalid", "true");
    else to.removeAttribute("aria-invalid");
  };
  from.addEventListener("change", renderCustomers);
  customersBox.addEventListener("change", () => replace(confirmSlot));
  to.addEventListener("input", () => {
    setToError("");
    replace(confirmSlot);
    const name = nameOf(to.value.trim());
    toName.textContent = name ? `→ ${name}` : "";
  });
  renderCustomers();

  const move = h("button", { class: "kh-btn primary", type: "button", id: "kh-handover-move" }, t("handoverMove"));
  const dossier = h("button", { class: "kh-btn", type: "button", id: "kh-handover-dossier" }, t("handoverRun"));

  /** Step 1: check the new rep and the selection, then ask to confirm with the count. */
  move.addEventListener("click", () => {
    const target = to.value.trim();
    const codes = chosen();
    const problem = target ? handoverRepProblem(target, staff) : undefined;
    const toProblem = !target ? t("handoverNeedTo") : target === from.value ? t("handoverSameRep") : problem ? problemMessage(problem, ctx.lang) : "";
    if (toProblem) {
      setToError(toProblem);
      ctx.status.show("bad", [`${t("handoverTo")}${ctx.lang === "en" ? ": " : "："}${toProblem}`]);
      to.focus();
      return;
    }
    if (codes.length === 0) {
      ctx.status.show("bad", [t("handoverNoneChosen")]);
      customersBox.querySelector<HTMLInputElement>("input")?.focus();
      return;
    }
    ctx.status.clear();
    const confirm = h("button", { class: "kh-btn primary", type: "button", id: "kh-handover-confirm" }, t("handoverConfirm", { n: codes.length }));
    const cancel = h("button", { class: "kh-btn", type: "button", id: "kh-handover-cancel", onclick: () => (replace(confirmSlot), move.focus()) }, t("cancel"));
    confirm.addEventListener("click", () => void carryOut(ctx, codes, from.value, target, label, [confirm, cancel, move]).then((done) => done && replace(confirmSlot)));
    replace(confirmSlot, h("div", { class: "kh-msg info", role: "alertdialog", "aria-label": t("handoverTitle") }, h("p", {}, t("handoverAsk", { n: codes.length, from: label(from.value), to: label(target) })), h("div", { class: "kh-row" }, confirm, cancel)));
    confirm.focus();
  });
  dossier.addEventListener("click", () => {
    dossier.disabled = true;
    ctx.status.show("busy", [t("working")]);
    writeHandover(ctx.host.port, { customers: chosen() }, ctx.host.now(), ctx.lang, from.value)
      .then(({ dossiers }) => ctx.status.show("ok", [t("handoverDone", { n: dossiers.length })]))
      .catch((e: unknown) => ctx.status.show("bad", [t("error") + (e instanceof Error ? e.message : String(e))]))
      .finally(() => (dossier.disabled = false));
  });

  return h(
    "div",
    { class: "kh-card kh-handover" },
    h("h2", {}, t("handoverTitle")),
    h("p", { class: "kh-help" }, t("handoverHelp")),
    holders.length === 0 ? h("p", { class: "kh-muted" }, t("handoverNoCustomers")) : null,
    h("div", { class: "kh-field" }, h("label", { for: "kh-handover-from" }, t("handoverFrom")), from),
    h("div", { class: "kh-field" }, h("label", { for: "kh-handover-to" }, t("handoverTo")), to, toList, toName, toError),
    customersBox,
    h("div", { class: "kh-row" }, move, dossier),
    confirmSlot,
  );
};

/** Step 2, after the confirmation: the 交接 rows and new 负责客服, then the dossiers. */
async function carryOut(ctx: PaneContext, codes: string[], from: string, to: string, label: (id: string) => string, buttons: HTMLButtonElement[]): Promise<boolean> {
  const { t } = ctx;
  for (const b of buttons) b.disabled = true;
  ctx.status.show("busy", [t("working")]);
  try {
    const now = ctx.host.now();
    const done = await handOver(ctx.host.port, { customers: codes }, now, { to, now, random: () => ctx.host.random(), lang: ctx.lang, rep: to });
    if (!done.ok) {
      ctx.status.show("bad", done.problems.map((p) => (p.cell ? formatProblem(p, ctx.lang) : problemMessage(p, ctx.lang))));
      return false;
    }
    ctx.status.show("ok", [t("handoverMoved", { n: done.outcome.moved.length, from: label(from), to: label(to) }), t("handoverDone", { n: codes.length })], { label: t("handoverAgain"), run: () => ctx.show("handover") });
    return true;
  } catch (e) {
    ctx.status.show("bad", [t("error") + (e instanceof Error ? e.message : String(e))]);
    return false;
  } finally {
    for (const b of buttons) b.disabled = false;
  }
}
