import type { HostSettings } from "./host";

export const PANELS = ["home", "register", "due", "customer", "analysis", "audit"] as const;
export type PanelId = (typeof PANELS)[number];

/** What survives a task-pane reload: the panel last shown, the rep filter and the customer looked at. */
export interface PaneState {
  panel: PanelId;
  rep: string;
  customer: string;
}

const KEY = "taskpane.state";
export const INITIAL_STATE: PaneState = { panel: "due", rep: "", customer: "" };

/** Reads the saved state; anything missing or unreadable falls back to the start (今日跟进). */
export function loadState(settings: HostSettings): PaneState {
  const raw = settings.get(KEY);
  if (!raw) return { ...INITIAL_STATE };
  try {
    const saved = JSON.parse(raw) as Partial<PaneState>;
    return {
      panel: PANELS.includes(saved.panel as PanelId) ? (saved.panel as PanelId) : INITIAL_STATE.panel,
      rep: typeof saved.rep === "string" ? saved.rep : "",
      customer: typeof saved.customer === "string" ? saved.customer : "",
    };
  } catch {
    return { ...INITIAL_STATE };
  }
}

export function saveState(settings: HostSettings, state: PaneState): Promise<void> {
  return settings.set(KEY, JSON.stringify(state));
}
