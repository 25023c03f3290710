import type { Customer } from "../../workbook";
import type { Rowed } from "../../domain/log";
import type { Translate } from "../../i18n/taskpane-strings";
import { searchCustomers, searchEntry } from "../search";
import { h, replace } from "./dom";

export interface CustomerPicker {
  element: HTMLElement;
  selected(): Rowed<Customer> | undefined;
  setError(message: string | undefined): void;
}

/**
 * Pick a customer by typing its code, part of its name or its pinyin initials (bjhx → 北京华信);
 * once picked it shows as a chip with a button to change it.
 */
export function customerPicker(customers: readonly Rowed<Customer>[], t: Translate, initial: string | undefined, onPick: (c: Rowed<Customer> | undefined) => void, limit = 8): CustomerPicker {
  const entries = customers.map((c) => searchEntry({ code: c.record.code, name: c.record.name, row: c }));
  let current = customers.find((c) => c.record.code === initial);
  const element = h("div", { class: "kh-field kh-customer-picker" });
  const error = h("div", { class: "kh-error", role: "alert" });

  const render = () => {
    if (current) {
      const c = current;
      replace(
        element,
        h("label", {}, t("customer"), h("span", { class: "kh-req" }, "*")),
        h("div", { class: "kh-chip", "data-customer": c.record.code }, h("span", {}, c.record.name, " ", h("span", { class: "kh-code" }, `${c.record.code} · ${c.record.grade}`)), h("button", { class: "kh-btn small", type: "button", onclick: () => { current = undefined; onPick(undefined); render(); } }, t("customerChange"))),
        error,
      );
      return;
    }
    const input = h("input", { type: "search", placeholder: t("customerSearch"), "aria-label": t("customerSearch"), class: "kh-customer-search", autocomplete: "off" });
    const list = h("ul", { class: "kh-list kh-customer-results" });
    input.addEventListener("input", () => {
      const found = searchCustomers(entries, input.value, limit);
      replace(
        list,
        input.value.trim() && found.length === 0 ? h("li", { class: "kh-muted" }, t("customerNone")) : null,
        found.map((f) => h("li", {}, h("button", { class: "kh-pick", type: "button", "data-code": f.code, onclick: () => { current = f.row; onPick(f.row); render(); } }, h("span", {}, f.name), h("span", { class: "kh-code" }, `${f.code} · ${f.row.record.grade}`)))),
      );
    });
    replace(element, h("label", {}, t("customer"), h("span", { class: "kh-req" }, "*")), input, list, error);
    queueMicrotask(() => input.focus());
  };
  render();
  return {
    element,
    selected: () => current,
    setError(message) {
      error.textContent = message ?? "";
      element.classList.toggle("invalid", !!message);
    },
  };
}
