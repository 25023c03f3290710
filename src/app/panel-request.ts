/**
 * Which task-pane panel a ribbon button asked for. The ribbon commands (commands.ts) and the task
 * pane run in one shared runtime page but in separate bundles, so the request lives in one store on
 * globalThis (under a registered symbol) that every copy of this module shares. No Office here: the
 * task pane and the tests import it freely.
 */

/** The panels a ribbon button can open: 登记, 今日跟进, 审计 (ids as in src/taskpane/state.ts). */
export const RIBBON_PANELS = ["register", "due", "audit"] as const;
export type RibbonPanel = (typeof RIBBON_PANELS)[number];

/** Ribbon action id (manifest.xml's FunctionName) -> the panel it opens. */
export const RIBBON_ACTIONS: Readonly<Record<string, RibbonPanel>> = {
  openRegisterPanel: "register",
  openDuePanel: "due",
  openAuditPanel: "audit",
};

type Listener = (panel: RibbonPanel) => void;

interface Store {
  pending: RibbonPanel | null;
  listeners: Set<Listener>;
}

const STORE_KEY = Symbol.for("kehu-rizhi.panel-request");

function store(): Store {
  const holder = globalThis as unknown as Record<symbol, Store | undefined>;
  let s = holder[STORE_KEY];
  if (!s) {
    s = { pending: null, listeners: new Set() };
    holder[STORE_KEY] = s;
  }
  return s;
}

export function isRibbonPanel(value: unknown): value is RibbonPanel {
  return typeof value === "string" && (RIBBON_PANELS as readonly string[]).includes(value);
}

/**
 * Asks for a panel. A listening task pane gets it at once; otherwise it waits (the latest request
 * wins) until the task pane starts and calls takePanelRequest().
 */
export function requestPanel(panel: RibbonPanel): void {
  const s = store();
  if (s.listeners.size === 0) {
    s.pending = panel;
    return;
  }
  s.pending = null;
  for (const listener of [...s.listeners]) listener(panel);
}

/** The request made before anyone listened, if any; clears it. */
export function takePanelRequest(): RibbonPanel | null {
  const s = store();
  const panel = s.pending;
  s.pending = null;
  return panel;
}

/** Calls `listener` on every later request; returns the function that stops it. */
export function onPanelRequest(listener: Listener): () => void {
  const s = store();
  s.listeners.add(listener);
  return () => {
    s.listeners.delete(listener);
  };
}
