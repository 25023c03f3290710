import { readLog } from "../app/read-log";
import { langFromLocale } from "../i18n/lang";
import { translator, type UiKey } from "../i18n/taskpane-strings";
import type { Panel, PaneContext, PanelIntent } from "./context";
import type { TaskpaneHost } from "./host";
import { analysisPanel } from "./panels/analysis";
import { auditPanel } from "./panels/audit";
import { customerPanel } from "./panels/customer";
import { duePanel } from "./panels/due";
import { homePanel } from "./panels/home";
import { registerPanel } from "./panels/register";
import { loadState, saveState, type PaneState, type PanelId } from "./state";
import { h, replace } from "./ui/dom";
import { installTheme } from "./ui/theme";

const PANEL_VIEWS: Record<PanelId, { title: UiKey; view: Panel | undefined }> = {
  home: { title: "panelHome", view: homePanel },
  register: { title: "panelRegister", view: registerPanel },
  due: { title: "panelDue", view: duePanel },
  customer: { title: "panelCustomer", view: customerPanel },
  analysis: { title: "panelAnalysis", view: analysisPanel },
  audit: { title: "panelAudit", view: auditPanel },
};

export interface TaskpaneApp {
  show(panel: PanelId, intent?: PanelIntent): Promise<void>;
  /** Resolves when the panel on screen has finished rendering (tests wait on it). */
  idle(): Promise<void>;
}

/** Mounts the task pane into `root`: a tab bar of panels and the panel shown, as saved last time. */
export function mountApp(root: HTMLElement, host: TaskpaneHost): TaskpaneApp {
  installTheme(root.ownerDocument);
  const lang = langFromLocale(host.locale);
  const t = translator(lang);
  root.ownerDocument.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  let state: PaneState = loadState(host.settings, host.session);
  let rendering: Promise<void> = Promise.resolve();
  let generation = 0;

  const panels = (Object.keys(PANEL_VIEWS) as PanelId[]).filter((id) => PANEL_VIEWS[id].view);
  const tabs = new Map<PanelId, HTMLButtonElement>();
  const nav = h("nav", { class: "kh-nav", role: "tablist" }, panels.map((id) => {
    const tab = h("button", { class: "kh-tab", role: "tab", type: "button", "data-panel": id, onclick: () => void app.show(id) }, t(PANEL_VIEWS[id].title));
    tabs.set(id, tab);
    return tab;
  }));
  const main = h("main", { class: "kh-main", role: "tabpanel" });
  replace(root, h("div", { class: "kh-app" }, nav, main));

  const ctx: PaneContext = {
    host,
    lang,
    t,
    get state() {
      return state;
    },
    setState(patch) {
      const before = state;
      state = { ...state, ...patch };
      void saveState(host.settings, host.session, state, before);
    },
    show: (panel, intent) => void app.show(panel, intent),
    readLog: (options) => readLog(host.port, options),
  };

  const app: TaskpaneApp = {
    show(panel, intent = {}) {
      const id = PANEL_VIEWS[panel]?.view ? panel : "due";
      ctx.setState({ panel: id });
      for (const [key, tab] of tabs) tab.setAttribute("aria-selected", String(key === id));
      const mine = ++generation;
      replace(main, h("p", { class: "kh-muted kh-loading" }, t("loading")));
      rendering = PANEL_VIEWS[id].view!(ctx, intent)
        .then((el) => {
          if (mine === generation) replace(main, el);
        })
        .catch((e: unknown) => {
          if (mine !== generation) return;
          replace(
            main,
            h("div", { class: "kh-msg bad", role: "alert" }, t("error"), e instanceof Error ? e.message : String(e)),
            h("button", { class: "kh-btn", type: "button", onclick: () => void app.show(id, intent) }, t("retry")),
          );
        });
      return rendering;
    },
    idle: () => rendering,
  };
  return app;
}

export { type PaneState };
