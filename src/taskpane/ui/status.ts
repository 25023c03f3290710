import { h, replace } from "./dom";

export type StatusKind = "ok" | "bad" | "busy";

export interface StatusAction {
  label: string;
  id?: string;
  run(): void;
}

/**
 * The pane's one status line, docked at the bottom of the pane beside the panel's main action, so
 * what happened after a click is always in view: saved (with what to do next), what to fix, or
 * that long work is running. Errors are announced at once (role=alert), the rest politely.
 */
export interface StatusArea {
  element: HTMLElement;
  show(kind: StatusKind, lines: readonly (string | HTMLElement)[], action?: StatusAction): void;
  clear(): void;
  /** What the line says now (tests and the panels' own checks). */
  kind(): StatusKind | undefined;
}

export function statusArea(closeLabel: string): StatusArea {
  const polite = h("div", { class: "kh-status-live", role: "status", "aria-live": "polite" });
  const urgent = h("div", { class: "kh-status-live", role: "alert" });
  const element = h("div", { class: "kh-status", hidden: true }, polite, urgent);
  let current: StatusKind | undefined;
  const clear = () => {
    current = undefined;
    element.hidden = true;
    element.removeAttribute("data-kind");
    replace(polite);
    replace(urgent);
  };
  return {
    element,
    show(kind, lines, action) {
      current = kind;
      element.hidden = false;
      element.setAttribute("data-kind", kind);
      const body = h(
        "div",
        { class: `kh-msg ${kind === "busy" ? "info" : kind}` },
        h("div", { class: "kh-status-text" }, lines.map((l) => (typeof l === "string" ? h("div", {}, l) : l))),
        action ? h("button", { class: "kh-btn small kh-status-action", type: "button", id: action.id, onclick: action.run }, action.label) : null,
        kind === "busy" ? null : h("button", { class: "kh-status-close", type: "button", "aria-label": closeLabel, title: closeLabel, onclick: clear }, "×"),
      );
      replace(kind === "bad" ? urgent : polite, body);
      replace(kind === "bad" ? polite : urgent);
    },
    clear,
    kind: () => current,
  };
}
