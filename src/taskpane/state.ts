import type { HostSettings } from "./host";

export const PANELS = ["home", "register", "due", "customer", "handover", "analysis", "audit", "newCustomer"] as const;
export type PanelId = (typeof PANELS)[number];

/**
 * What survives a task-pane reload: the panel last shown (for the session: a workbook opened
 * afresh starts on 今日跟进), the rep filter and the customer looked at (per user and workbook).
 */
export interface PaneState {
  panel: PanelId;
  rep: string;
  customer: string;
}

const KEY = "taskpane.state";
const PANEL_KEY = "taskpane.panel";
export const INITIAL_STATE: PaneState = { panel: "due", rep: "", customer: "" };

function readJson(settings: HostSettings): Partial<PaneState> {
  try {
    const saved: unknown = JSON.parse(settings.get(KEY) ?? "{}");
    return saved && typeof saved === "object" ? (saved as Partial<PaneState>) : {};
  } catch {
    return {};
  }
}

/** Reads the saved state; anything missing or unreadable falls back to the start (今日跟进, all reps). */
export function loadState(settings: HostSettings, session: HostSettings): PaneState {
  const saved = readJson(settings);
  const panel = session.get(PANEL_KEY);
  return {
    panel: PANELS.includes(panel as PanelId) ? (panel as PanelId) : INITIAL_STATE.panel,
    rep: typeof saved.rep === "string" ? saved.rep : "",
    customer: typeof saved.customer === "string" ? saved.customer : "",
  };
}

/** Saves what changed: the panel for the session, the rest for this user and workbook. */
export async function saveState(settings: HostSettings, session: HostSettings, state: PaneState, before?: PaneState): Promise<void> {
  if (state.panel !== before?.panel) await session.set(PANEL_KEY, state.panel);
  if (state.rep !== before?.rep || state.customer !== before?.customer) await settings.set(KEY, JSON.stringify({ rep: state.rep, customer: state.customer }));
}
