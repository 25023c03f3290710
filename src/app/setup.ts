import type { LayoutChange, WorkbookPort } from "../io/port";
import { workbookLayout } from "./layout";

/**
 * Makes the workbook a 客户日志 or brings an older one up to date: missing sheets and columns are
 * added (new columns at the end of the table), user columns and rows are kept as they are.
 * Running it again changes nothing.
 */
export async function setupWorkbook(port: WorkbookPort): Promise<LayoutChange[]> {
  const changes = await port.applyLayout(workbookLayout());
  return changes.filter((c) => c.createdSheet || c.addedColumns.length > 0);
}
