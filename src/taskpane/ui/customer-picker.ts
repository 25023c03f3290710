import type { Customer } from "../../workbook";
import type { Rowed } from "../../domain/log";
import type { Translate } from "../../i18n/taskpane-strings";
import { searchCustomers, searchEntry } from "../search";
import { h, replace } from "./dom";

export interface CustomerPicker {
  element: HTMLElement;
  selected(): Rowed<Customer> | undefined;
  setError(message: string | undefined): void;
  /** Focuses the search box (or the 更换 button once a customer is picked). */
  focus(): void;
}

export interface PickerOptions {
  /** Id of the search box, for a label elsewhere and for focusing it. */
  id?: string;
  limit?: number;
}

let seq = 0;

/**
 * Pick a customer by typing its code, part of its name or its pinyin initials (bjhx → 北京华信).
 * A combobox (ARIA 1.2): typing filters the list and makes its first match active, ↓/↑ move,
 * Enter picks the active one (it never submits the form around it), Escape closes the list and
 * then clears the text. Once picked it shows as a chip with a button to change it; picking clears
 * the field's error and calls onPick, which moves focus on.
 */
export function customerPicker(customers: readonly Rowed<Customer>[], t: Translate, initial: string | undefined, onPick: (c: Rowed<Customer> | undefined) => void, options: PickerOptions = {}): CustomerPicker {
  const limit = options.limit ?? 8;
  const uid = `kh-picker-${++seq}`;
  const inputId = options.id ?? `${uid}-input`;
  const entries = customers.map((c) => searchEntry({ code: c.record.code, name: c.record.name, row: c }));
  let current = customers.find((c) => c.record.code === initial);
  const element = h("div", { class: "kh-field kh-customer-picker" });
  const error = h("div", { class: "kh-error", id: `${uid}-error` });
  let focusTarget: HTMLElement | undefined;

  const setError = (message: string | undefined) => {
    error.textContent = message ?? "";
    element.classList.toggle("invalid", !!message);
    if (message) focusTarget?.setAttribute("aria-invalid", "true");
    else focusTarget?.removeAttribute("aria-invalid");
  };

  const pick = (c: Rowed<Customer>) => {
    current = c;
    render();
    setError(undefined);
    onPick(c);
  };

  const renderChip = (c: Rowed<Customer>) => {
    const change = h("button", { class: "kh-btn small kh-change", type: "button", "aria-label": `${t("customerChange")} ${c.record.name}` }, t("customerChange"));
    change.addEventListener("click", () => {
      current = undefined;
      onPick(undefined);
      render();
      focusTarget?.focus();
    });
    focusTarget = change;
    replace(
      element,
      h("span", { class: "kh-label", id: `${uid}-label` }, t("customer"), h("span", { class: "kh-req", "aria-hidden": "true" }, "*")),
      h("div", { class: "kh-chip", "data-customer": c.record.code }, h("span", { class: "kh-chip-name" }, c.record.name, " ", h("span", { class: "kh-code" }, `${c.record.code} · ${c.record.grade}`)), change),
      error,
    );
  };

  const renderSearch = () => {
    const listId = `${uid}-list`;
    const input = h("input", {
      type: "text",
      id: inputId,
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      "aria-describedby": `${uid}-hint ${uid}-error`,
      placeholder: t("customerSearchShort"),
      class: "kh-customer-search",
      autocomplete: "off",
      spellcheck: "false",
    });
    const list = h("ul", { class: "kh-list kh-customer-results", id: listId, role: "listbox", "aria-label": t("customer") });
    let found: { code: string; name: string; row: Rowed<Customer> }[] = [];
    let active = -1;
    const setActive = (i: number) => {
      active = i;
      list.querySelectorAll("[role=option]").forEach((li, at) => li.setAttribute("aria-selected", String(at === i)));
      const li = list.querySelector<HTMLElement>(`[role=option][data-index="${i}"]`);
      if (li) {
        input.setAttribute("aria-activedescendant", li.id);
        li.scrollIntoView({ block: "nearest" });
      } else input.removeAttribute("aria-activedescendant");
    };
    const close = () => {
      replace(list);
      found = [];
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    };
    const filter = () => {
      found = searchCustomers(entries, input.value, limit);
      replace(
        list,
        input.value.trim() && found.length === 0 ? h("li", { class: "kh-muted kh-none", role: "presentation" }, t("customerNone")) : null,
        found.map((f, i) =>
          h(
            "li",
            { role: "option", id: `${uid}-o${i}`, "data-index": i, "data-code": f.code, "aria-selected": "false", class: "kh-option" },
            h("span", { class: "kh-option-name" }, f.name),
            h("span", { class: "kh-code" }, `${f.code} · ${f.row.record.grade}`),
          ),
        ),
      );
      input.setAttribute("aria-expanded", String(found.length > 0));
      setActive(found.length ? 0 : -1);
    };
    input.addEventListener("input", filter);
    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (!found.length) filter();
        if (found.length) setActive((active + (event.key === "ArrowDown" ? 1 : found.length - 1)) % found.length);
      } else if (event.key === "Enter") {
        // Enter picks; it never submits the form the picker sits in.
        event.preventDefault();
        if (found[active]) pick(found[active].row);
        else if (found[0]) pick(found[0].row);
      } else if (event.key === "Escape") {
        if (found.length || input.value) event.preventDefault();
        if (found.length) close();
        else input.value = "";
      }
    });
    // A click picks without taking focus from the box first.
    list.addEventListener("mousedown", (event) => event.preventDefault());
    list.addEventListener("click", (event) => {
      const li = (event.target as HTMLElement).closest<HTMLElement>("[role=option]");
      const f = li ? found[Number(li.dataset.index)] : undefined;
      if (f) pick(f.row);
    });
    focusTarget = input;
    replace(
      element,
      h("label", { for: inputId, class: "kh-label" }, t("customer"), h("span", { class: "kh-req", "aria-hidden": "true" }, "*")),
      input,
      h("div", { class: "kh-help", id: `${uid}-hint` }, t("customerSearchHint")),
      list,
      error,
    );
  };

  function render() {
    if (current) renderChip(current);
    else renderSearch();
  }
  render();
  return {
    element,
    selected: () => current,
    setError,
    focus: () => focusTarget?.focus(),
  };
}
