import type { LogRead } from "../app/read-log";
import type { LogSheetKey } from "../domain/log";
import type { Lang } from "../i18n/lang";
import type { Translate } from "../i18n/taskpane-strings";
import type { TaskpaneHost } from "./host";
import type { PaneState, PanelId } from "./state";

/** What a panel is opened with besides the saved state: "已跟进" opens 登记 on a follow-up for a customer. */
export interface PanelIntent {
  customer?: string;
  sheetKey?: string;
}

/** What every panel gets from the shell. */
export interface PaneContext {
  host: TaskpaneHost;
  lang: Lang;
  t: Translate;
  state: PaneState;
  /** Changes the saved state (kept in the workbook's settings, so a reload comes back to it). */
  setState(patch: Partial<PaneState>): void;
  show(panel: PanelId, intent?: PanelIntent): void;
  /**
   * Reads the log afresh (co-authors may have changed it since the last look): every sheet, or
   * only `sheets` (and 设置).
   */
  readLog<K extends LogSheetKey = LogSheetKey>(options?: { sheets?: readonly K[] }): Promise<LogRead<K>>;
}

export type Panel = (ctx: PaneContext, intent: PanelIntent) => Promise<HTMLElement>;
