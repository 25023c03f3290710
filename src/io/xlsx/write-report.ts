import type { Workbook, Worksheet } from "exceljs";
import type { ReportCell, ReportSheet } from "../port";
import { displayWidth } from "../../i18n/display-width";
import { PRINT_SETUP } from "./apply-layout";

const TITLE_FONT = { bold: true, size: 14, color: { argb: "FF0F6CBD" } };
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDEECF9" } } as const;


function cellText(cell: ReportCell): string {
  if (cell === null) return "";
  return typeof cell === "object" ? cell.text : String(cell);
}

/** Replaces the generated sheet: title, subtitle, then each block with its header row. */
export function writeReportSheet(book: Workbook, report: ReportSheet): Worksheet {
  const old = book.getWorksheet(report.sheet);
  if (old) book.removeWorksheet(old.id);
  const ws = book.addWorksheet(report.sheet, { properties: { tabColor: { argb: "FF107C10" } }, pageSetup: { ...PRINT_SETUP } });
  const widths: number[] = [];
  const track = (col: number, text: string) => (widths[col] = Math.min(60, Math.max(widths[col] ?? 8, displayWidth(text) + 2)));
  let r = 1;
  let headerRow = 0;
  ws.getCell(r, 1).value = report.title;
  ws.getCell(r, 1).font = TITLE_FONT;
  r++;
  if (report.subtitle) {
    ws.getCell(r, 1).value = report.subtitle;
    ws.getCell(r, 1).font = { italic: true, color: { argb: "FF605E5C" } };
    r++;
  }
  for (const block of report.blocks) {
    r++;
    if (block.title) {
      ws.getCell(r, 1).value = block.title;
      ws.getCell(r, 1).font = { bold: true, size: 12 };
      r++;
    }
    headerRow = r;
    block.headers.forEach((h, c) => {
      const cell = ws.getCell(r, c + 1);
      cell.value = h;
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      track(c, h);
    });
    r++;
    for (const row of block.rows) {
      row.forEach((value, c) => {
        const cell = ws.getCell(r, c + 1);
        if (value !== null && typeof value === "object") {
          cell.value = { text: value.text, hyperlink: `#'${value.link.sheet}'!${value.link.cell}` };
          cell.font = { color: { argb: "FF0F6CBD" }, underline: true };
        } else {
          cell.value = value;
        }
        const format = block.numberFormats?.[c];
        if (format) cell.numFmt = format;
        track(c, cellText(value));
      });
      r++;
    }
  }
  widths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  if (headerRow) ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  return ws;
}
