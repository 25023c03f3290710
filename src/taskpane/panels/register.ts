import { logEvent } from "../../app/log-event";
import { isoDate } from "../../domain/time";
import type { Settings } from "../../domain/settings";
import { customersSheet, EVENT_SHEETS, followUpsSheet, sheetByKey, type Customer, type SheetSpec } from "../../workbook";
import type { Rowed } from "../../domain/log";
import { validateRecord } from "../../workbook/codec/validate";
import { parseDateText } from "../../workbook/codec/coerce";
import { isGrade } from "../../domain/cadence";
import type { Panel, PaneContext } from "../context";
import { formDefaults } from "../form/defaults";
import { formErrors } from "../form/errors";
import { formFields, recordFromValues } from "../form/fields";
import { followUpOutcome, movesSchedule } from "../../app/follow-up-outcome";
import { customerPicker } from "../ui/customer-picker";
import { h, replace } from "../ui/dom";
import { recordForm } from "../ui/record-form";

/** 登记: pick a customer and an event kind, fill the spec-derived form, write one row. */
export const registerPanel: Panel = async (ctx, intent) => {
  const log = await ctx.readLog({ sheets: ["customers"] });
  const { t, lang } = ctx;
  const message = h("div", { class: "kh-result", "aria-live": "polite" });
  const preview = h("div", { class: "kh-help kh-preview" });
  const refreshPreview = () => (preview.textContent = spec.key === followUpsSheet.key ? previewNextDue(ctx, log.settings, form.values()) : "");
  const formSlot = h("div");
  let customer: Rowed<Customer> | undefined;
  let spec: SheetSpec = sheetByKey(intent.sheetKey ?? "") ?? followUpsSheet;
  let defaults: Record<string, string> = {};

  const picker = customerPicker(log.customers, t, intent.customer ?? ctx.state.customer, (c) => {
    customer = c;
    if (c) ctx.setState({ customer: c.record.code });
    form = buildForm(form.values());
  });
  customer = picker.selected();
  let form = buildForm();

  function buildForm(previous?: Record<string, string>) {
    const fields = formFields(spec, lang, ["customer"]);
    const before = defaults;
    defaults = formDefaults(spec, { now: ctx.host.now(), rep: customer?.record.rep || ctx.state.rep, grade: customer?.record.grade });
    // What the rep typed survives a change of customer; what was only a default follows the new customer.
    const kept = previous ? Object.fromEntries(Object.entries(previous).filter(([k, v]) => v !== "" && v !== before[k])) : {};
    const built = recordForm(fields, { ...defaults, ...kept }, t);
    replace(formSlot, built.element);
    queueMicrotask(refreshPreview);
    return built;
  }

  const kind = h(
    "select",
    { id: "kh-kind", "aria-label": t("eventKind") },
    EVENT_SHEETS.map((s) => h("option", { value: s.key, selected: s.key === spec.key }, lang === "en" ? s.nameEn : s.name)),
  );
  kind.addEventListener("change", () => {
    spec = sheetByKey(kind.value) ?? followUpsSheet;
    form = buildForm();
    replace(message);
  });

  const submit = h("button", { class: "kh-btn primary", type: "submit" }, t("submit"));
  const formEl = h(
    "form",
    { class: "kh-card", novalidate: true },
    h("h2", {}, t("panelRegister")),
    picker.element,
    h("div", { class: "kh-field" }, h("label", { for: "kh-kind" }, t("eventKind")), kind),
    formSlot,
    preview,
    h("div", { class: "kh-row" }, submit),
  );
  formSlot.addEventListener("change", refreshPreview);
  formEl.addEventListener("submit", (event) => {
    event.preventDefault();
    submit.disabled = true;
    save(ctx, spec, customer, form.values())
      .then((outcome) => {
        picker.setError(outcome.customerError);
        form.showErrors(outcome.errors);
        replace(message, outcome.message);
        if (outcome.saved) form = buildForm();
      })
      .catch((e: unknown) => replace(message, h("div", { class: "kh-msg bad" }, t("error"), e instanceof Error ? e.message : String(e))))
      .finally(() => (submit.disabled = false));
  });
  return h("div", {}, message, formEl);
};

interface SaveOutcome {
  saved: boolean;
  message: HTMLElement;
  errors?: ReturnType<typeof formErrors>;
  customerError?: string;
}

async function save(ctx: PaneContext, spec: SheetSpec, customer: Rowed<Customer> | undefined, values: Record<string, string>): Promise<SaveOutcome> {
  const { t, lang, host } = ctx;
  const fields = formFields(spec, lang, ["customer"]);
  const record: Record<string, unknown> = { ...recordFromValues(fields, values), customer: customer?.record.code };
  const result = await logEvent(host.port, spec.key, record, host.now(), () => host.random());
  if (!result.ok) {
    const errors = formErrors(spec, result.problems, lang);
    const customerError = errors.byField.customer ? (customer ? errors.byField.customer : t("customerPick")) : undefined;
    return { saved: false, errors, customerError, message: h("div", { class: "kh-msg bad" }, t("fixErrors"), errors.general.map((g) => h("div", {}, g))) };
  }
  const lines: HTMLElement[] = [h("div", {}, t("saved", { sheet: lang === "en" ? spec.nameEn : spec.name, row: result.row, id: result.id }))];
  if (spec.key === followUpsSheet.key && customer) {
    const checked = validateRecord(followUpsSheet, { ...record, id: result.id });
    // Read afresh: co-authors may have added or sorted rows since the panel opened.
    const fresh = await ctx.readLog({ sheets: ["customers"] });
    const current = fresh.customers.find((c) => c.record.code === customer.record.code);
    if (checked.ok && current) {
      const outcome = followUpOutcome(checked.record, { row: current.row, code: current.record.code }, fresh.settings);
      if (movesSchedule(current.record.lastFollowUp, outcome)) {
        await host.port.updateCells(customersSheet.name, outcome.updates);
        lines.push(h("div", { class: "kh-next-due" }, t("nextDue", { date: isoDate(outcome.nextDue), grade: outcome.grade, days: outcome.days })));
      }
    }
  }
  return { saved: true, errors: undefined, message: h("div", { class: "kh-msg ok" }, lines) };
}

/** The next due date as the follow-up form stands, shown before it is saved. */
function previewNextDue(ctx: PaneContext, settings: Settings, values: Record<string, string>): string {
  const grade = (values.gradeAfter ?? "").trim().toUpperCase();
  const at = parseDateText(values.occurredAt ?? "");
  if (!isGrade(grade) || !at) return "";
  const outcome = followUpOutcome({ gradeAfter: grade, occurredAt: at }, { row: 0, code: "" }, settings);
  return ctx.t("nextDue", { date: isoDate(outcome.nextDue), grade, days: outcome.days });
}
