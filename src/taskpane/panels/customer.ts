import { customerSummary, type CustomerSummary } from "../../app/customer-view";
import { writeHandover } from "../../app/handover";
import { isoDate } from "../../domain/time";
import { parseDateText } from "../../workbook/codec/coerce";
import { EVENT_SHEETS, type Customer } from "../../workbook";
import type { Rowed } from "../../domain/log";
import type { UiKey } from "../../i18n/taskpane-strings";
import type { Panel, PaneContext } from "../context";
import { customerTimeline, openItems, type OpenItem, type TimelineEntry } from "../../domain/customer-timeline";
import { filterTimeline } from "../timeline";
import { headline, locationText, metaLine, sheetName } from "../timeline-text";
import { dateInput } from "../ui/date-input";
import { customerPicker } from "../ui/customer-picker";
import { h, replace } from "../ui/dom";
import { moneyText } from "../../i18n/money";
import { accountView } from "./customer-account";

/** Events drawn at once; the filters reach the rest. */
const MAX_SHOWN = 200;

const OPEN_LABEL: Record<OpenItem["kind"], UiKey> = {
  complaint: "openComplaint",
  return: "openReturn",
  invoice: "openInvoice",
  promise: "openPromise",
  sample: "openSample",
  event: "openEvent",
};

/** 客户: one customer's whole history across the event sheets, open items on top. */
export const customerPanel: Panel = async (ctx, intent) => {
  const log = await ctx.readLog();
  const body = h("div", { class: "kh-timeline" });
  const show = (c: Rowed<Customer> | undefined) => {
    if (c) ctx.setState({ customer: c.record.code });
    replace(body, c ? customerView(ctx, c, customerTimeline(log, c.record.code), customerSummary(log, c.record.code, ctx.host.now(), ctx.lang)) : null);
  };
  const picker = customerPicker(log.customers, ctx.t, intent.customer ?? ctx.state.customer, (c) => {
    show(c);
    // On to the next field: the timeline's kind filter.
    if (c) body.querySelector<HTMLElement>(".kh-filter-kind")?.focus();
  });
  show(picker.selected());
  ctx.onShown(() => (picker.selected() ? undefined : picker.focus()));
  return h("div", {}, h("div", { class: "kh-card" }, h("h2", {}, ctx.t("timelineTitle")), picker.element), body);
};

function customerView(ctx: PaneContext, c: Rowed<Customer>, timeline: TimelineEntry[], summary: CustomerSummary | undefined): HTMLElement {
  const { t, lang } = ctx;
  const kind = h("select", { "aria-label": t("eventKind"), class: "kh-filter-kind" }, h("option", { value: "" }, t("timelineAll")), EVENT_SHEETS.map((s) => h("option", { value: s.key }, lang === "en" ? s.nameEn : s.name)));
  const from = dateInput({ "aria-label": t("timelineFrom") }, "date");
  const to = dateInput({ "aria-label": t("timelineTo") }, "date");
  const keyword = h("input", { type: "search", placeholder: t("timelineKeyword"), "aria-label": t("timelineKeyword") });
  const list = h("ul", { class: "kh-list kh-events", "aria-label": t("timelineTitle") });
  const render = () => {
    const shown = filterTimeline(timeline, { kind: kind.value, from: parseDateText(from.value), to: parseDateText(to.value), keyword: keyword.value });
    replace(
      list,
      shown.length ? shown.slice(0, MAX_SHOWN).map((e) => eventItem(ctx, e)) : h("li", { class: "kh-muted" }, t("timelineEmpty")),
      shown.length > MAX_SHOWN ? h("li", { class: "kh-muted" }, t("timelineMore", { shown: MAX_SHOWN, n: shown.length })) : null,
    );
  };
  for (const input of [kind, from, to]) input.addEventListener("change", render);
  keyword.addEventListener("input", render);
  render();
  const open = openItems(timeline);
  const r = c.record;
  return h(
    "div",
    {},
    h(
      "div",
      { class: "kh-card" },
      h("h2", {}, r.name, " ", h("span", { class: "kh-code" }, r.code)),
      h("div", { class: "kh-muted" }, [t("gradeLabel", { grade: summary?.status.grade ?? r.grade }), r.abc ? `ABC ${r.abc}` : "", summary?.status.rep ?? r.rep, r.contact, r.phone, r.area].filter((x) => x).join(" · ")),
      summary?.status.due ? h("div", { class: "kh-muted kh-next-due" }, t("nextDue", { date: isoDate(summary.status.due), grade: summary.status.grade, days: summary.status.cadenceDays })) : null,
      summary ? h("div", { class: "kh-muted kh-sales12" }, `${summary.salesLabel} ${moneyText(summary.sales12, lang)}`) : null,
      handoverButton(ctx, r.code),
      accountView(ctx, r.code, summary),
      h("h3", {}, t("timelineOpen")),
      open.length
        ? h("ul", { class: "kh-list kh-open-items" }, open.map((o) => h("li", { class: "kh-open", "data-kind": o.kind }, h("strong", {}, t(OPEN_LABEL[o.kind])), " ", headline(o.entry), o.entry.sheetKey === "followUps" ? ` ${String(o.entry.record.promise ?? "")}` : "", o.due ? ` (${t("promiseDue", { date: isoDate(o.due) })})` : "", h("div", { class: "meta kh-muted" }, metaLine(o.entry), " · ", rowLink(ctx, o.entry)))))
        : h("p", { class: "kh-muted" }, t("timelineNoOpen")),
    ),
    h("div", { class: "kh-card" }, h("div", { class: "kh-row" }, kind, keyword), h("div", { class: "kh-row" }, from, to), list),
  );
}

/** Writes this customer's 交接 dossier (profile, open items, sales, recent events) to the 交接 sheet. */
function handoverButton(ctx: PaneContext, code: string): HTMLElement {
  const note = h("span", { class: "kh-help" });
  const button = h("button", { class: "kh-btn small", type: "button", id: "kh-handover" }, ctx.t("handoverRun"));
  button.addEventListener("click", () => {
    button.disabled = true;
    writeHandover(ctx.host.port, { customers: [code] }, ctx.host.now(), ctx.lang)
      .then(({ dossiers }) => (note.textContent = ctx.t("handoverDone", { n: dossiers.length })))
      .catch((e: unknown) => (note.textContent = ctx.t("error") + (e instanceof Error ? e.message : String(e))))
      .finally(() => (button.disabled = false));
  });
  return h("div", { class: "kh-row" }, button, note);
}

/** "往来帐 第 2266 行" as a link-like button: a click (or Enter) selects that row in the workbook. */
function rowLink(ctx: PaneContext, e: TimelineEntry): HTMLElement {
  const text = locationText(e, ctx.lang);
  const sheet = sheetName(e.sheetKey, "zh");
  return h("button", { class: "kh-link kh-row-link", type: "button", "data-sheet": sheet, "data-row": e.row, title: ctx.t("selectRow", { where: text }), onclick: () => void ctx.host.selectRange(sheet, `${e.row}:${e.row}`) }, text);
}

function eventItem(ctx: PaneContext, e: TimelineEntry): HTMLElement {
  return h(
    "li",
    { class: "kh-event", "data-sheet": e.sheetKey },
    h("div", {}, h("strong", {}, sheetName(e.sheetKey, ctx.lang)), " ", headline(e)),
    h("div", {}, e.record.description),
    h("div", { class: "meta" }, metaLine(e), " · ", e.record.status, " · ", rowLink(ctx, e)),
  );
}
