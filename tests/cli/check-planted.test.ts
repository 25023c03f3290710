import { mkdtempSync, renameSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { readLog } from "../../src/app/read-log";
import { rewritePackage } from "../support/package-snapshot";

const dir = mkdtempSync(join(tmpdir(), "kehu-planted-"));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

async function checkJson(file: string): Promise<{ cells: string[]; blankRows: Record<string, number>; text: string }> {
  const json = capture();
  await main(["check", file, "--json", "--max-problems", "0"], json.io);
  const parsed = JSON.parse(json.out[0]);
  const text = capture();
  await main(["check", file, "--max-problems", "0"], text.io);
  return { cells: (parsed.problems as { sheet: string; cell: string }[]).map((p) => `${p.sheet}!${p.cell}`), blankRows: parsed.blankRows, text: text.out.join("\n") };
}

type Update = { sheet: string; row: number; header: string; value: string };

/** Types into cells as a person would (exceljs, outside the command line's writer), in one open and save. */
async function edit(file: string, updates: readonly Update[], copyRow: { sheet: string; row: number }): Promise<number> {
  const book = await XlsxWorkbook.open(file);
  for (const u of updates) {
    const ws = book.book.getWorksheet(u.sheet)!;
    const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
    ws.getRow(u.row).getCell(headers.indexOf(u.header)).value = u.value;
  }
  // a copy of a row typed under the table
  const ws = book.book.getWorksheet(copyRow.sheet)!;
  const copy = ws.getRow(ws.rowCount + 1);
  copy.values = ws.getRow(copyRow.row).values as never;
  await book.save(file, { overwrite: true });
  return copy.number;
}

/** The package's part for a sheet's table, found through the workbook's and the sheet's relationships. */
async function partNames(file: string, sheet: string): Promise<{ sheetPart: string; tablePart: string }> {
  const { partsOf } = await import("../support/package-snapshot");
  const parts = await partsOf(file);
  const text = (name: string) => parts.get(name)!.toString("utf8");
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(text("xl/workbook.xml"))![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(text("xl/_rels/workbook.xml.rels"))!;
  const sheetPart = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`;
  const rels = text(sheetPart.replace(/worksheets\//, "worksheets/_rels/") + ".rels");
  const table = /Target="([^"]*tables\/[^"]+)"/.exec(rels)![1];
  return { sheetPart, tablePart: `xl/tables/${table.split("/").pop()}` };
}

/** Edits one sheet's XML and its table's XML at the package level (what Excel itself would save). */
async function rewriteSheet(file: string, sheet: string, editSheet: (xml: string) => string, editTable: (xml: string) => string): Promise<void> {
  const { sheetPart, tablePart } = await partNames(file, sheet);
  const next = `${file}.next.xlsx`;
  await rewritePackage(file, next, (name, data) => (name === sheetPart ? editSheet(data.toString("utf8")) : name === tablePart ? editTable(data.toString("utf8")) : data));
  renameSync(next, file);
}

const shiftRows = (xml: string, by: number) =>
  xml.replace(/<sheetData>([\s\S]*)<\/sheetData>/, (_, body: string) => `<sheetData>${body.replace(/(<row [^>]*?r=")(\d+)"/g, (_m, a: string, n: string) => `${a}${Number(n) + by}"`).replace(/(<c [^>]*?r="[A-Z]+)(\d+)"/g, (_m, a: string, n: string) => `${a}${Number(n) + by}"`)}</sheetData>`);

const endRowPlus = (xml: string, by: number) => xml.replace(/ref="([A-Z]+\d+):([A-Z]+)(\d+)"/g, (_m, a: string, col: string, n: string) => `ref="${a}:${col}${Number(n) + by}"`);

test("check on the demo with the habits of real workbooks planted names every planted cell and nothing else", async () => {
  const file = join(dir, "planted.xlsx");
  expect(await main(["demo", "--out", file, "--customers", "30", "--seed", "8", "--today", "2026-11-23", "--json"], capture().io)).toBe(0); // a seed whose 30 customers have 2+ complaints (one per planted habit below)
  const clean = await checkJson(file);
  const before = new Set(clean.cells);
  expect(before.size).toBeGreaterThan(0);
  const log = await readLog(await XlsxWorkbook.open(file));
  const letters = log.letters;
  const expected: string[] = [];
  // rows the demo's own faults touch are left alone, so each planted cell has one cause
  const faultRows = (sheet: string) => new Set([...before].filter((c) => c.startsWith(`${sheet}!`)).map((c) => Number(c.replace(/^.*![A-Z]+/, ""))));
  const used = new Set<string>();
  const pick = <T extends { row: number }>(rows: readonly T[], sheet: string, ok: (r: T) => boolean = () => true): T => {
    const r = rows.find((x) => !faultRows(sheet).has(x.row) && !used.has(`${sheet}${x.row}`) && ok(x))!;
    used.add(`${sheet}${r.row}`);
    return r;
  };

  // 1. one customer's codes typed full-width, with spaces, lower case: no problem at all
  const code = log.customers[5].record.code;
  const fullWidth = code.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const typed = [fullWidth, ` ${code} `, code.toLowerCase()];
  const own = log.followUps.filter((r) => r.record.customer === code && !faultRows("跟进记录").has(r.row)).slice(0, 6);
  expect(own.length).toBe(6);
  own.forEach((f) => used.add(`跟进记录${f.row}`));
  const updates: Update[] = own.map((f, i) => ({ sheet: "跟进记录", row: f.row, header: "客户编码", value: typed[i % typed.length] }));
  const tx = pick(log.transactions, "往来帐", (r) => r.record.customer === code);
  updates.push({ sheet: "往来帐", row: tx.row, header: "客户编码", value: fullWidth });

  // 2. orphan codes in four sheets: each one a problem at its customer cell
  for (const [key, sheet] of [["transactions", "往来帐"], ["complaints", "投诉"], ["followUps", "跟进记录"], ["invoices", "发票"]] as const) {
    const r = pick(log[key] as readonly { row: number; record: { customer: string } }[], sheet, (x) => x.record.customer !== code);
    updates.push({ sheet, row: r.row, header: "客户编码", value: "KH9999" });
    expected.push(`${sheet}!${letters[key].customer}${r.row}`);
  }

  // 3. bad dates: an ambiguous day/month and a date that is no date; a serial Excel shows as 1900-02-28 is a date
  const ambiguous = pick(log.transactions, "往来帐");
  updates.push({ sheet: "往来帐", row: ambiguous.row, header: "发生时间", value: "11/3/2026" });
  expected.push(`往来帐!${letters.transactions.occurredAt}${ambiguous.row}`);
  const noDate = pick(log.followUps, "跟进记录");
  updates.push({ sheet: "跟进记录", row: noDate.row, header: "发生时间", value: "2026-13-45" });
  expected.push(`跟进记录!${letters.followUps.occurredAt}${noDate.row}`);

  // 4. text that would drive a terminal: in free text no problem; in a coded column a problem shown escaped
  const hostile = "_x001B_[2J_x001B_[32mALL CLEAR_x0007_";
  const note = pick(log.followUps, "跟进记录", (r) => r.record.customer !== code);
  updates.push({ sheet: "跟进记录", row: note.row, header: "事件描述", value: hostile });
  const complaint = pick(log.complaints, "投诉", (r) => r.record.customer !== code);
  updates.push({ sheet: "投诉", row: complaint.row, header: "处理方案", value: hostile });
  expected.push(`投诉!${letters.complaints.remedy}${complaint.row}`);

  // 5. a code on two rows of 客户档案: a copy of a customer's row typed under the table
  const source = pick(log.customers, "客户档案", (r) => r.record.code !== code);
  const copy = await edit(file, updates, { sheet: "客户档案", row: source.row });
  expected.push(`客户档案!${letters.customers.code}${copy}`);

  // 6. a blank row inside 跟进记录's table: skipped and counted, not a problem
  const blank = pick(log.followUps, "跟进记录", (r) => r.record.customer !== code);
  await rewriteSheet(file, "跟进记录", (xml) => xml.replace(new RegExp(`<row r="${blank.row}"[^>]*>[\\s\\S]*?</row>`), ""), (xml) => xml);

  // 7. Excel's totals row (汇总行) under 往来帐: never data
  const lastTx = Math.max(...log.transactions.map((r) => r.row));
  const totals = lastTx + 1;
  await rewriteSheet(
    file,
    "往来帐",
    (xml) => xml.replace("</sheetData>", `<row r="${totals}"><c r="A${totals}" t="inlineStr"><is><t>汇总</t></is></c><c r="${letters.transactions.amount}${totals}"><f>SUBTOTAL(109,[金额])</f><v>1</v></c></row></sheetData>`),
    (xml) => endRowPlus(xml, 1).replace(/<table /, '<table totalsRowCount="1" ').replace(/totalsRowShown="[^"]*"/, ""),
  );

  // 8. a merged title above 员工's header, inside the table's range (as a hand-made sheet turned into a table)
  await rewriteSheet(
    file,
    "员工",
    (xml) =>
      shiftRows(xml, 1)
        .replace("<sheetData>", '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>2026年员工名单</t></is></c></row>')
        .replace(/<mergeCells[^>]*>|<\/sheetData>(?![\s\S]*<mergeCells)/, (m) => (m === "</sheetData>" ? `${m}<mergeCells><mergeCell ref="A1:D1"/></mergeCells>` : `${m}<mergeCell ref="A1:D1"/>`)),
    (xml) => endRowPlus(xml, 1),
  );
  // the staff are still read (a title row above the header loses no column)
  const staffAfter = (await readLog(await XlsxWorkbook.open(file))).staff;
  expect(staffAfter.map((s) => s.record.id)).toEqual(log.staff.map((s) => s.record.id));
  expect(staffAfter.map((s) => s.row)).toEqual(log.staff.map((s) => s.row + 1));

  const after = await checkJson(file);
  // the demo's own faults stay named, 员工's one row further down (under the title); the planted cells are all that is new
  const shifted = new Set([...before].map((c) => (c.startsWith("员工!") ? c.replace(/\d+$/, (n) => String(Number(n) + 1)) : c)));
  expect(after.cells.filter((c) => !shifted.has(c)).sort()).toEqual(expected.sort());
  expect([...shifted].filter((c) => !after.cells.includes(c))).toEqual([]);
  expect(after.blankRows).toEqual({ ...clean.blankRows, 跟进记录: (clean.blankRows["跟进记录"] ?? 0) + 1 });
  // eslint-disable-next-line no-control-regex -- the terminal text holds no control character
  expect(after.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  expect(after.text).toContain("\\x1b[2J");
}, 240_000);
