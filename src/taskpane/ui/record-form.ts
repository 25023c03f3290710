import type { FormField } from "../form/fields";
import type { FormErrors } from "../form/errors";
import type { Translate } from "../../i18n/taskpane-strings";
import { h } from "./dom";

export interface RecordForm {
  element: HTMLElement;
  values(): Record<string, string>;
  showErrors(errors: FormErrors | undefined): void;
}

type Input = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function inputFor(field: FormField, value: string, t: Translate): Input {
  const id = `f-${field.key}`;
  const common = { id, name: field.key, "aria-required": field.required ? "true" : undefined };
  switch (field.input) {
    case "select":
      return h("select", common, h("option", { value: "" }, field.required ? t("selectPlaceholder") : ""), (field.options ?? []).map((o) => h("option", { value: o.value, selected: o.value === value }, o.label)));
    case "textarea":
      return h("textarea", { ...common, rows: 2 }, value);
    case "date":
      return h("input", { ...common, type: "date", value });
    case "datetime":
      return h("input", { ...common, type: "datetime-local", value });
    case "number":
      return h("input", { ...common, type: "number", inputmode: "decimal", step: field.step, min: field.min, value });
    default:
      return h("input", { ...common, type: "text", value });
  }
}

/** The inputs of a spec-derived form: required ones marked, the rarely used folded under 更多字段. */
export function recordForm(fields: readonly FormField[], initial: Record<string, string>, t: Translate): RecordForm {
  const inputs = new Map<string, Input>();
  const boxes = new Map<string, { box: HTMLElement; error: HTMLElement }>();
  const fieldBox = (field: FormField) => {
    const input = inputFor(field, initial[field.key] ?? "", t);
    inputs.set(field.key, input);
    const error = h("div", { class: "kh-error", id: `e-${field.key}`, role: "alert" });
    const box = h(
      "div",
      { class: "kh-field", "data-field": field.key },
      h("label", { for: `f-${field.key}` }, field.label, field.required ? h("span", { class: "kh-req", title: t("required") }, "*") : null),
      input,
      field.help ? h("div", { class: "kh-help" }, field.help) : null,
      error,
    );
    boxes.set(field.key, { box, error });
    return box;
  };
  const primary = fields.filter((f) => f.primary).map(fieldBox);
  const rest = fields.filter((f) => !f.primary);
  const more = rest.length ? h("details", {}, h("summary", {}, `${t("moreFields")} (${rest.length})`), rest.map(fieldBox)) : null;
  const element = h("div", { class: "kh-form" }, primary, more);
  return {
    element,
    values() {
      const out: Record<string, string> = {};
      for (const [key, input] of inputs) out[key] = input.value;
      return out;
    },
    showErrors(errors) {
      for (const [key, { box, error }] of boxes) {
        const message = errors?.byField[key];
        error.textContent = message ?? "";
        box.classList.toggle("invalid", !!message);
        if (message && box.parentElement instanceof HTMLDetailsElement) box.parentElement.open = true;
      }
    },
  };
}
