import { execFileSync } from "child_process";
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, statSync, lstatSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import ExcelJS from "exceljs";
import { main } from "../../../src/cli/main";
import { readLog } from "../../../src/app/read-log";
import { XlsxReader } from "../../../src/io/xlsx/fast-read";
import { XlsxPackage } from "../../../src/io/xlsx/package-writer/package-workbook";
import { partsOf, rewritePackage, cellsOf } from "../../support/package-snapshot";
import { exceljsLog, sheetParts, TODAY } from "./fixtures";

const dir = mkdtempSync(join(tmpdir(), "kehu-faults-"));
const base = join(dir, "base.xlsx");
let n = 0;

beforeAll(() => exceljsLog(base), 60_000);

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out, err };
}

function copy(from = base): string {
  const file = join(dir, `w${++n}.xlsx`);
  copyFileSync(from, file);
  return file;
}

/** A one-line refusal: exit code, one message, no stack trace, the file left as it was. */
async function expectRefused(file: string, argv: string[], code: number, pattern: RegExp): Promise<void> {
  const before = readFileSync(file);
  const r = await run(argv[0], file, ...argv.slice(1), "--today", TODAY);
  expect(r.code).toBe(code);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toMatch(pattern);
  expect(r.err[0]).not.toMatch(/意外错误|\n\s+at /);
  expect(readFileSync(file).equals(before)).toBe(true);
}

async function withExcelJs(file: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  change(wb);
  await wb.xlsx.writeFile(file);
}

/** The table part on a sheet (through the sheet's relationships). */
async function tableOf(file: string, sheet: string): Promise<string> {
  const path = (await sheetParts(file)).get(sheet)!;
  const rels = (await partsOf(file)).get(path.replace(/([^/]+)$/, "_rels/$1.rels"))!.toString("utf8");
  const target = /Type="[^"]*\/table" Target="([^"]+)"/.exec(rels)![1];
  return join(path, "..", target).replace(/^\/+/, "");
}

describe("not a 客户日志", () => {
  test("a workbook without the log's tables is refused by due, abc, routes, audit and handover, naming the sheets", async () => {
    const file = join(dir, "other.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "hello";
    await wb.xlsx.writeFile(file);
    for (const argv of [["due"], ["abc"], ["abc", "--write"], ["routes"], ["routes", "--write"], ["handover", "--rep", "S1"]]) {
      await expectRefused(file, argv, 3, /不是客户日志.*客户档案.*kehu check/);
    }
    const audit = await run("audit", file, "--today", TODAY);
    expect(audit.code).toBe(3);
    expect(audit.err.join("\n")).toMatch(/不是客户日志/);
  });

  test("a package with only [Content_Types].xml, or no workbook part, is refused with exit 3", async () => {
    const only = join(dir, "only-types.xlsx");
    await rewritePackage(base, only, (name, data) => (name === "[Content_Types].xml" ? data : null));
    await expectRefused(only, ["abc", "--write"], 3, /xlsx|客户日志/);
    const noWorkbook = join(dir, "no-workbook.xlsx");
    await rewritePackage(base, noWorkbook, (name, data) => (name === "xl/workbook.xml" ? null : data));
    await expectRefused(noWorkbook, ["audit"], 3, /xlsx|客户日志/);
  });

  test("a workbook whose shared-strings part is missing has no headers: refused, not audited clean", async () => {
    const file = join(dir, "no-strings.xlsx");
    await rewritePackage(base, file, (name, data) => (/sharedStrings/i.test(name) ? null : data));
    const r = await run("audit", file, "--today", TODAY);
    expect(r.code).toBe(3);
    expect(r.err.join("\n")).toMatch(/不是客户日志/);
  });
});

describe("refuse rather than guess", () => {
  test("abc --write with no 往来帐 stops before writing, naming the sheet", async () => {
    const file = copy();
    await withExcelJs(file, (wb) => wb.removeWorksheet(wb.getWorksheet("往来帐")!.id));
    await expectRefused(file, ["abc", "--write"], 3, /往来帐/);
  });

  test("abc --write with no ABC类 column is one plain line", async () => {
    const file = copy();
    await withExcelJs(file, (wb) => {
      const ws = wb.getWorksheet("客户档案")!;
      ws.getRow(1).eachCell((cell) => {
        if (cell.value === "ABC类") cell.value = "备用";
      });
    });
    await expectRefused(file, ["abc", "--write"], 3, /缺少列 ABC类/);
  });

  test("a write into a merged range is refused with the cells named", async () => {
    const file = copy();
    const parts = await sheetParts(file);
    const rep = (await readLog(await XlsxReader.open(file))).letters!.customers.rep;
    await withExcelJs(file, (wb) => wb.getWorksheet("客户档案")!.mergeCells(`${rep}2:${rep}4`));
    expect(parts.get("客户档案")).toBeDefined();
    await expectRefused(file, ["handover", "--customer", "K1", "--to", "S002", "--write"], 3, new RegExp(`${rep}2:${rep}4.*${rep}2`));
  });

  test("a table with a totals row is not appended under its totals", async () => {
    const file = join(dir, "totals.xlsx");
    const followUps = await tableOf(base, "跟进记录");
    await rewritePackage(base, file, (name, data) => (name === followUps ? data.toString("utf8").replace(/<table /, '<table totalsRowCount="1" ') : data));
    await expectRefused(file, ["handover", "--customer", "K1", "--to", "S002", "--write"], 3, /汇总行/);
  });

  test("a package whose entries name ../ or absolute paths is refused by the write path", async () => {
    const file = join(dir, "evil.xlsx");
    execFileSync("python3", ["-c", "import zipfile,sys\nzi=zipfile.ZipFile(sys.argv[1]);zo=zipfile.ZipFile(sys.argv[2],'w')\nfor i in zi.infolist(): zo.writestr(i, zi.read(i.filename))\nzo.writestr('../evil.txt','x')\nzo.close()", base, file]);
    await expectRefused(file, ["abc", "--write"], 3, /xlsx/);
  });
});

describe("faithful cells", () => {
  test("a 1904-system workbook gets its appended 发生时间 in its own date system", async () => {
    const file = join(dir, "d1904.xlsx");
    await rewritePackage(base, file, (name, data) => (name === "xl/workbook.xml" ? data.toString("utf8").replace(/<workbookPr\b([^>]*?)\/>/, '<workbookPr$1 date1904="1"/>').replace(/<workbook\b([^>]*)>(?![\s\S]*<workbookPr)/, '<workbook$1><workbookPr date1904="1"/>') : data));
    expect((await partsOf(file)).get("xl/workbook.xml")!.toString("utf8")).toMatch(/date1904="1"/);
    // flagging the package 1904 moves its stored dates four years on: the handover is dated after them
    const later = `${Number(TODAY.slice(0, 4)) + 5}${TODAY.slice(4)}`;
    const r = await run("handover", file, "--customer", "K1", "--to", "S002", "--write", "--today", later);
    expect(r.code).toBe(0);
    const log = await readLog(await XlsxReader.open(file));
    const handover = log.followUps.find((f) => f.record.serviceType === "交接")!;
    expect(handover.record.occurredAt.toISOString().slice(0, 10)).toBe(later);
  });

  test("a calculated column is extended to appended rows (and the workbook recalculates on open)", async () => {
    const file = join(dir, "calc.xlsx");
    const table = await tableOf(base, "跟进记录");
    await rewritePackage(base, file, (name, data) =>
      name === table ? data.toString("utf8").replace(/<tableColumn ([^>]*name="客户满意度"[^>]*?)\s*\/>/, '<tableColumn $1><calculatedColumnFormula>LEN([@客户编码])</calculatedColumnFormula></tableColumn>') : data,
    );
    expect((await partsOf(file)).get(table)!.toString("utf8")).toContain("calculatedColumnFormula");
    expect((await run("handover", file, "--customer", "K1", "--to", "S002", "--write", "--today", TODAY)).code).toBe(0);
    const after = await partsOf(file);
    const sheet = after.get((await sheetParts(file)).get("跟进记录")!)!.toString("utf8");
    const column = (await readLog(await XlsxReader.open(file))).letters!.followUps.satisfaction;
    expect(cellsOf(sheet).get(`${column}3`)).toContain("<f>LEN([@客户编码])</f>");
    expect(after.get("xl/workbook.xml")!.toString("utf8")).toMatch(/fullCalcOnLoad="1"/);
  });

  test("text with control characters and _xHHHH_-looking literals comes back exactly", async () => {
    const file = copy();
    const odd = ["名\u0001称", "_x0041_ 公司", "tab\there", " lead"];
    await withExcelJs(file, (wb) => {
      const ws = wb.getWorksheet("客户档案")!;
      odd.slice(0, 3).forEach((name, i) => (ws.getCell(`B${i + 2}`).value = name));
    });
    const port = await XlsxPackage.open(file);
    await port.updateCells("客户档案", [{ row: 4, key: { header: "客户编码", value: "K3" }, header: "客户名称", value: odd[3] }]);
    await port.writeReport({ sheet: "文本", title: "文本", blocks: [{ headers: ["值"], rows: odd.map((t) => [t]) }] });
    await port.save();
    const reread = await XlsxReader.open(file);
    const tables = await reread.readTables(["文本", "客户档案"]);
    expect(tables["文本"]!.rows.map((r) => r[0]).slice(-odd.length)).toEqual(odd);
    expect(tables["客户档案"]!.rows[2][1]).toBe(odd[3]);
  });
});

describe("file safety", () => {
  test("the mode is kept; a symlink's target is written and the link stays a link", async () => {
    const file = copy();
    chmodSync(file, 0o600);
    expect((await run("abc", file, "--write", "--today", TODAY)).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const target = copy();
    const link = join(dir, `link${n}.xlsx`);
    symlinkSync(relative(dir, target), link);
    const before = readFileSync(target);
    expect((await run("abc", link, "--write", "--today", TODAY)).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target).equals(before)).toBe(false);
  });

  test("a read-only file is refused by --write and by init --force, never replaced", async () => {
    const file = copy();
    chmodSync(file, 0o444);
    await expectRefused(file, ["abc", "--write"], 3, /只读/);
    const r = await run("init", file, "--force");
    expect(r.code).toBe(3);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  test("two writers: the second one's input changed on disk, so it stops instead of losing the first one's change", async () => {
    const file = copy();
    const first = await XlsxPackage.open(file);
    const second = await XlsxPackage.open(file);
    await first.readTables(["客户档案"]);
    await second.readTables(["客户档案"]);
    await first.updateCells("客户档案", [{ row: 2, key: { header: "客户编码", value: "K1" }, header: "客户名称", value: "第一" }]);
    await second.updateCells("客户档案", [{ row: 3, key: { header: "客户编码", value: "K2" }, header: "客户名称", value: "第二" }]);
    await first.save();
    await expect(second.save()).rejects.toThrow(/读取之后被修改/);
    const names = (await (await XlsxReader.open(file)).readTables(["客户档案"]))["客户档案"]!.rows.map((r) => r[1]);
    expect(names[0]).toBe("第一");
    expect(names[1]).not.toBe("第二");
  });

  test("a writer holding the lock keeps others out", async () => {
    const file = copy();
    writeFileSync(join(dir, `.~kehu.w${n}.xlsx.lock`), String(process.pid));
    await expectRefused(file, ["routes", "--write"], 3, /另一个 kehu/);
  });

  test("--out naming the input another way is a usage error; a missing output folder says so", async () => {
    const file = copy();
    const other = join(dir, ".", "sub", "..", `w${n}.xlsx`);
    await expectRefused(file, ["handover", "--customer", "K1", "--out", other], 2, /--write/);
    await expectRefused(file, ["handover", "--customer", "K1", "--out", join(dir, "nope", "x.xlsx")], 3, /输出文件夹不存在/);
  });
});
