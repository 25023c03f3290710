import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { customerStatement } from "../../src/domain/receivables";
import { serialFromDate, utcDate } from "../../src/domain/time";
import { statementRows } from "../../src/app/statement";
import { LogBuilder } from "../fixtures/audit/builder";
import { workbookOf } from "../fixtures/audit/workbook";

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out, err };
}

const d = (m: number, day: number) => utcDate(2026, m, day, 10);

describe("kehu statement", () => {
  let dir: string;
  let file: string;
  const b = new LogBuilder();
  b.customer({ code: "K1", name: "甲公司", grade: "B", rep: "S1", paymentTerms: "月结30天" });
  b.customer({ code: "K2", name: "乙公司", grade: "C", rep: "S2" });
  b.shipment("K1", "S1", d(7, 10), 10000, { docNo: "FH001" }); // before the period: opening 10,000
  b.payment("K1", "S1", d(8, 26), 6000, { docNo: "=HK(1)", description: "=1+1 转账" });
  b.shipment("K1", "S1", d(9, 3), 2500.5);
  b.returnRecord("K1", "S1", d(9, 20), { mode: "退货", returnStatus: "已退款", amount: 300, originalOrder: "FH001" });
  b.shipment("K1", "S1", d(11, 2), 999); // after the period
  b.shipment("K2", "S2", d(9, 1), 50);

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kehu-statement-"));
    file = path.join(dir, "log.xlsx");
    const book = await workbookOf(b.log);
    await book.appendRows("设置", [["公司", "名称", "某某食品有限公司", null], ["公司", "电话", "021-1234567", null]]);
    await book.save(file, { overwrite: true });
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("writes a one-sheet A4 statement that reads back equal: opening, each movement, totals, closing, signature lines", async () => {
    const out = path.join(dir, "k1.xlsx");
    const r = await run(["statement", file, "--customer", "K1", "--from", "2026-08-01", "--to", "2026-10-31", "--out", out, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out[0])).toMatchObject({ opening: 10000, debit: 2500.5, credit: 6300, closing: 6200.5, movements: 3, companyHeader: true });
    const book = await XlsxWorkbook.open(out);
    expect(book.book.worksheets.map((w) => w.name)).toEqual(["对账单"]);
    const ws = book.book.worksheets[0];
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToWidth: 1 });
    expect(ws.getCell(1, 1).value).toBe("某某食品有限公司");
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(String(row.getCell(1).value ?? "")));
    expect(texts).toEqual(expect.arrayContaining(["对账单", "客户：甲公司（K1）", expect.stringMatching(/^客户确认（盖章）/), expect.stringMatching(/^我方经办人/)]));
    // the table, read back, equals the statement computed from the log
    let header = 0;
    ws.eachRow((row, n) => void (row.getCell(1).value === "日期" && row.getCell(6).value === "余额" && (header = n)));
    const back: unknown[][] = [];
    for (let n = header + 1; ws.getRow(n).getCell(3).value; n++) {
      back.push([1, 2, 3, 4, 5, 6].map((c) => {
        const v = ws.getRow(n).getCell(c).value;
        return v instanceof Date ? serialFromDate(v) : v ?? null;
      }));
    }
    const expected = statementRows(customerStatement(b.log, "K1", utcDate(2026, 8, 1), utcDate(2026, 10, 31)));
    expect(back).toEqual(expected);
    expect(back.map((row) => row[2])).toEqual(["期初余额", "回款：=1+1 转账", "发货：事件", "退货退款：事件", "本期合计", "期末余额"]);
    expect(back[1][1]).toBe("=HK(1)");
    expect(ws.getRow(header + 2).getCell(2).formula).toBeUndefined();
  });

  it("says so when 设置's 公司 名称 is blank (as in a new workbook): no company header", async () => {
    const plain = path.join(dir, "plain.xlsx");
    await (await workbookOf(b.log)).save(plain, { overwrite: true });
    const out = path.join(dir, "plain-k1.xlsx");
    const r = await run(["statement", plain, "--customer", "K1", "--from", "2026-08-01", "--to", "2026-10-31", "--out", out]);
    expect([r.code, r.out.at(-1)]).toEqual([0, "（“设置”中 公司 名称 为空：对账单没有公司抬头，填写后再生成即可）"]);
    const ws = (await XlsxWorkbook.open(out)).book.worksheets[0];
    expect(ws.getCell(1, 1).value).toBe("对账单");
  });

  it("refuses an unknown customer, bad or reversed dates missing options and an existing --out without --force, each with one line (exit 2)", async () => {
    const out = path.join(dir, "x.xlsx");
    for (const argv of [
      ["--customer", "K9", "--from", "2026-08-01", "--to", "2026-10-31", "--out", out],
      ["--customer", "K1", "--from", "2026-13-01", "--to", "2026-10-31", "--out", out],
      ["--customer", "K1", "--from", "2026-10-01", "--to", "2026-08-31", "--out", out],
      ["--customer", "K1", "--from", "2026-08-01", "--to", "2026-10-31"],
      ["--customer", "K1", "--from", "2026-08-01", "--to", "2026-10-31", "--out", file],
    ]) {
      const r = await run(["statement", file, ...argv]);
      expect([argv, r.code, r.err.length]).toEqual([argv, 2, 1]);
    }
    await expect(fs.access(out)).rejects.toThrow();
    // the line names the code and the closest one 客户档案 has; a blank code is a missing option
    const line = async (customer: string, lang: string[] = []) => (await run(["statement", file, "--customer", customer, "--from", "2026-08-01", "--to", "2026-10-31", "--out", out, ...lang])).err;
    expect(await line("K9")).toEqual([expect.stringContaining("--customer：客户编码“K9”不在")]);
    expect((await line("K9"))[0]).toMatch(/是不是 K1？$/);
    expect(await line("XYZ123", ["--lang", "en"])).toEqual([expect.stringMatching(/--customer: customer code "XYZ123" is not in the customer archive of \S+$/)]);
    expect(await line(" ")).toEqual([expect.stringContaining("缺少 --customer")]);
    await expect(fs.access(out)).rejects.toThrow();
    // a code typed in another case, full width or with spaces is the archive's code, as in every event sheet
    const typed = await run(["statement", file, "--customer", " ｋ1 ", "--from", "2026-08-01", "--to", "2026-10-31", "--out", path.join(dir, "k1-typed.xlsx"), "--json"]);
    expect(typed.code).toBe(0);
    expect(JSON.parse(typed.out[0])).toMatchObject({ customer: "K1", opening: 10000, closing: 6200.5, movements: 3 });
    const args = ["statement", file, "--customer", "K2", "--from", "2026-09-01", "--to", "2026-09-30", "--out", out];
    expect((await run(args)).code).toBe(0);
    const again = await run(args);
    expect([again.code, again.err.length]).toEqual([2, 1]); // an existing file is a usage matter (cli/main.ts): --force
    expect((await run([...args, "--force"])).code).toBe(0);
  });
});
