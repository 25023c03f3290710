import type { WorkbookPort } from "../../io/port";
import type { Log } from "../../app/read-log";

export interface DemoInsights {
  lines: string[];
  json: Record<string, unknown>;
}

/** What the add-in computes on the demo workbook, for the demo's printout. */
export async function demoInsights(_port: WorkbookPort, _log: Log, _today: Date): Promise<DemoInsights> {
  return { lines: [], json: {} };
}
