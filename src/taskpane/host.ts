import type { WorkbookPort } from "../io/port";

/** Small key/value storage that survives a task-pane reload (the workbook's settings in Excel). */
export interface HostSettings {
  get(key: string): string | undefined;
  set(key: string, value: string): Promise<void>;
}

/**
 * Everything the task pane needs from its host, behind one interface: the workbook (through the
 * WorkbookPort), selecting a cell, persistent settings, the display language, the clock and a
 * random source. Inside Excel it is built over Office (office-host.ts); a test page can set
 * `window.__KH_TEST_HOST__` before the bundle loads to run the same UI over a fake.
 */
export interface TaskpaneHost {
  port: WorkbookPort;
  /** Activates the sheet and selects a range on it ("A12", "A12:F12" or a whole row "12:12"). */
  selectRange(sheet: string, address: string): Promise<void>;
  /** Kept per user and workbook (this browser's localStorage): the rep filter and the customer looked at. */
  settings: HostSettings;
  /**
   * Kept for this session of the task pane only (sessionStorage): survives a reload of the pane,
   * but a workbook opened afresh starts on 今日跟进.
   */
  session: HostSettings;
  /** The "open the task pane with this workbook" switch, where the host has one (Excel). */
  autoShow?: AutoShowSwitch;
  /** Office's display language, e.g. "zh-CN" or "en-US". */
  locale: string;
  /** The user's wall-clock time as a floating-UTC Date (see domain/time.ts). */
  now(): Date;
  random(): number;
}

export interface AutoShowSwitch {
  enabled(): boolean;
  set(enabled: boolean): Promise<void>;
  /** Turns it on for a workbook nobody has turned it off for. */
  enableUnlessDeclined(): Promise<void>;
}

export type HostFactory = () => TaskpaneHost | Promise<TaskpaneHost>;

declare global {
  interface Window {
    __KH_TEST_HOST__?: HostFactory;
  }
}

/** The wall clock as floating UTC: 14:30 local time becomes 14:30 UTC. */
export function floatingNow(clock: () => number = Date.now): Date {
  const now = new Date(clock());
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
}

/** Settings kept in memory and mirrored into a Storage (partitioned localStorage) when there is one. */
export function storageSettings(storage: Pick<Storage, "getItem" | "setItem"> | undefined, prefix = "kh."): HostSettings {
  const memory = new Map<string, string>();
  return {
    get(key) {
      return memory.get(key) ?? storage?.getItem(prefix + key) ?? undefined;
    },
    async set(key, value) {
      memory.set(key, value);
      try {
        storage?.setItem(prefix + key, value);
      } catch {
        // Storage may be full or blocked; the value still holds for this session.
      }
    },
  };
}

/**
 * The storage prefix of one workbook's per-user state: "kh." and a short hash of the workbook's
 * URL, so that two workbooks (and co-authors, each in their own browser) keep separate choices.
 * A workbook not saved yet has no URL and shares one prefix.
 */
export function workbookPrefix(url: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    hash ^= url.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `kh.${url ? hash.toString(36) : "new"}.`;
}
