/// <reference types="office-js" />
import type { Cell } from "../../workbook/cell";
import type { ReportBlock, ReportCell, ReportSheet } from "../port";
import { jsonBytes, REQUEST_BUDGET } from "./payload";
import { safeWrite } from "./text-safety";

const HEADER_FILL = "#EBF3FC";
const SUBTITLE_COLOR = "#616161";

/** One queued piece of the report: its size in the request, and what it does to the sheet. */
interface Step {
  bytes: number;
  apply: (ws: Excel.Worksheet) => void;
}

function isLink(cell: ReportCell): cell is { text: string; link: { sheet: string; cell: string } } {
  return typeof cell === "object" && cell !== null;
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Values (text kept text) of a block of rows starting at a sheet row. */
function valueSteps(rows: readonly ReportCell[][], top: number, width: number): Step[] {
  const plain: Cell[][] = rows.map((r) => r.map((c) => (isLink(c) ? c.text : c)));
  const write = safeWrite(plain, width);
  const steps: Step[] = [];
  let start = 0;
  while (start < write.values.length) {
    let end = start;
    let bytes = 0;
    while (end < write.values.length && (end === start || bytes < REQUEST_BUDGET / 4)) {
      bytes += jsonBytes(write.values[end]) + (write.formats ? jsonBytes(write.formats[end]) : 0);
      end++;
    }
    const [s, e] = [start, end];
    steps.push({
      bytes,
      apply: (ws) => {
        const range = ws.getRangeByIndexes(top + s, 0, e - s, width);
        if (write.formats) range.numberFormat = write.formats.slice(s, e);
        range.values = write.values.slice(s, e);
      },
    });
    start = end;
  }
  return steps;
}

function blockSteps(block: ReportBlock, top: number): { steps: Step[]; height: number; width: number } {
  const width = Math.max(1, block.headers.length, ...block.rows.map((r) => r.length));
  const steps: Step[] = [];
  let row = top;
  if (block.title) {
    const title = block.title;
    const at = row;
    steps.push(...valueSteps([[title]], at, 1), { bytes: 120, apply: (ws) => { const f = ws.getRangeByIndexes(at, 0, 1, 1).format.font; f.bold = true; f.size = 12; } });
    row++;
  }
  const headerRow = row;
  steps.push(...valueSteps([block.headers as Cell[]], headerRow, width), {
    bytes: 160,
    apply: (ws) => {
      const r = ws.getRangeByIndexes(headerRow, 0, 1, width);
      r.format.font.bold = true;
      r.format.fill.color = HEADER_FILL;
    },
  });
  row++;
  const first = row;
  if (block.rows.length) steps.push(...valueSteps(block.rows, first, width));
  row += block.rows.length;
  // Formats after values: a number format never turns stored text back into a number.
  block.numberFormats?.forEach((format, c) => {
    if (format && block.rows.length) steps.push({ bytes: 100 + format.length, apply: (ws) => { ws.getRangeByIndexes(first, c, block.rows.length, 1).numberFormat = [[format]]; } });
  });
  block.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (!isLink(cell)) return;
      const link = { documentReference: `${quoted(cell.link.sheet)}!${cell.link.cell}`, textToDisplay: cell.text };
      steps.push({ bytes: 90 + jsonBytes(link), apply: (ws) => { ws.getRangeByIndexes(first + r, c, 1, 1).hyperlink = link; } });
    }),
  );
  if (block.chart && block.rows.length) {
    const { title, categoryColumn, valueColumns } = block.chart;
    const from = Math.min(categoryColumn, ...valueColumns);
    const to = Math.max(categoryColumn, ...valueColumns);
    steps.push({
      bytes: 200 + jsonBytes(title),
      apply: (ws) => {
        const chart = ws.charts.add("ColumnClustered", ws.getRangeByIndexes(headerRow, from, block.rows.length + 1, to - from + 1), "Columns");
        chart.title.text = title;
        chart.setPosition(ws.getRangeByIndexes(headerRow, width + 1, 1, 1));
      },
    });
  }
  return { steps, height: row - top, width };
}

/**
 * Replaces a generated sheet: the old one is deleted and a new one put in its place, written in
 * as few round trips as the request limit allows (usually one after the look-up).
 */
export async function writeReportIn(ctx: Excel.RequestContext, report: ReportSheet): Promise<void> {
  const sheets = ctx.workbook.worksheets.load("items/name,items/position");
  await ctx.sync();
  const old = sheets.items.find((s) => s.name.toLowerCase() === report.sheet.toLowerCase());

  const steps: Step[] = [];
  steps.push(...valueSteps([[report.title]], 0, 1), { bytes: 120, apply: (ws) => { const f = ws.getRangeByIndexes(0, 0, 1, 1).format.font; f.bold = true; f.size = 16; } });
  let row = 1;
  if (report.subtitle) {
    steps.push(...valueSteps([[report.subtitle]], 1, 1), { bytes: 120, apply: (ws) => { ws.getRangeByIndexes(1, 0, 1, 1).format.font.color = SUBTITLE_COLOR; } });
    row = 2;
  }
  row++;
  const firstBlock = row;
  let width = 1;
  for (const block of report.blocks) {
    const b = blockSteps(block, row);
    steps.push(...b.steps);
    row += b.height + 1;
    width = Math.max(width, b.width);
  }
  const height = Math.max(1, row - firstBlock);
  steps.push({ bytes: 120, apply: (ws) => { ws.getRangeByIndexes(firstBlock, 0, height, width).format.autofitColumns(); ws.activate(); } });

  let ws: Excel.Worksheet | undefined;
  let used = 0;
  const flush = async () => {
    await ctx.sync();
    ws = ctx.workbook.worksheets.getItem(report.sheet);
    used = 0;
  };
  if (old) {
    // The new sheet first, under a name no sheet has, so the old one is never the last sheet left.
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    let temporary = `${report.sheet.slice(0, 28)}~`;
    for (let i = 2; taken.has(temporary.toLowerCase()); i++) temporary = `${report.sheet.slice(0, 27)}~${i}`;
    ws = ctx.workbook.worksheets.add(temporary);
    ctx.workbook.worksheets.getItem(old.name).delete();
    ws.name = report.sheet;
    ws.position = old.position;
  } else {
    ws = ctx.workbook.worksheets.add(report.sheet);
  }
  for (const step of steps) {
    if (used > 0 && used + step.bytes > REQUEST_BUDGET) await flush();
    step.apply(ws);
    used += step.bytes;
  }
  await ctx.sync();
}
