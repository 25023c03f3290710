import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { runReceivables } from "../../src/app/receivables";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { utcDate } from "../../src/domain/time";
import { LogBuilder } from "../fixtures/audit/builder";
import { workbookOf } from "../fixtures/audit/workbook";

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out, err };
}

const d = (m: number, day: number) => utcDate(2026, m, day, 10);

describe("kehu receivables", () => {
  let dir: string;
  let file: string;
  const b = new LogBuilder();
  b.customer({ code: "K1", name: "甲公司", grade: "B", rep: "S1", paymentTerms: "月结30天", billingDay: 25, creditLimit: 50000 });
  b.customer({ code: "K2", name: "乙公司", grade: "C", rep: "S2", paymentTerms: "货到付款" });
  b.shipment("K1", "S1", d(7, 10), 10000); // statement 07-25, due 08-24
  b.shipment("K1", "S1", d(8, 10), 8000); // statement 08-25, due 09-24
  b.payment("K1", "S1", d(8, 26), 10000);
  b.shipment("K1", "S1", d(11, 1), 5000); // statement 11-25: not due
  b.returnRecord("K1", "S1", d(9, 1), { mode: "退货", returnStatus: "已退款", amount: 500 });
  const _oldest = b.shipment("K2", "S2", d(10, 1), 1200, { docNo: "=FH001" });
  b.shipment("K2", "S2", d(11, 20), 300);
  b.payment("K2", "S2", d(11, 21), 200);
  // K3 paid in full long ago: a customer with an account who owes nothing
  b.customer({ code: "K3", name: "丙公司", grade: "C", rep: "S1", paymentTerms: "款到发货" });
  b.shipment("K3", "S1", d(3, 1), 100);
  b.payment("K3", "S1", d(3, 1), 100);

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kehu-recv-"));
    file = path.join(dir, "log.xlsx");
    await (await workbookOf(b.log)).save(file, { overwrite: true });
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("gives each customer's balance, overdue amount and aging as of the day", async () => {
    const r = await run(["receivables", file, "--as-of", "2026-11-23", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out[0]);
    const k1 = json.customers.find((c: { code: string }) => c.code === "K1");
    // billed 23,000, paid 10,000, credited 500: 7,500 of 08-10's bill is 60 days overdue, 5,000 not due
    expect([k1.balance, k1.overdue, k1.aging, k1.maxDaysOverdue, k1.oldestOpenDue]).toEqual([12500, 7500, [5000, 0, 7500, 0, 0], 60, "2026-09-24"]);
    const k2 = json.customers.find((c: { code: string }) => c.code === "K2");
    // the payment of 11-21 goes to the oldest bill first: 1,000 of it stays 53 days overdue
    expect([k2.balance, k2.aging, k2.maxDaysOverdue]).toEqual([1300, [0, 300, 1000, 0, 0], 53]);
    expect(json.totals.balance).toBe(13800);
    // the balance per responsible rep: K3 (S1) owes nothing, so S1 has one customer owing
    expect(json.reps).toEqual([
      { rep: "S1", customers: 1, balance: 12500, overdue: 7500, aging: [5000, 0, 7500, 0, 0], maxDaysOverdue: 60 },
      { rep: "S2", customers: 1, balance: 1300, overdue: 1300, aging: [0, 300, 1000, 0, 0], maxDaysOverdue: 53 },
    ]);
    const s2 = JSON.parse((await run(["receivables", file, "--as-of", "2026-11-23", "--rep", "S2", "--json"])).out[0]);
    expect(s2.customers.map((c: { code: string }) => c.code)).toEqual(["K2"]);
    const earlier = JSON.parse((await run(["receivables", file, "--as-of", "2026-08-31", "--json"])).out[0]);
    expect(earlier.totals).toMatchObject({ billed: 18100, collected: 10100, balance: 8000, overdue: 0 });
  });

  it("--write replaces the 应收账款 sheet: aging totals, open bills most overdue first, user text kept as text", async () => {
    const r = await run(["receivables", file, "--as-of", "2026-11-23", "--write"]);
    expect(r.code).toBe(0);
    expect(r.out.at(-1)).toContain("应收账款");
    const book = await XlsxWorkbook.open(file);
    const ws = book.book.getWorksheet("应收账款")!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const totals = rows.find((row) => row[0] === "合计")!;
    expect(totals.slice(1)).toEqual([13800, 8800, 5000, 300, 8500, 0, 0]);
    const openHeader = rows.findIndex((row) => row[0] === "客户编码" && row[2] === "单号");
    // most overdue first: K1's bill of 08-10 (60 days), then K2's of 10-01 whose 单号 is user text that looks like a formula
    expect(rows.slice(openHeader + 1, openHeader + 3).map((row) => [row[0], row[2], row[8]])).toEqual([
      ["K1", "往来帐第3行", 60],
      ["K2", "=FH001", 53],
    ]);
    expect(ws.getRow(openHeader + 2).getCell(3).formula).toBeUndefined();
    // the subtitle counts the customers who owe, as the command line does; 应收已收 gives the days collection took
    expect(rows[1][0]).toBe("截至 2026-11-23：2 位客户欠款 ¥13,800.00，其中逾期 ¥8,800.00");
    const repHeader = rows.findIndex((row) => row[0] === "负责客服");
    expect(rows.slice(repHeader + 1, repHeader + 3)).toEqual([
      ["S1", 1, 12500, 7500, 5000, 0, 7500, 0, 0, 60],
      ["S2", 1, 1300, 1300, 0, 300, 1000, 0, 0, 53],
    ]);
    const collectedHeader = rows.findIndex((row) => row[0] === "客户编码" && row[6] === "收清日期");
    // K1's bill of 07-10 (due 08-24) was collected in full on 08-26: 47 days after it, 2 days late
    expect(rows.slice(collectedHeader + 1).map((row) => [row[0], row[2], row[7], row[8]])).toEqual([["K1", "往来帐第2行", 47, 2]]);
    expect(await run(["receivables", file, "--as-of", "明天"])).toMatchObject({ code: 2 });
  });
});

describe("the 应收账款 report", () => {
  it("links each customer to its 客户档案 row and each open bill to its 往来帐 row", async () => {
    const b = new LogBuilder();
    b.customer({ code: "K1", name: "甲公司", grade: "B", rep: "S1", paymentTerms: "账期30天" });
    const bill = b.shipment("K1", "S1", d(9, 1), 100, { docNo: "FH9" });
    const book = await workbookOf(b.log);
    await runReceivables(book, { asOf: d(11, 23), write: true });
    const rows: unknown[][] = [];
    book.book.getWorksheet("应收账款")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const links = rows.flat().filter((v): v is { text: string; hyperlink: string } => typeof v === "object" && v !== null && "hyperlink" in v);
    expect(links).toContainEqual({ text: "K1", hyperlink: "#'客户档案'!A2" });
    expect(links).toContainEqual({ text: "FH9", hyperlink: expect.stringMatching(new RegExp(`^#'往来帐'![A-Z]+${bill.row}$`)) });
  });
});
