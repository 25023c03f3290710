import { copyFileSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XlsxReader } from "../../../src/io/xlsx/fast-read";
import { WorkbookFileError } from "../../../src/io/xlsx/file-errors";
import { XlsxPackage } from "../../../src/io/xlsx/package-writer/package-workbook";
import { main } from "../../../src/cli/main";
import { exceljsLog, TODAY } from "./fixtures";

const dir = mkdtempSync(join(tmpdir(), "kehu-keyed-"));
const base = join(dir, "base.xlsx");
let n = 0;

beforeAll(() => exceljsLog(base), 60_000);

function copy(): string {
  const file = join(dir, `k${++n}.xlsx`);
  copyFileSync(base, file);
  return file;
}

const CUSTOMERS = "客户档案";
const code = (value: string) => ({ header: "客户编码", value });

/** 客户编码 -> ABC类 as the file holds them. */
async function abcOf(file: string): Promise<Record<string, unknown>> {
  const table = (await (await XlsxReader.open(file)).readTables([CUSTOMERS]))[CUSTOMERS]!;
  const at = (h: string) => table.headers.indexOf(h);
  return Object.fromEntries(table.rows.map((r) => [String(r[at("客户编码")]), r[at("ABC类")]]));
}

describe("keyed updates in the package writer", () => {
  test("an update whose row no longer holds its key is written on the row that does", async () => {
    const file = copy();
    const book = await XlsxPackage.open(file);
    await book.readTables([CUSTOMERS]);
    // K1 is on row 2, K2 on row 3: the update names row 2 but K2's key
    await book.updateCells(CUSTOMERS, [{ row: 2, key: code("K2"), header: "ABC类", value: "A" }]);
    await book.save();
    expect(await abcOf(file)).toEqual({ K1: "C", K2: "A", K3: "C" });
  });

  test("a key on no row, or on two, is refused in one line and nothing is written", async () => {
    const file = copy();
    const before = readFileSync(file);
    const book = await XlsxPackage.open(file);
    const refused = book.updateCells(CUSTOMERS, [
      { row: 2, key: code("K1"), header: "ABC类", value: "A" },
      { row: 3, key: code("GONE"), header: "ABC类", value: "B" },
    ]);
    await expect(refused).rejects.toThrow(WorkbookFileError);
    await expect(refused).rejects.toThrow(/客户档案.*GONE/);
    expect(book.changed).toBe(false);

    await book.appendRows(CUSTOMERS, [["K1", "重名公司"]]);
    await expect(book.updateCells(CUSTOMERS, [{ row: 9, key: code("K1"), header: "ABC类", value: "A" }])).rejects.toThrow(/K1.*rows 2, 5/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test("a second read sees this session's appends and updates, as Excel would", async () => {
    const book = await XlsxPackage.open(copy());
    await book.appendRows(CUSTOMERS, [["K4", "丁公司"]]);
    await book.updateCells(CUSTOMERS, [
      { row: 3, key: code("K2"), header: "ABC类", value: "B" },
      { row: 5, key: code("K4"), header: "ABC类", value: "A" },
    ]);
    const table = (await book.readTables([CUSTOMERS]))[CUSTOMERS]!;
    const at = (h: string) => table.headers.indexOf(h);
    expect(table.rows.map((r) => [r[at("客户编码")], r[at("ABC类")]])).toEqual([
      ["K1", "C"],
      ["K2", "B"],
      ["K3", "C"],
      ["K4", "A"],
    ]);
  });
});

describe("handover --to --write", () => {
  test("the 交接 dossier is made from the log after the move: new rep, handover in the rep history", async () => {
    const out: string[] = [];
    const code = await main(["handover", copy(), "--customer", "K1", "--to", "S002", "--write", "--json", "--today", TODAY], { out: (s) => void out.push(s), err: () => undefined });
    expect(code).toBe(0);
    const [dossier] = JSON.parse(out.join("\n")).dossiers as { customer: { record: { rep: string } }; reps: { rep: string; handedOver: boolean }[] }[];
    expect(dossier.customer.record.rep).toBe("S002");
    expect(dossier.reps.map((r) => [r.rep, r.handedOver])).toContainEqual(["S002", true]);
  });
});
