/// <reference types="office-js" />

/** The table of a sheet that the adapter writes to. */
export function findTable(ctx: Excel.RequestContext, sheet: string): Excel.Table {
  return ctx.workbook.worksheets.getItem(sheet).tables.getItemAt(0);
}
