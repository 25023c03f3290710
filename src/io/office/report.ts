/// <reference types="office-js" />
import type { Cell } from "../../workbook/cell";
import type { ReportBlock, ReportCell, ReportSheet } from "../port";
import { jsonBytes, OPERATION_BYTES, REQUEST_BUDGET } from "./payload";
import { errorCode, REQUEST_TOO_LARGE } from "./run";
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
      bytes: bytes + OPERATION_BYTES * (write.formats ? 3 : 2),
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
    steps.push(...valueSteps([[title]], at, 1), { bytes: 4 * OPERATION_BYTES, apply: (ws) => { const f = ws.getRangeByIndexes(at, 0, 1, 1).format.font; f.bold = true; f.size = 12; } });
    row++;
  }
  const headerRow = row;
  steps.push(...valueSteps([block.headers as Cell[]], headerRow, width), {
    bytes: 5 * OPERATION_BYTES,
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
    if (format && block.rows.length) steps.push({ bytes: 2 * OPERATION_BYTES + jsonBytes(format), apply: (ws) => { ws.getRangeByIndexes(first, c, block.rows.length, 1).numberFormat = [[format]]; } });
  });
  block.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (!isLink(cell)) return;
      const link = { documentReference: `${quoted(cell.link.sheet)}!${cell.link.cell}`, textToDisplay: cell.text };
      steps.push({ bytes: 2 * OPERATION_BYTES + jsonBytes(link), apply: (ws) => { ws.getRangeByIndexes(first + r, c, 1, 1).hyperlink = link; } });
    }),
  );
  if (block.chart && block.rows.length) {
    const { title, categoryColumn, valueColumns } = block.chart;
    const from = Math.min(categoryColumn, ...valueColumns);
    const to = Math.max(categoryColumn, ...valueColumns);
    steps.push({
      bytes: 6 * OPERATION_BYTES + jsonBytes(title),
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
 * Runs the steps in requests under the budget. A request Excel still finds too large
 * (RequestPayloadSizeLimitExceeded: nothing of it ran) is split in two and sent again.
 * `first` goes at the head of the first request, and again if that one is refused.
 */
async function runSteps(ctx: Excel.RequestContext, sheet: string, steps: readonly Step[], first: () => void): Promise<void> {
  const batches: Step[][] = [];
  let used = 0;
  for (const step of steps) {
    if (batches.length === 0 || (used > 0 && used + step.bytes > REQUEST_BUDGET)) {
      batches.push([]);
      used = 0;
    }
    batches[batches.length - 1].push(step);
    used += step.bytes;
  }
  let started = false;
  while (batches.length > 0) {
    const batch = batches.shift()!;
    if (!started) first();
    const ws = ctx.workbook.worksheets.getItem(sheet);
    for (const step of batch) step.apply(ws);
    try {
      await ctx.sync();
      started = true;
    } catch (e) {
      if (errorCode(e) !== REQUEST_TOO_LARGE || batch.length === 1) throw e;
      const half = Math.ceil(batch.length / 2);
      batches.unshift(batch.slice(0, half), batch.slice(half));
    }
  }
}

/** A sheet name no sheet has, for building a report before it takes its real name. */
function unusedName(wanted: string, taken: readonly string[]): string {
  const names = new Set(taken.map((n) => n.toLowerCase()));
  let name = `${wanted.slice(0, 28)}~`;
  for (let i = 2; names.has(name.toLowerCase()); i++) name = `${wanted.slice(0, 27)}~${i}`;
  return name;
}

/**
 * Replaces a generated sheet atomically: the new report is built whole on a sheet of its own
 * (in as few requests as the request limit allows), and only then is the old one deleted and
 * the new one given its name and place. A failure on the way removes the half-built sheet and
 * leaves the old report as it was.
 */
export async function writeReportIn(ctx: Excel.RequestContext, report: ReportSheet): Promise<void> {
  const sheets = ctx.workbook.worksheets.load("items/name,items/position");
  await ctx.sync();
  const old = sheets.items.find((s) => s.name.toLowerCase() === report.sheet.toLowerCase());

  const steps: Step[] = [];
  steps.push(...valueSteps([[report.title]], 0, 1), { bytes: 4 * OPERATION_BYTES, apply: (ws) => { const f = ws.getRangeByIndexes(0, 0, 1, 1).format.font; f.bold = true; f.size = 16; } });
  let row = 1;
  if (report.subtitle) {
    steps.push(...valueSteps([[report.subtitle]], 1, 1), { bytes: 4 * OPERATION_BYTES, apply: (ws) => { ws.getRangeByIndexes(1, 0, 1, 1).format.font.color = SUBTITLE_COLOR; } });
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
  steps.push({ bytes: 4 * OPERATION_BYTES, apply: (ws) => { ws.getRangeByIndexes(firstBlock, 0, height, width).format.autofitColumns(); } });

  const building = unusedName(report.sheet, sheets.items.map((s) => s.name));
  try {
    await runSteps(ctx, building, steps, () => ctx.workbook.worksheets.add(building));
    // The new sheet exists beside the old one, so the old one is never the last sheet left.
    if (old) ctx.workbook.worksheets.getItem(old.name).delete();
    const ws = ctx.workbook.worksheets.getItem(building);
    ws.name = report.sheet;
    if (old) ws.position = old.position;
    ws.activate();
    await ctx.sync();
  } catch (e) {
    try {
      ctx.workbook.worksheets.getItem(building).delete();
      await ctx.sync();
    } catch {
      // The half-built sheet may be gone already; the first error is the one to report.
    }
    throw e;
  }
}
