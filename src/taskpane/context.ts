import type { DueLog } from "../app/due";
import type { LogRead } from "../app/read-log";
import type { LogSheetKey } from "../domain/log";
import type { Lang } from "../i18n/lang";
import type { Translate } from "../i18n/taskpane-strings";
import type { TaskpaneHost } from "./host";
import type { PaneState, PanelId } from "./state";
import type { StatusArea } from "./ui/status";

/** What a panel is opened with besides the saved state: 记录跟进 opens 登记 on a follow-up for a customer. */
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
  /** The status line docked at the bottom: saved, what to fix, long work running. */
  status: StatusArea;
  /** Runs once the panel is on screen (to focus its first field: it is not in the page before). */
  onShown(run: () => void): void;
  /** Puts the panel's main action(s) in the dock beside the status line (always in view); none clears it. */
  dock(...actions: HTMLElement[]): void;
  /** Changes the saved state (kept in the workbook's settings, so a reload comes back to it). */
  setState(patch: Partial<PaneState>): void;
  show(panel: PanelId, intent?: PanelIntent): void;
  /**
   * Reads the log afresh (co-authors may have changed it since the last look): every sheet, or
   * only `sheets` (and 设置).
   */
  readLog<K extends LogSheetKey = LogSheetKey>(options?: { sheets?: readonly K[] }): Promise<LogRead<K>>;
  /** What 今日跟进 needs, afresh: 客户档案, 员工, and only the columns of 跟进记录 a due date needs. */
  readDueLog(): Promise<DueLog>;
}

export type Panel = (ctx: PaneContext, intent: PanelIntent) => Promise<HTMLElement>;

/** Thrown by a read when the workbook has no 客户档案: the shell then opens 首页 to set it up. */
export class NotSetUpError extends Error {
  constructor() {
    super("not a 客户日志 workbook yet");
  }
}
