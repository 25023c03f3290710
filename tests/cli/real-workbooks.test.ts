import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { readLog } from "../../src/app/read-log";

const dir = mkdtempSync(join(tmpdir(), "kehu-real-"));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

async function demo(name: string): Promise<string> {
  const file = join(dir, name);
  expect(await main(["demo", "--out", file, "--customers", "30", "--seed", "7", "--today", "2026-11-23", "--json"], capture().io)).toBe(0);
  return file;
}

/** Types into cells as a person would (exceljs, outside the command line's writer). */
async function edit(file: string, sheet: string, updates: { row: number; header: string; value: string | number }[]): Promise<void> {
  const book = await XlsxWorkbook.open(file);
  const ws = book.book.getWorksheet(sheet)!;
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  for (const u of updates) ws.getRow(u.row).getCell(headers.indexOf(u.header)).value = u.value;
  await book.save(file, { overwrite: true });
}

test("control characters in cells reach the terminal escaped (\\x1b), and JSON as they are", async () => {
  const file = await demo("escape.xlsx");
  const log = await readLog(await XlsxWorkbook.open(file));
  const complaint = log.complaints.find((c) => c.record.status === "处理中")!;
  const hostile = "\u001b[2J\u001b[32mALL CLEAR\u0007";
  // how Excel stores control characters in a cell (ST_Xstring); exceljs would drop them raw
  const stored = "_x001B_[2J_x001B_[32mALL CLEAR_x0007_";
  await edit(file, "投诉", [{ row: complaint.row, header: "处理方案", value: stored }]);
  const check = capture();
  expect(await main(["check", file], check.io)).toBe(1);
  const text = check.out.join("\n");
  // eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  expect(text).toContain("\\x1b[2J\\x1b[32mALL CLEAR\\x07");
  const json = capture();
  await main(["check", file, "--json"], json.io);
  expect(JSON.parse(json.out[0]).problems.map((p: { value?: string }) => p.value)).toContain(hostile);
  const customer = complaint.record.customer;
  const handover = capture();
  await edit(file, "客户档案", [{ row: log.customers.find((c) => c.record.code === customer)!.row, header: "客户名称", value: stored }]);
  expect(await main(["handover", file, "--customer", customer, "--today", "2026-11-23"], handover.io)).toBe(0);
  expect(handover.out.join("\n")).toContain("\\x1b[2J");
  expect(handover.out.join("\n")).not.toContain("\u001b");
});

test("a customer code on two rows of 客户档案: handover refuses with one line naming both rows, and writes nothing", async () => {
  const file = await demo("duplicate.xlsx");
  const log = await readLog(await XlsxWorkbook.open(file));
  const [first, second] = [log.customers[1], log.customers[20]];
  await edit(file, "客户档案", [{ row: second.row, header: "客户编码", value: first.record.code }]);
  const before = readFileSync(file);
  const run = capture();
  expect(await main(["handover", file, "--customer", first.record.code, "--to", "S099", "--write", "--today", "2026-11-23"], run.io)).toBe(1);
  expect(run.err).toHaveLength(1);
  expect(run.err[0]).toContain(`客户档案!A${second.row}`);
  expect(run.err[0]).toContain(`第 ${first.row} 行`);
  expect(readFileSync(file).equals(before)).toBe(true);
  // every command that writes for customers refuses the same way
  for (const argv of [["abc", file, "--write", "--today", "2026-11-23"], ["routes", file, "--write"]]) {
    const other = capture();
    expect(await main(argv, other.io)).toBe(1);
    expect(other.err).toEqual([run.err[0]]);
    expect(readFileSync(file).equals(before)).toBe(true);
  }
});

test("a handover dated before the customer's latest record is refused, naming that record's cell", async () => {
  const file = await demo("early.xlsx");
  const log = await readLog(await XlsxWorkbook.open(file));
  const latest = [...log.followUps].sort((a, b) => b.record.occurredAt.getTime() - a.record.occurredAt.getTime())[0];
  const code = latest.record.customer;
  const before = readFileSync(file);
  const run = capture();
  expect(await main(["handover", file, "--customer", code, "--to", "S099", "--write", "--today", "2020-01-01"], run.io)).toBe(1);
  expect(run.err).toHaveLength(1);
  expect(run.err[0]).toMatch(/^[^!]+![A-Z]+\d+ 发生时间：客户 .*交接日期不能早于客户最近一条记录/);
  expect(readFileSync(file).equals(before)).toBe(true);
});
