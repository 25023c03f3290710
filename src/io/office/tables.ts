/// <reference types="office-js" />
import { sheetByName } from "../../workbook";
import { errorCode, MISSING } from "./run";

/** The name set-up gives the table of a 客户日志 sheet (KH_Customers…); undefined for any other sheet. */
export function tableNameOf(sheet: string): string | undefined {
  return sheetByName(sheet)?.table;
}

/**
 * The table holding a sheet's data: by its KH_* name first, so that a renamed sheet or a second
 * table a user added on the sheet changes nothing; by position on the sheet when the table was
 * made by hand under another name (or for a sheet that is not one of ours).
 */
export function findTable(ctx: Excel.RequestContext, sheet: string, byName = true): Excel.Table {
  const name = byName ? tableNameOf(sheet) : undefined;
  return name ? ctx.workbook.tables.getItem(name) : ctx.workbook.worksheets.getItem(sheet).tables.getItemAt(0);
}

/**
 * Finds the sheet's table and reads what `queue` asks of it in one round trip. When no table has
 * the KH_* name (ItemNotFound: a table made by hand under another name), it is taken by position
 * on the sheet instead, at one more round trip. Nothing is written here, so the retry is safe.
 */
export async function loadTable<T>(ctx: Excel.RequestContext, sheet: string, queue: (table: Excel.Table) => T): Promise<{ table: Excel.Table; loaded: T }> {
  const attempt = async (byName: boolean) => {
    const table = findTable(ctx, sheet, byName);
    const loaded = queue(table);
    await ctx.sync();
    return { table, loaded };
  };
  if (!tableNameOf(sheet)) return attempt(false);
  try {
    return await attempt(true);
  } catch (e) {
    if (!MISSING.has(errorCode(e) ?? "")) throw e;
    return attempt(false);
  }
}
