import { readDueLog } from "../app/due";
import { readLog, type LogRead } from "../app/read-log";
import { langFromLocale } from "../i18n/lang";
import { translator, type UiKey } from "../i18n/taskpane-strings";
import { customersSheet } from "../workbook";
import { NotSetUpError, type Panel, type PaneContext, type PanelIntent } from "./context";
import type { TaskpaneHost } from "./host";
import { analysisPanel } from "./panels/analysis";
import { auditPanel } from "./panels/audit";
import { customerPanel } from "./panels/customer";
import { duePanel } from "./panels/due";
import { handoverPanel } from "./panels/handover";
import { homePanel } from "./panels/home";
import { newCustomerPanel } from "./panels/new-customer";
import { registerPanel } from "./panels/register";
import { loadState, saveState, type PaneState, type PanelId } from "./state";
import { h, replace } from "./ui/dom";
import { statusArea } from "./ui/status";
import { tabBar } from "./ui/tab-bar";
import { installTheme } from "./ui/theme";

/** The panels in tab order; `tab: false` ones are opened from another panel (新客户 from 首页). */
const PANEL_VIEWS: Record<PanelId, { title: UiKey; view: Panel; tab?: false }> = {
  home: { title: "panelHome", view: homePanel },
  register: { title: "panelRegister", view: registerPanel },
  due: { title: "panelDue", view: duePanel },
  customer: { title: "panelCustomer", view: customerPanel },
  handover: { title: "panelHandover", view: handoverPanel },
  analysis: { title: "panelAnalysis", view: analysisPanel },
  audit: { title: "panelAudit", view: auditPanel },
  newCustomer: { title: "panelNewCustomer", view: newCustomerPanel, tab: false },
};

export interface TaskpaneApp {
  show(panel: PanelId, intent?: PanelIntent): Promise<void>;
  /** Resolves when the panel on screen has finished rendering (tests wait on it). */
  idle(): Promise<void>;
}

/** A read that finds no 客户档案 means the workbook is not a 客户日志 yet: 首页 offers to set it up. */
function requireSetUp<T extends Pick<LogRead, "problems">>(part: T): T {
  if (part.problems.some((p) => p.code === "missingSheet" && p.sheet === customersSheet.name)) throw new NotSetUpError();
  return part;
}

/**
 * Mounts the task pane into `root`: a one-row tab bar, the panel shown (as saved last time) and,
 * docked at the bottom, the status line beside the panel's main action.
 */
export function mountApp(root: HTMLElement, host: TaskpaneHost): TaskpaneApp {
  installTheme(root.ownerDocument);
  const lang = langFromLocale(host.locale);
  const t = translator(lang);
  root.ownerDocument.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  let state: PaneState = loadState(host.settings, host.session);
  let rendering: Promise<void> = Promise.resolve();
  let generation = 0;
  let shown: (() => void)[] = [];

  const tabIds = (Object.keys(PANEL_VIEWS) as PanelId[]).filter((id) => PANEL_VIEWS[id].tab !== false);
  const tabs = tabBar(tabIds.map((id) => ({ id, label: t(PANEL_VIEWS[id].title) })), t("more"), "kh-panel", (id) => void app.show(id));
  const main = h("main", { class: "kh-main", id: "kh-panel", role: "tabpanel", tabindex: "-1" });
  const status = statusArea(t("close"));
  const actions = h("div", { class: "kh-dock-actions" });
  const dock = h("div", { class: "kh-dock" }, status.element, actions);
  replace(root, h("div", { class: "kh-app" }, tabs.element, main, dock));
  root.ownerDocument.defaultView?.addEventListener("resize", () => tabs.fit());

  const ctx: PaneContext = {
    host,
    lang,
    t,
    status,
    get state() {
      return state;
    },
    setState(patch) {
      const before = state;
      state = { ...state, ...patch };
      void saveState(host.settings, host.session, state, before);
    },
    show: (panel, intent) => void app.show(panel, intent),
    onShown: (run) => void shown.push(run),
    dock(...elements) {
      replace(actions, elements);
      dock.classList.toggle("has-actions", elements.length > 0);
    },
    readLog: async (options) => requireSetUp(await readLog(host.port, options)),
    readDueLog: async () => requireSetUp(await readDueLog(host.port)),
  };

  const app: TaskpaneApp = {
    show(panel, intent = {}) {
      const id = PANEL_VIEWS[panel] ? panel : "due";
      if (PANEL_VIEWS[id].tab !== false) ctx.setState({ panel: id });
      tabs.select(PANEL_VIEWS[id].tab === false ? "home" : id);
      main.setAttribute("aria-labelledby", `kh-tab-${PANEL_VIEWS[id].tab === false ? "home" : id}`);
      const mine = ++generation;
      shown = [];
      ctx.dock();
      if (status.kind() === "bad" || status.kind() === "busy") status.clear();
      replace(main, h("p", { class: "kh-muted kh-loading" }, t("loading")));
      rendering = PANEL_VIEWS[id]
        .view(ctx, intent)
        .then((el) => {
          if (mine !== generation) return;
          replace(main, el);
          for (const run of shown.splice(0)) run();
          // For the bench's "Office ready → 今日跟进 drawn" figure; harmless elsewhere.
          performance.mark(`kh:drawn:${id}`);
        })
        .catch((e: unknown) => {
          if (mine !== generation) return;
          if (e instanceof NotSetUpError && id !== "home") return void app.show("home");
          replace(
            main,
            h("div", { class: "kh-msg bad", role: "alert" }, t("error"), e instanceof Error ? e.message : String(e)),
            h("button", { class: "kh-btn", type: "button", onclick: () => void app.show(id, intent) }, t("retry")),
          );
        });
      return rendering;
    },
    // Until no newer panel was asked for meanwhile (a redirect to 首页 included).
    async idle() {
      let seen: Promise<void>;
      do {
        seen = rendering;
        await seen;
      } while (seen !== rendering);
    },
  };
  return app;
}

export { type PaneState };
