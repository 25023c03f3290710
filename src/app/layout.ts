import type { SheetLayout } from "../io/port";
import type { AnyColumn } from "../workbook/column";
import { SHEETS, customersSheet, settingsSheet, type SheetSpec } from "../workbook";
import { encodeRecordInSpecOrder } from "../workbook/codec/record";
import { defaultSettingRows } from "../workbook/settings-rows";

const TAB_COLORS: Record<string, string> = { archive: "#0F6CBD", event: "#5B5FC7", staff: "#8A8886", plan: "#0F7B6C", settings: "#8A8886" };

/** How one sheet should look, derived from its spec alone. */
export function layoutFor(spec: SheetSpec): SheetLayout {
  const columns: readonly AnyColumn[] = spec.columns;
  return {
    sheet: spec.name,
    table: spec.table,
    tabColor: TAB_COLORS[spec.kind],
    columns: columns.map((c) => ({
      header: c.header,
      aliases: [c.headerEn],
      numberFormat: c.numberFormat,
      list: c.list,
      width: c.width,
    })),
    seedRows: spec === settingsSheet ? defaultSettingRows().map((r) => encodeRecordInSpecOrder(settingsSheet, r)) : undefined,
    overdueColumn: spec === customersSheet ? customersSheet.columns.find((c) => c.key === "nextDue")?.header : undefined,
  };
}

/** The whole 客户日志 workbook's layout, in sheet order. */
export function workbookLayout(): SheetLayout[] {
  return SHEETS.map(layoutFor);
}
