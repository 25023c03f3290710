/**
 * A one-sheet workbook made to be printed and sent (对账单): lines of text above and below one
 * table, on A4 portrait, one page wide, the table's header repeated on every page. Text is written
 * as text (a description that starts with = stays words, never a formula).
 */
import type { Cell } from "../../workbook/cell";
import { displayWidth } from "../../i18n/display-width";
import { XlsxWorkbook } from "./xlsx-workbook";

export interface PrintableSheet {
  sheet: string;
  /** Lines above the table; the first is the heading (large, centred). */
  head: readonly string[];
  /** The title under the heading (对账单). */
  title: string;
  /** Lines between the title and the table (whom it is for, the period). */
  intro: readonly string[];
  table: { headers: readonly string[]; rows: readonly Cell[][]; numberFormats?: readonly (string | undefined)[] };
  /** Lines under the table (a note, the signature lines). */
  foot: readonly string[];
}

export function printableWorkbook(doc: PrintableSheet): XlsxWorkbook {
  const workbook = XlsxWorkbook.create();
  const width = doc.table.headers.length;
  const ws = workbook.book.addWorksheet(doc.sheet, {
    pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
  });
  let r = 1;
  const line = (text: string, font: Partial<{ bold: boolean; size: number }>, center: boolean) => {
    ws.mergeCells(r, 1, r, width);
    const cell = ws.getCell(r, 1);
    cell.value = text;
    cell.font = font;
    if (center) cell.alignment = { horizontal: "center" };
    r++;
  };
  doc.head.forEach((text, i) => line(text, i === 0 ? { bold: true, size: 16 } : { size: 10 }, true));
  line(doc.title, { bold: true, size: 14 }, true);
  for (const text of doc.intro) line(text, {}, false);
  r++;
  const headerRow = r;
  const widths = doc.table.headers.map((h) => displayWidth(h) + 2);
  doc.table.headers.forEach((h, c) => {
    const cell = ws.getCell(r, c + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.border = { bottom: { style: "thin" } };
  });
  r++;
  for (const values of doc.table.rows) {
    values.forEach((value, c) => {
      const cell = ws.getCell(r, c + 1);
      cell.value = value;
      const format = doc.table.numberFormats?.[c];
      if (format && typeof value === "number") cell.numFmt = format;
      widths[c] = Math.min(40, Math.max(widths[c], displayWidth(typeof value === "number" ? value.toFixed(2) : String(value ?? "")) + 2));
    });
    r++;
  }
  r++;
  for (const text of doc.foot) {
    if (text) line(text, {}, false);
    else r++;
  }
  widths.forEach((w, c) => (ws.getColumn(c + 1).width = Math.max(10, w)));
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  return workbook;
}
