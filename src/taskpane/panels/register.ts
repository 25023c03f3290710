import { logEntry } from "../../app/log-follow-up";
import { CREDIT_SHEETS, newOrderWarning } from "../../app/credit-warnings";
import type { LogRead } from "../../app/read-log";
import { SALES_TX_TYPE } from "../../domain/vocabulary";
import { parseNumberText } from "../../workbook/codec/coerce";
import { isoDate } from "../../domain/time";
import type { Settings } from "../../domain/settings";
import { EVENT_SHEETS, followUpsSheet, sheetByKey, transactionsSheet, type Customer, type SheetSpec } from "../../workbook";
import type { Log, Rowed } from "../../domain/log";
import { gradeReasonText } from "../../domain/grade-fit";
import { suggestGrade } from "../../app/grade-suggestion";
import { parseDateText } from "../../workbook/codec/coerce";
import { isGrade } from "../../domain/cadence";
import type { Panel, PaneContext } from "../context";
import { dueBadge } from "../due-badge";
import { formDefaults } from "../form/defaults";
import { recordFromValues } from "../form/fields";
import { followUpOutcome } from "../../app/follow-up-outcome";
import { customerPicker } from "../ui/customer-picker";
import { h, replace } from "../ui/dom";
import { entryForm, submitEntry, type EntryForm, type SubmitResult } from "../ui/entry-form";
import type { StatusAction } from "../ui/status";

const FORM_ID = "kh-register-form";

/**
 * 登记: pick a customer and an event kind, fill the spec-derived form, write one row. The 登记
 * button and the status line sit in the dock, so neither needs a scroll; after a follow-up the
 * status offers the next customer due.
 */
export const registerPanel: Panel = async (ctx, intent) => {
  const log = await ctx.readLog({ sheets: ["customers"] });
  const { t, lang } = ctx;
  const preview = h("div", { class: "kh-help kh-preview", "aria-live": "polite" });
  const refreshPreview = () => (preview.textContent = spec.key === followUpsSheet.key ? previewNextDue(ctx, log.settings, entry.form.values()) : "");
  const gradeHint = h("div", { class: "kh-help kh-grade-hint", "aria-live": "polite" });
  // 往来帐 is read only when a follow-up form needs the hint, once per panel
  let sales: Promise<Pick<Log, "customers" | "transactions" | "settings">> | undefined;
  const refreshGradeHint = () => {
    gradeHint.textContent = "";
    const chosen = customer;
    if (!chosen || spec.key !== followUpsSheet.key) return;
    sales ??= ctx.readLog({ sheets: ["customers", "transactions"] });
    void sales.then((l) => {
      if (customer === chosen && spec.key === followUpsSheet.key) gradeHint.textContent = gradeHintText(ctx, l, chosen.record.code);
    });
  };
  // 往来帐's orders: a warning while the order would take the customer over 信用额度 (the ledger is read once, again after a save)
  const creditHint = h("div", { class: "kh-msg warn kh-credit-warning", role: "status", "aria-live": "polite" });
  let ledger: Promise<CreditLog> | undefined;
  const refreshCreditHint = () => {
    const chosen = customer;
    const values = entry.form.values();
    const line = spec.key === transactionsSheet.key && chosen ? orderLine(chosen.record.code, values, ctx.state.rep) : undefined;
    // right under 金额, where the rep is typing (a rebuilt form drops it: it goes back under the form)
    const amountField = entry.form.input("amount")?.closest(".kh-field");
    if (amountField && amountField.nextElementSibling !== creditHint) amountField.after(creditHint);
    else if (!amountField && !creditHint.isConnected) formSlot.after(creditHint);
    if (!line) return void (creditHint.textContent = "");
    ledger ??= ctx.readLog({ sheets: CREDIT_SHEETS });
    void ledger.then((l) => {
      if (customer === chosen && spec.key === transactionsSheet.key) creditHint.textContent = newOrderWarning(l, line, lang === "en" ? "en" : "zh") ?? "";
    });
  };
  const formSlot = h("div");
  let customer: Rowed<Customer> | undefined;
  let spec: SheetSpec = sheetByKey(intent.sheetKey ?? "") ?? followUpsSheet;
  let defaults: Record<string, string> = {};

  /** The first field still to fill: where focus goes once the customer is chosen. */
  const focusFirstEmpty = () => {
    const values = entry.form.values();
    const next = entry.fields.find((f) => f.required && !values[f.key]) ?? entry.fields[0];
    if (next) entry.form.input(next.key)?.focus();
  };

  const picker = customerPicker(log.customers, t, intent.customer ?? ctx.state.customer, (c) => {
    customer = c;
    if (c) ctx.setState({ customer: c.record.code });
    entry = buildForm(entry.form.values());
    if (ctx.status.kind() === "bad") ctx.status.clear();
    if (c) focusFirstEmpty();
  });
  customer = picker.selected();
  let entry: EntryForm = buildForm();

  function buildForm(previous?: Record<string, string>): EntryForm {
    const before = defaults;
    defaults = formDefaults(spec, { now: ctx.host.now(), rep: customer?.record.rep || ctx.state.rep, grade: customer?.record.grade });
    // What the rep typed survives a change of customer; what was only a default follows the new customer.
    const kept = previous ? Object.fromEntries(Object.entries(previous).filter(([k, v]) => v !== "" && v !== before[k])) : {};
    const built = entryForm(ctx, spec, { ...defaults, ...kept }, ["customer"]);
    replace(formSlot, built.form.element);
    queueMicrotask(refreshPreview);
    queueMicrotask(refreshGradeHint);
    queueMicrotask(refreshCreditHint);
    return built;
  }

  const kind = h(
    "select",
    { id: "kh-kind" },
    EVENT_SHEETS.map((s) => h("option", { value: s.key, selected: s.key === spec.key }, lang === "en" ? s.nameEn : s.name)),
  );
  kind.addEventListener("change", () => {
    spec = sheetByKey(kind.value) ?? followUpsSheet;
    entry = buildForm();
    ctx.status.clear();
  });

  const submit = h("button", { class: "kh-btn primary", type: "submit", form: FORM_ID, id: "kh-submit" }, t("submit"));
  ctx.dock(submit);
  const formEl = h(
    "form",
    { class: "kh-card", novalidate: true, id: FORM_ID, "aria-labelledby": "kh-register-title" },
    h("h2", { id: "kh-register-title" }, t("panelRegister")),
    picker.element,
    h("div", { class: "kh-field" }, h("label", { for: "kh-kind" }, t("eventKind")), kind),
    formSlot,
    preview,
    gradeHint,
  );
  formSlot.addEventListener("change", refreshPreview);
  formSlot.addEventListener("change", refreshCreditHint);
  formSlot.addEventListener("input", refreshCreditHint);
  formEl.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = customer;
    const savedSpec = spec;
    const warning = creditHint.textContent ?? "";
    void submitEntry(ctx, savedSpec, entry, submit, () => save(ctx, savedSpec, chosen, entry.form.values(), picker.setError, warning), (key) => (key === "customer" ? (picker.focus(), true) : false)).then((saved) => {
      if (saved) {
        ledger = undefined;
        entry = buildForm();
        picker.setError(undefined);
      }
    });
  });
  // The search box (or the first field to fill, once a customer is chosen) has focus when 登记 opens.
  ctx.onShown(() => (customer ? focusFirstEmpty() : picker.focus()));
  return h("div", { class: "kh-register" }, formEl);
};

/** Hands the entry to app/log-follow-up.ts and says what it did: the row written, the new due date, the next customer due. */
async function save(ctx: PaneContext, spec: SheetSpec, customer: Rowed<Customer> | undefined, values: Record<string, string>, setPickerError: (message: string | undefined) => void, creditWarning: string): Promise<SubmitResult> {
  const { t, lang, host } = ctx;
  const fields = entryForm(ctx, spec, {}, ["customer"]).fields;
  setPickerError(customer ? undefined : t("customerPick"));
  const result = await logEntry(host.port, spec.key, { ...recordFromValues(fields, values), customer: customer?.record.code }, { now: host.now(), random: () => host.random(), rep: ctx.state.rep });
  if (!result.ok) return { ok: false, problems: result.problems, extra: customer ? undefined : { customer: t("customer") } };
  const lines: (string | HTMLElement)[] = [h("div", { class: "kh-saved" }, t("saved", { sheet: lang === "en" ? spec.nameEn : spec.name, row: result.row, id: result.id }))];
  // saved, and still over the limit: the warning stays in view with the saved row
  if (creditWarning) lines.push(h("div", { class: "kh-credit-saved" }, t("creditWarningSaved", { message: creditWarning })));
  const { rescheduled, next } = result;
  if (rescheduled) lines.push(h("div", { class: "kh-next-due" }, t("nextDue", { date: isoDate(rescheduled.nextDue), grade: rescheduled.grade, days: rescheduled.days })));
  let action: StatusAction | undefined;
  if (next) action = { label: t("nextCustomer", { name: next.name, badge: dueBadge(t, next).text }), id: "kh-next-customer", run: () => ctx.show("register", { customer: next.code, sheetKey: followUpsSheet.key }) };
  else if (next === null) lines.push(t("noMoreDue"));
  return { ok: true, lines, action };
}

type CreditLog = Pick<LogRead, "customers" | "transactions" | "invoices" | "returns" | "settings">;

/** The order line the 往来帐 form describes, once it is an order with an amount and a moment; else undefined. */
function orderLine(code: string, values: Record<string, string>, paneRep: string | undefined) {
  const amount = parseNumberText((values.amount ?? "").trim());
  const at = parseDateText(values.occurredAt ?? "");
  if (values.txType !== SALES_TX_TYPE || amount === undefined || !(amount > 0) || !at) return undefined;
  return { customer: code, rep: values.rep?.trim() || paneRep || "", docNo: values.docNo?.trim() || undefined, occurredAt: at, amount };
}

/** The grade the log implies beside the current one (app/grade-suggestion.ts); empty when the grade fits. */
export function gradeHintText(ctx: PaneContext, log: Pick<Log, "customers" | "transactions" | "settings">, code: string): string {
  const fit = suggestGrade(log, code, ctx.host.now());
  if (!fit || fit.suggested === fit.grade) return "";
  const lang = ctx.lang === "en" ? "en" : "zh";
  return ctx.t("gradeSuggested", { grade: fit.grade, suggested: fit.suggested, why: fit.reasons.map((r) => gradeReasonText(r, fit.grade)[lang]).join(lang === "en" ? "; " : "；") });
}

/** The next due date as the follow-up form stands, shown before it is saved. */
function previewNextDue(ctx: PaneContext, settings: Settings, values: Record<string, string>): string {
  const grade = (values.gradeAfter ?? "").trim().toUpperCase();
  const at = parseDateText(values.occurredAt ?? "");
  if (!isGrade(grade) || !at) return "";
  const outcome = followUpOutcome({ gradeAfter: grade, occurredAt: at }, { row: 0, code: "" }, settings);
  return ctx.t("nextDue", { date: isoDate(outcome.nextDue), grade, days: outcome.days });
}
