import type { ReportCell, ReportSheet } from "../../port";
import { cellAddress, columnLetter } from "../../../workbook/cell";
import { displayWidth } from "../../../i18n/display-width";
import { cellXml, escapeXml } from "./cell-xml";
import type { CellLook } from "./styles-edit";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Print set-up every generated sheet gets: A4 landscape, one page wide, header row repeated (see workbook-edit.ts). */
export const PRINT_SETUP = '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';

function cellText(cell: ReportCell): string {
  if (cell === null) return "";
  return typeof cell === "object" ? cell.text : String(cell);
}

/**
 * A generated sheet (路序, 审计, 交接 …) as a whole worksheet part: title, subtitle, then each block
 * with its header row; links to log cells are in-workbook hyperlinks (no relationships needed).
 * `style` turns a look into the workbook's s index. `printTitleRow` is the header row to repeat on
 * every printed page (the last block's, the long one).
 */
export function reportSheetXml(report: ReportSheet, style: (look: CellLook) => number | undefined): { xml: string; printTitleRow: number } {
  const rows: string[] = [];
  const links: string[] = [];
  const widths: number[] = [];
  const track = (c: number, text: string) => (widths[c] = Math.min(60, Math.max(widths[c] ?? 8, displayWidth(text) + 2)));
  const s = (look: CellLook) => {
    const index = style(look);
    return index === undefined ? undefined : String(index);
  };
  let r = 0;
  let printTitleRow = 1;
  const row = (cells: string[]) => rows.push(`<row r="${r}">${cells.join("")}</row>`);
  r++;
  row([cellXml(`A${r}`, report.title, s({ font: "title" }))]);
  if (report.subtitle) {
    r++;
    row([cellXml(`A${r}`, report.subtitle, s({ font: "subtitle" }))]);
  }
  for (const block of report.blocks) {
    r++;
    if (block.title) {
      r++;
      row([cellXml(`A${r}`, block.title, s({ font: "blockTitle" }))]);
    }
    r++;
    printTitleRow = r;
    const header = s({ font: "header", fill: "header" });
    row(block.headers.map((h, c) => (track(c, h), cellXml(cellAddress(c, r), h, header))));
    for (const values of block.rows) {
      r++;
      row(
        values.map((value, c) => {
          track(c, cellText(value));
          const ref = cellAddress(c, r);
          if (value !== null && typeof value === "object") {
            links.push(`<hyperlink ref="${ref}" location="${escapeXml(`'${value.link.sheet.replace(/'/g, "''")}'!${value.link.cell}`)}" display="${escapeXml(value.text)}"/>`);
            return cellXml(ref, value.text, s({ font: "link" }));
          }
          const format = block.numberFormats?.[c];
          return cellXml(ref, value, format && typeof value === "number" ? s({ numberFormat: format }) : undefined);
        }),
      );
    }
  }
  const lastColumn = Math.max(0, widths.length - 1);
  const cols = widths.length ? `<cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` : "";
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheetPr><tabColor rgb="FF107C10"/><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${columnLetter(lastColumn)}${r}"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows.join("")}</sheetData>` +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    `${PRINT_SETUP}</worksheet>`;
  return { xml, printTitleRow };
}
