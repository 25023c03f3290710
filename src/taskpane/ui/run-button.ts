import type { PaneContext } from "../context";
import { h, replace } from "./dom";

/**
 * A button for long work (an audit, ABC, routes): while it runs the docked status line says so;
 * when done the result is drawn under the button and the status line repeats its first line
 * (the `.kh-msg.ok` the result starts with), so the outcome is in view wherever the pane is scrolled.
 */
export function runButton(ctx: PaneContext, label: string, id: string, result: HTMLElement, action: () => Promise<HTMLElement>): HTMLButtonElement {
  const button = h("button", { class: "kh-btn primary", type: "button", id }, label);
  button.addEventListener("click", () => {
    button.disabled = true;
    replace(result);
    ctx.status.show("busy", [`${label} · ${ctx.t("working")}`]);
    action()
      .then((el) => {
        replace(result, el);
        const done = el.querySelector(".kh-msg.ok")?.textContent;
        if (done) ctx.status.show("ok", [done]);
        else ctx.status.clear();
      })
      .catch((e: unknown) => {
        const message = ctx.t("error") + (e instanceof Error ? e.message : String(e));
        replace(result, h("div", { class: "kh-msg bad" }, message));
        ctx.status.show("bad", [message]);
      })
      .finally(() => (button.disabled = false));
  });
  return button;
}
