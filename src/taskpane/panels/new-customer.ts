import { customerProblems, staffMembers } from "../../app/entry";
import { logEvent } from "../../app/log-event";
import { customersSheet } from "../../workbook";
import { validateRecord } from "../../workbook/codec/validate";
import type { Panel, PaneContext } from "../context";
import { dateInputValue } from "../form/defaults";
import { recordFromValues } from "../form/fields";
import { h } from "../ui/dom";
import { entryForm, submitEntry, type EntryForm, type SubmitResult } from "../ui/entry-form";

const FORM_ID = "kh-customer-form";

/**
 * 新客户: a row of 客户档案 from the same spec-derived form machinery as 登记 (its groups folded),
 * checked against the workbook (the code not yet in use, the rep on the staff list) before it is
 * written.
 */
export const newCustomerPanel: Panel = async (ctx) => {
  const { t } = ctx;
  const log = await ctx.readLog({ sheets: ["customers"] });
  const initial = () => ({ grade: "D", rep: ctx.state.rep, createdAt: dateInputValue(ctx.host.now()) });
  const slot = h("div");
  let entry: EntryForm = entryForm(ctx, customersSheet, initial());
  slot.append(entry.form.element);
  const submit = h("button", { class: "kh-btn primary", type: "submit", form: FORM_ID, id: "kh-add-customer" }, t("customerAdd"));
  ctx.dock(submit);
  const sheet = ctx.lang === "en" ? customersSheet.nameEn : customersSheet.name;
  let count = log.customers.length;
  const where = h("p", { class: "kh-help kh-where" }, t("customerWhere", { sheet, n: count }));
  const form = h("form", { class: "kh-card", id: FORM_ID, novalidate: true, "aria-labelledby": "kh-new-customer-title" }, h("h2", { id: "kh-new-customer-title" }, t("panelNewCustomer")), where, slot);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void submitEntry(ctx, customersSheet, entry, submit, () => addCustomer(ctx, entry)).then((saved) => {
      if (!saved) return;
      where.textContent = t("customerWhere", { sheet, n: ++count });
      entry = entryForm(ctx, customersSheet, initial());
      slot.replaceChildren(entry.form.element);
      entry.form.input("code")?.focus();
    });
  });
  ctx.onShown(() => entry.form.input("code")?.focus());
  return form;
};

async function addCustomer(ctx: PaneContext, entry: EntryForm): Promise<SubmitResult> {
  const { t, host } = ctx;
  const record = recordFromValues(entry.fields, entry.form.values());
  const checked = validateRecord(customersSheet, record);
  const fresh = await ctx.readLog({ sheets: ["customers", "staff"] });
  const codes = fresh.customers.map((c) => c.record.code);
  const rules = checked.ok ? customerProblems(checked.record, codes, { staff: staffMembers(fresh.staff, host.now()), settings: fresh.settings, today: host.now() }) : [];
  if (!checked.ok || rules.length) return { ok: false, problems: checked.ok ? rules : checked.problems };
  const written = await logEvent(host.port, customersSheet.key, record, host.now(), () => host.random());
  if (!written.ok) return { ok: false, problems: written.problems };
  const { code, name } = checked.record;
  return {
    ok: true,
    lines: [t("customerAdded", { name, code, sheet: ctx.lang === "en" ? customersSheet.nameEn : customersSheet.name, row: written.row })],
    action: { label: t("customerLogFor", { name }), id: "kh-log-for-new", run: () => ctx.show("register", { customer: code }) },
  };
}
