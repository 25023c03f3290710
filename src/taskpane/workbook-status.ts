import type { Cell } from "../workbook/cell";
import type { AnyColumn } from "../workbook/column";
import { locateColumns } from "../workbook/headers";
import type { SheetSpec } from "../workbook/sheet";

export interface WorkbookStatus {
  /** "none": no sheet of a 客户日志 at all; "partial": some sheets or columns missing; "ready". */
  state: "none" | "partial" | "ready";
  missingSheets: string[];
  /** Per sheet that exists, the headers of the spec columns it lacks. */
  missingColumns: Record<string, string[]>;
}

/** Whether the workbook is a 客户日志, from the header rows alone (cheap: no data body is read). */
export function workbookStatus(specs: readonly SheetSpec[], headers: Record<string, Cell[] | undefined>): WorkbookStatus {
  const missingSheets: string[] = [];
  const missingColumns: Record<string, string[]> = {};
  for (const spec of specs) {
    const found = headers[spec.name];
    if (!found) {
      missingSheets.push(spec.name);
      continue;
    }
    const columns: readonly AnyColumn[] = spec.columns;
    const positions = locateColumns(columns, found);
    const lacking = columns.filter((_, i) => positions[i] < 0).map((c) => c.header);
    if (lacking.length) missingColumns[spec.name] = lacking;
  }
  const state = missingSheets.length === specs.length ? "none" : missingSheets.length || Object.keys(missingColumns).length ? "partial" : "ready";
  return { state, missingSheets, missingColumns };
}
