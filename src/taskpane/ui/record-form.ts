import type { FormField, FormSection } from "../form/fields";
import type { FormErrors } from "../form/errors";
import type { Translate } from "../../i18n/taskpane-strings";
import { dateInput } from "./date-input";
import { h } from "./dom";

export interface RecordForm {
  element: HTMLElement;
  values(): Record<string, string>;
  /** Marks the fields in error (aria-invalid, message tied by aria-describedby); returns the first one's input. */
  showErrors(errors: FormErrors | undefined): Input | undefined;
  /** The input of a field, to focus it. */
  input(key: string): Input | undefined;
}

export type Input = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function inputFor(field: FormField, value: string, t: Translate, describedBy: string): Input {
  const id = `f-${field.key}`;
  const common = { id, name: field.key, "aria-required": field.required ? "true" : undefined, "aria-describedby": describedBy };
  switch (field.input) {
    case "select":
      return h("select", common, h("option", { value: "" }, field.required ? t("selectPlaceholder") : ""), (field.options ?? []).map((o) => h("option", { value: o.value, selected: o.value === value }, o.label)));
    case "textarea":
      return h("textarea", { ...common, rows: 2 }, value);
    case "date":
    case "datetime":
      return dateInput(common, field.input, value);
    case "number":
      return h("input", { ...common, type: "number", inputmode: "decimal", step: field.step, min: field.min, value });
    default:
      return h("input", { ...common, type: "text", value });
  }
}

/**
 * The inputs of a spec-derived form, in the sections the sheet declares (form/fields.ts): the
 * first shown, the others folded until opened or until one of their fields is in error.
 */
export function recordForm(sections: readonly FormSection[], initial: Record<string, string>, t: Translate): RecordForm {
  const inputs = new Map<string, Input>();
  const boxes = new Map<string, { box: HTMLElement; error: HTMLElement; input: Input }>();
  const fieldBox = (field: FormField) => {
    const errorId = `e-${field.key}`;
    const helpId = field.help ? `h-${field.key}` : "";
    const input = inputFor(field, initial[field.key] ?? "", t, [helpId, errorId].filter((x) => x).join(" "));
    inputs.set(field.key, input);
    const error = h("div", { class: "kh-error", id: errorId });
    const box = h(
      "div",
      { class: "kh-field", "data-field": field.key },
      h("label", { for: `f-${field.key}` }, field.label, field.required ? h("span", { class: "kh-req", title: t("required"), "aria-hidden": "true" }, "*") : null),
      input,
      field.help ? h("div", { class: "kh-help", id: helpId }, field.help) : null,
      error,
    );
    boxes.set(field.key, { box, error, input });
    return box;
  };
  const parts = sections.map((section, i) => {
    if (i === 0) return section.fields.map(fieldBox);
    const title = section.title ?? t("moreFields");
    return h("details", { class: "kh-group", open: section.open, "data-group": title }, h("summary", {}, `${title} (${section.fields.length})`), section.fields.map(fieldBox));
  });
  const element = h("div", { class: "kh-form" }, parts.flat());
  return {
    element,
    values() {
      const out: Record<string, string> = {};
      for (const [key, input] of inputs) out[key] = input.value;
      return out;
    },
    showErrors(errors) {
      let first: Input | undefined;
      for (const [key, { box, error, input }] of boxes) {
        const message = errors?.byField[key];
        error.textContent = message ?? "";
        box.classList.toggle("invalid", !!message);
        if (message) input.setAttribute("aria-invalid", "true");
        else input.removeAttribute("aria-invalid");
        if (message && box.parentElement instanceof HTMLDetailsElement) box.parentElement.open = true;
        if (message && !first) first = input;
      }
      return first;
    },
    input: (key) => inputs.get(key),
  };
}
