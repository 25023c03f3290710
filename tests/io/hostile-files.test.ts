import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { XlsxReader } from "../../src/io/xlsx/fast-read";
import { seededRandom } from "../../src/domain/ids";
import { handMadeXlsx } from "./fast-read-zip";
import { bigSheetXlsx, eventRowXml, headerRowXml, HOSTILE_HEADERS } from "../support/hostile-xlsx";

const dir = mkdtempSync(join(tmpdir(), "kehu-hostile-"));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

function inline(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** 员工 (工号, 姓名, 入职日期) with the given rows after its header. */
function staffFile(name: string, rows: string, table?: string): string {
  const file = join(dir, name);
  const header = `<row r="1">${inline("A1", "工号")}${inline("B1", "姓名")}${inline("C1", "入职日期")}</row>`;
  writeFileSync(file, handMadeXlsx({ sheets: { 员工: header + rows }, tables: table ? { 员工: { name: "KH_Staff", ref: table, columns: ["工号", "姓名", "入职日期"] } } : undefined }));
  return file;
}

describe("hostile and broken files never take the reader down", () => {
  test("125,000 unreadable cells: check lists the first ones of the sheet and counts the rest (no stack overflow)", async () => {
    let rows = "";
    for (let r = 2; r < 125_002; r++) rows += `<row r="${r}">${inline(`A${r}`, `S${r}`)}${inline(`B${r}`, "张")}${inline(`C${r}`, "去年")}</row>`;
    const file = staffFile("faults.xlsx", rows);
    const run = capture();
    expect(await main(["check", file], run.io)).toBe(1);
    expect(run.err).toEqual([]);
    const listed = run.out.filter((l) => l.startsWith("员工!C"));
    expect(listed).toHaveLength(200);
    expect(run.out).toContain("员工：另有 124800 个问题未列出（--max-problems 0 列出全部）");
    const all = capture();
    expect(await main(["check", file, "--max-problems", "0", "--json"], all.io)).toBe(1);
    const json = JSON.parse(all.out[0]);
    expect(json.problems.filter((p: { sheet: string }) => p.sheet === "员工")).toHaveLength(125_000);
  }, 120_000);

  test("one cell at row 40,000,000 costs one row: the table holds two rows, numbered as Excel numbers them", async () => {
    const file = staffFile("sparse.xlsx", `<row r="2">${inline("A2", "S1")}${inline("B2", "张")}</row><row r="40000000">${inline("A40000000", "S2")}</row>`);
    const table = (await (await XlsxReader.open(file)).readTables(["员工"]))["员工"]!;
    expect(table.rows).toEqual([["S1", "张", null], ["S2", null, null]]);
    expect(table.rowNumbers).toEqual([2, 40_000_000]);
    expect(table.blankRows).toBe(40_000_000 - 3);
    const run = capture();
    expect(await main(["check", file, "--json"], run.io)).toBe(1);
    expect(JSON.parse(run.out[0]).problems).toContainEqual(expect.objectContaining({ sheet: "员工", cell: "B40000000", code: "required" }));
  }, 60_000);

  test("a table declared over whole columns (A1:C1048576) reads the rows that hold data, and no wider than its cells", async () => {
    let rows = "";
    for (let r = 2; r <= 21; r++) rows += `<row r="${r}">${inline(`A${r}`, `S${r}`)}${inline(`B${r}`, "张")}</row>`;
    const file = staffFile("whole-columns.xlsx", rows, "A1:XFD1048576");
    const table = (await (await XlsxReader.open(file)).readTables(["员工"]))["员工"]!;
    expect(table.rows).toHaveLength(20);
    expect(table.headers).toEqual(["工号", "姓名", "入职日期"]);
    expect(table.blankRows).toBeUndefined();
  }, 60_000);

  test("one 60 MB string is read whole (decoding is linear in its length)", async () => {
    const text = "客户说明".repeat(5_000_000);
    const file = staffFile("long-string.xlsx", `<row r="2">${inline("A2", "S1")}${inline("B2", text)}</row>`);
    const table = (await (await XlsxReader.open(file)).readTables(["员工"]))["员工"]!;
    expect((table.rows[0][1] as string).length).toBe(text.length);
    expect(table.rows[0][1] === text).toBe(true);
  }, 120_000);

  test("past a read limit the command stops with one line naming the flag, exit 3", async () => {
    let rows = "";
    for (let r = 2; r <= 30; r++) rows += `<row r="${r}">${inline(`A${r}`, `S${r}`)}${inline(`B${r}`, "张")}</row>`;
    const file = staffFile("limits.xlsx", rows);
    for (const [flag, value] of [["--max-cells", "20"], ["--max-rows", "10"], ["--max-mb", "0"]] as const) {
      const run = capture();
      const code = await main(["check", file, flag, value], run.io);
      if (flag === "--max-mb") {
        expect(code).toBe(2); // the limit is at least 1 MB
        continue;
      }
      expect(code).toBe(3);
      expect(run.err).toHaveLength(1);
      expect(run.err[0]).toContain(flag);
      expect(run.out).toEqual([]);
    }
    const due = capture();
    expect(await main(["due", file, "--max-cells", "20"], due.io)).toBe(3);
    expect(due.err[0]).toContain("--max-cells");
  });

  test("221 MB of sheet XML (a zip bomb in spirit): read within bounds, or refused past --max-mb with one line", async () => {
    const random = seededRandom(11);
    const { file: bytes, sheetBytes } = await bigSheetXlsx(380_000, (r) => eventRowXml(r, random));
    expect(sheetBytes).toBeGreaterThan(221 * 1000 * 1000);
    const file = join(dir, "big.xlsx");
    writeFileSync(file, bytes);
    const refused = capture();
    expect(await main(["check", file, "--max-mb", "100"], refused.io)).toBe(3);
    expect(refused.err).toHaveLength(1);
    expect(refused.err[0]).toContain("--max-mb");
    const table = (await (await XlsxReader.open(file)).readTables(["往来帐"]))["往来帐"]!;
    expect(table.headers).toEqual(HOSTILE_HEADERS);
    expect(table.rows).toHaveLength(380_000);
    expect(headerRowXml()).toContain("事件编号");
  }, 400_000);
});
