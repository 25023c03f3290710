/**
 * Every sheet we create prints on A4 landscape, one page wide, with its header row repeated on each
 * page; coordinates show six decimals and rates one. Checked with openpyxl (a reader independent of
 * ours) on the workbooks `kehu init` and `kehu demo` make, the sheets the write commands generate
 * through the package writer (路序, 审计, 交接, 应收账款, 方案跟踪, 日清表, and 分析's ABC分析) and a report
 * exceljs writes (audit --out).
 */
import { copyFileSync, mkdtempSync, rmSync } from "fs";
import { execFileSync } from "child_process";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { writeAbcReport } from "../../src/app/abc-report";
import { utcDate } from "../../src/domain/time";
import { XlsxPackage } from "../../src/io/xlsx/package-writer/package-workbook";
import { SHEETS } from "../../src/workbook";
import { openpyxlPython } from "../support/package-snapshot";

const python = openpyxlPython();
const dir = mkdtempSync(join(tmpdir(), "kehu-print-"));
const TODAY = "2026-11-23";

/** Per sheet: its page set-up, print titles, the header row they name, and the number formats of coordinates and rates. */
const DUMP = `
import sys, json, openpyxl
out = []
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        ps = ws.page_setup
        titles = (ws.print_title_rows or "").replace("$", "")
        n = int(titles.split(":")[0]) if titles else 0
        header = [c for c in ws[n] if c.value is not None] if n else []
        heads = {c.column: c.value for c in header}
        formats = {}
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    key = "%" if "%" in c.number_format else heads.get(c.column) if c.row > n else None
                    if key in ("%", "纬度", "经度", "驻地纬度", "驻地经度"):
                        formats.setdefault(key, set()).add(c.number_format)
        pr = ws.sheet_properties.pageSetUpPr
        out.append({"file": path.split("/")[-1], "sheet": ws.title, "paperSize": str(ps.paperSize), "orientation": ps.orientation,
                    "fitToWidth": str(ps.fitToWidth), "fitToHeight": str(ps.fitToHeight), "fitToPage": bool(pr and pr.fitToPage),
                    "titleRows": titles, "header": [c.value for c in header], "headerBold": len(header) > 0 and all(bool(c.font and c.font.b) for c in header),
                    "formats": {k: sorted(v) for k, v in formats.items()}})
print(json.dumps(out, ensure_ascii=False))
`;

interface SheetFacts {
  file: string;
  sheet: string;
  paperSize: string;
  orientation: string;
  fitToWidth: string;
  fitToHeight: string;
  fitToPage: boolean;
  titleRows: string;
  header: string[];
  headerBold: boolean;
  formats: Record<string, string[]>;
}

let sheets: SheetFacts[] = [];

async function kehu(...argv: string[]): Promise<number> {
  return main(argv, { out: () => undefined, err: () => undefined });
}

beforeAll(async () => {
  if (!python) return;
  const init = join(dir, "init.xlsx");
  const demo = join(dir, "demo.xlsx");
  const written = join(dir, "written.xlsx");
  const report = join(dir, "report.xlsx");
  expect(await kehu("init", init)).toBe(0);
  expect(await kehu("demo", "--customers", "40", "--seed", "3", "--out", demo, "--today", TODAY)).toBe(0);
  copyFileSync(demo, written);
  for (const argv of [["routes", "--write"], ["audit", "--write"], ["handover", "--rep", "S003", "--to", "S004", "--write"], ["receivables", "--write"], ["plans", "--write"]]) {
    expect(await kehu(argv[0], written, ...argv.slice(1), "--today", TODAY)).toBeLessThanOrEqual(1);
  }
  expect(await kehu("report", "daily", written, "--write", "--today", TODAY)).toBeLessThanOrEqual(1);
  const book = await XlsxPackage.open(written);
  await writeAbcReport(book, { today: utcDate(2026, 11, 23) });
  await book.save();
  expect(await kehu("audit", demo, "--out", report, "--today", TODAY)).toBeLessThanOrEqual(1);
  sheets = JSON.parse(execFileSync(python, ["-c", DUMP, init, demo, written, report], { maxBuffer: 64 << 20 }).toString("utf8")) as SheetFacts[];
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const maybe = python ? test : test.skip;

maybe("the files hold every sheet we make: the log's in init and demo, the generated ones after the writes", () => {
  const names = (file: string) => sheets.filter((s) => s.file === file).map((s) => s.sheet);
  const log = SHEETS.map((s) => s.name);
  expect(names("init.xlsx")).toEqual(log);
  expect(names("demo.xlsx")).toEqual(log);
  expect(names("written.xlsx")).toEqual([...log, "路序", "审计", "交接", "应收账款", "方案跟踪", `日清表 ${TODAY}`, "ABC分析"]);
  expect(names("report.xlsx")).toEqual(["审计"]);
});

maybe("every sheet prints on A4 landscape (paperSize 9), one page wide and as many pages tall as it needs", () => {
  for (const s of sheets) {
    expect({ file: s.file, sheet: s.sheet, paperSize: s.paperSize, orientation: s.orientation, fitToPage: s.fitToPage, fitToWidth: s.fitToWidth, fitToHeight: s.fitToHeight }).toEqual({
      file: s.file,
      sheet: s.sheet,
      paperSize: "9",
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: "1",
      fitToHeight: "0",
    });
  }
});

maybe("every sheet repeats its header row on each printed page (_xlnm.Print_Titles): the log's row 1, a report's last table header", () => {
  for (const s of sheets) {
    const at = `${s.file} ${s.sheet}`;
    expect(`${at} ${s.titleRows}`).toMatch(/ (\d+):\1$/);
    expect(`${at} bold header ${s.headerBold}`).toBe(`${at} bold header true`);
    const spec = SHEETS.find((x) => x.name === s.sheet);
    if (spec) expect([at, s.titleRows, s.header]).toEqual([at, "1:1", spec.columns.map((c) => c.header)]);
    else expect(Number(s.titleRows.split(":")[0])).toBeGreaterThan(1);
  }
});

maybe("coordinates show six decimals and rates one, wherever we write them", () => {
  const formats = (file: string, sheet: string) => sheets.find((s) => s.file === file && s.sheet === sheet)!.formats;
  for (const file of ["demo.xlsx", "written.xlsx"]) {
    expect(formats(file, "客户档案")).toEqual({ 纬度: ["0.000000"], 经度: ["0.000000"] });
    expect(formats(file, "员工")).toEqual({ 驻地纬度: ["0.000000"], 驻地经度: ["0.000000"] });
  }
  expect(formats("written.xlsx", "路序")).toMatchObject({ 纬度: ["0.000000"], 经度: ["0.000000"] });
  for (const [file, sheet] of [["written.xlsx", "审计"], ["written.xlsx", "ABC分析"], ["written.xlsx", "方案跟踪"], ["report.xlsx", "审计"]]) {
    expect([sheet, formats(file, sheet)["%"]?.length ?? 0]).not.toEqual([sheet, 0]);
  }
  for (const s of sheets) {
    for (const format of s.formats["%"] ?? []) {
      // each section of the format (positive; negative; zero) has exactly one decimal
      for (const section of format.split(";")) expect(`${s.sheet} ${section}`).toMatch(/ [+-]?0\.0%$/);
    }
  }
});
