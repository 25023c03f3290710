import type { PaneContext } from "../context";
import { formErrors, type FormErrors } from "../form/errors";
import { formFields, formSections, type FormField } from "../form/fields";
import type { SheetSpec } from "../../workbook";
import type { Problem } from "../../workbook/problems";
import { recordForm, type RecordForm } from "./record-form";
import type { StatusAction } from "./status";

export interface EntryForm {
  fields: FormField[];
  form: RecordForm;
}

/** A spec-derived form in the sections its sheet declares (登记 and 新客户 alike). */
export function entryForm(ctx: PaneContext, spec: SheetSpec, initial: Record<string, string>, omit: readonly string[] = []): EntryForm {
  const fields = formFields(spec, ctx.lang, omit);
  return { fields, form: recordForm(formSections(spec, fields, ctx.lang), initial, ctx.t) };
}

export type SubmitResult =
  | { ok: true; lines: (string | HTMLElement)[]; action?: StatusAction }
  | { ok: false; problems: readonly Problem[]; extra?: Record<string, string> };

/**
 * Runs a form's save with the dock's status line: "writing…" while it runs, then either what was
 * written (and what to do next), or nothing written and which fields to fix, each message beside
 * its field, focus on the first of them. `extra` carries fields outside the form (the customer).
 */
export async function submitEntry(ctx: PaneContext, spec: SheetSpec, entry: EntryForm, button: HTMLButtonElement, save: () => Promise<SubmitResult>, focusExtra?: (key: string) => boolean): Promise<boolean> {
  const { t } = ctx;
  button.disabled = true;
  ctx.status.show("busy", [t("submitting")]);
  try {
    const result = await save();
    if (result.ok) {
      entry.form.showErrors(undefined);
      ctx.status.show("ok", result.lines, result.action);
      return true;
    }
    const errors: FormErrors = formErrors(spec, result.problems, ctx.lang);
    const first = entry.form.showErrors(errors);
    const labels = new Map(entry.fields.map((f) => [f.key, f.label]));
    const extraKeys = Object.keys(result.extra ?? {});
    const named = [...extraKeys.map((k) => result.extra![k]), ...entry.fields.filter((f) => errors.byField[f.key]).map((f) => labels.get(f.key)!)];
    ctx.status.show("bad", [t("fixErrors", { n: named.length + errors.general.length, fields: named.join(ctx.lang === "en" ? ", " : "、") }), ...errors.general]);
    if (!(extraKeys.length && focusExtra?.(extraKeys[0]))) first?.focus();
    return false;
  } catch (e) {
    ctx.status.show("bad", [t("error") + (e instanceof Error ? e.message : String(e))]);
    return false;
  } finally {
    button.disabled = false;
  }
}
