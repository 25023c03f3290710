import { addDays } from "../../domain/time";
import { parseDateText } from "../../workbook/codec/coerce";
import { dateInputValue, dateTimeInputValue } from "../form/defaults";
import { h } from "./dom";

export type DateKind = "date" | "datetime";

const PLACEHOLDER: Record<DateKind, string> = { date: "2026-12-02", datetime: "2026-12-02 10:18" };


/**
 * A date or date-time as one text box (one tab stop, unlike the browser's date pickers with a
 * stop per part, which also follow the browser's locale rather than the pane's). It reads what
 * the codec reads (2026-12-2, 2026/12/02 10:18, 2026年12月2日); ↑/↓ move it a day.
 */
export function dateInput(attrs: Record<string, string | undefined>, kind: DateKind, value = ""): HTMLInputElement {
  const input = h("input", { ...attrs, type: "text", autocomplete: "off", spellcheck: "false", placeholder: PLACEHOLDER[kind], class: `kh-date ${attrs.class ?? ""}`.trim(), value });
  input.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    const at = parseDateText(input.value);
    if (!at) return;
    event.preventDefault();
    const moved = addDays(at, event.key === "ArrowUp" ? 1 : -1);
    input.value = kind === "date" ? dateInputValue(moved) : dateTimeInputValue(moved);
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  return input;
}
