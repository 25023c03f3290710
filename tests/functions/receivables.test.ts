import { agingMatrix, balanceMatrix } from "../../src/functions/receivables";
import { FunctionInputError } from "../../src/functions/matrix";
import { computeReceivables } from "../../src/domain/receivables";
import { dayNumber } from "../../src/domain/cadence";
import { utcDate } from "../../src/domain/time";
import { customersSheet, invoicesSheet, returnsSheet, transactionsSheet, type SheetSpec } from "../../src/workbook";
import { encodeRecordInSpecOrder } from "../../src/workbook/codec/record";
import { LogBuilder } from "../fixtures/audit/builder";

const d = (m: number, day: number) => utcDate(2026, m, day, 10);
/** A table as Excel passes KH_…[#All]: the header row, then the rows as cells (dates as serials). */
const table = (spec: SheetSpec, rows: readonly { record: object }[]) => [spec.columns.map((c) => c.header), ...rows.map((r) => encodeRecordInSpecOrder(spec, r.record as Record<string, unknown>))];

const b = new LogBuilder();
b.customer({ code: "K1", name: "甲", grade: "B", rep: "S1", paymentTerms: "月结30天" });
b.customer({ code: "K2", name: "乙", grade: "B", rep: "S1", paymentTerms: "款到发货" });
b.shipment("K1", "S1", d(8, 10), 1000); // statement 08-31, due 09-30
b.shipment("K1", "S1", d(10, 5), 400); // due 11-30
b.payment("K1", "S1", d(9, 1), 300);
b.shipment("K2", "S1", d(11, 1), 250);
b.returnRecord("K2", "S1", d(11, 2), { mode: "退货", returnStatus: "已退款", amount: 50 });
const customers = table(customersSheet, b.log.customers);
const transactions = table(transactionsSheet, b.log.transactions);
const returns = table(returnsSheet, b.log.returns);
const today = dayNumber(utcDate(2026, 11, 23));

describe("KH.BALANCE", () => {
  it("gives each code's balance in the codes' shape, 0 for a customer without movements, blank for a blank", () => {
    expect(balanceMatrix([["K1"], ["K2"], [""], ["K9"]], transactions, returns, undefined, today)).toEqual([[1100], [200], [""], [0]]);
    expect(balanceMatrix([["K1", "K2"]], transactions, undefined, undefined, today)).toEqual([[1100, 250]]);
  });

  it("counts only what happened by the as-of date (a date serial or text)", () => {
    expect(balanceMatrix([["K1"]], transactions, returns, 25569 + dayNumber(d(9, 1)), today)).toEqual([[700]]);
    expect(balanceMatrix([["K1"]], transactions, returns, [["2026-08-31"]], today)).toEqual([[1000]]);
  });

  it("wants the table with its header row", () => {
    expect(() => balanceMatrix([["K1"]], transactions.slice(1), undefined, undefined, today)).toThrow(FunctionInputError);
    expect(() => balanceMatrix([["K1"]], transactions, undefined, [["明天"]], today)).toThrow("截止日期");
  });
});

describe("KH.AGING", () => {
  it("is the domain's aging per code, one row of five buckets each", () => {
    const out = agingMatrix([["K1"], ["K2"], ["K9"]], customers, transactions, returns, undefined, today);
    expect(out).toEqual([
      [400, 0, 700, 0, 0],
      [0, 200, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
    const domain = computeReceivables(b.log, utcDate(2026, 11, 23)).accounts.map((a) => a.agingCents.map((c) => c / 100));
    expect(out.slice(0, 2)).toEqual(domain);
  });

  it("needs 客户档案 for the due dates", () => {
    expect(() => agingMatrix([["K1"]], undefined, transactions, returns, undefined, today)).toThrow("客户档案表");
  });
});

describe("KH.BALANCE and KH.AGING on the 发票 basis", () => {
  it("given the 发票 table, bill invoices on their 开票日期 and no longer shipments, as the domain does when 设置 says 发票", () => {
    const inv = new LogBuilder();
    inv.customer({ code: "K1", name: "甲", grade: "B", rep: "S1", paymentTerms: "账期30天" });
    inv.shipment("K1", "S1", d(9, 1), 999);
    inv.invoice("K1", "S1", d(9, 3), { invoiceDate: utcDate(2026, 9, 30), amount: 1130 });
    inv.invoice("K1", "S1", d(11, 3), { invoiceDate: utcDate(2026, 11, 3), amount: 500 });
    inv.payment("K1", "S1", d(10, 10), 130);
    const tables = [table(customersSheet, inv.log.customers), table(transactionsSheet, inv.log.transactions), table(invoicesSheet, inv.log.invoices)] as const;
    expect(balanceMatrix([["K1"]], tables[1], undefined, undefined, today, tables[2])).toEqual([[1500]]);
    expect(balanceMatrix([["K1"]], tables[1], undefined, undefined, today)).toEqual([[869]]);
    inv.log.settings.receivables.basis = "发票";
    const domain = computeReceivables(inv.log, utcDate(2026, 11, 23)).accounts[0];
    // 1,000 of 09-30's invoice due 10-30 (24 days overdue), 500 of 11-03's not due
    expect(agingMatrix([["K1"]], tables[0], tables[1], undefined, undefined, today, tables[2])).toEqual([domain.agingCents.map((c) => c / 100)]);
    expect(domain.agingCents).toEqual([50000, 100000, 0, 0, 0]);
  });
});
