import { agingMatrix, balanceMatrix } from "../../src/functions/receivables";
import { FunctionInputError } from "../../src/functions/matrix";
import { computeReceivables } from "../../src/domain/receivables";
import { dayNumber } from "../../src/domain/cadence";
import { isoDate, utcDate } from "../../src/domain/time";
import { customersSheet, invoicesSheet, returnsSheet, settingsSheet, transactionsSheet, type SheetSpec } from "../../src/workbook";
import { defaultSettingRows } from "../../src/workbook/settings-rows";
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

describe("KH.BALANCE and KH.AGING given the 设置 table: the same figures as the domain under its rules", () => {
  /** 设置 as a new workbook has it, with some receivables items changed (items by their Chinese label). */
  const settingsTable = (changed: Record<string, string | number>) =>
    table(settingsSheet, defaultSettingRows().map((r) => ({ record: r.category === "应收账款" && r.item in changed ? { ...r, value: changed[r.item] } : r })));
  const term = new LogBuilder();
  term.customer({ code: "T1", name: "无条件", grade: "B", rep: "S1" });
  term.customer({ code: "T2", name: "看不懂", grade: "B", rep: "S1", paymentTerms: "看情况再说" });
  term.customer({ code: "T3", name: "月结", grade: "B", rep: "S1", paymentTerms: "月结30天" });
  for (const code of ["T1", "T2", "T3"]) {
    term.shipment(code, "S1", d(9, 20), 600);
    term.shipment(code, "S1", d(11, 5), 300);
  }
  term.payment("T1", "S1", d(10, 1), 100);
  const tables = { customers: table(customersSheet, term.log.customers), transactions: table(transactionsSheet, term.log.transactions) };
  const codes = [["T1"], ["T2"], ["T3"]];
  const domainAging = (defaultTermDays: number, asOf: Date) => {
    const log = { ...term.log, settings: { ...term.log.settings, receivables: { ...term.log.settings.receivables, defaultTermDays } } };
    return computeReceivables(log, asOf).accounts.map((a) => a.agingCents.map((c) => c / 100));
  };

  it.each([
    [10, utcDate(2026, 10, 1)],
    [10, utcDate(2026, 11, 23)],
    [75, utcDate(2026, 11, 23)],
    [0, utcDate(2026, 11, 5)],
    [30, utcDate(2026, 12, 31)],
  ])("默认账期 %i days, as of %p: KH.AGING is the domain's aging for customers without (readable) 付款条件 and with them", (days, asOf) => {
    const out = agingMatrix(codes, tables.customers, tables.transactions, undefined, [[isoDate(asOf)]], today, undefined, settingsTable({ "默认账期(天)": days }));
    expect(out).toEqual(domainAging(days, asOf));
  });

  it("without 设置 it keeps the default 30 days, so a workbook with another 默认账期 needs the argument", () => {
    const asOf = utcDate(2026, 11, 23);
    expect(agingMatrix(codes, tables.customers, tables.transactions, undefined, [[isoDate(asOf)]], today)).toEqual(domainAging(30, asOf));
    expect(domainAging(10, asOf)).not.toEqual(domainAging(30, asOf));
  });

  it("follows 设置's 应收确认, and refuses a 发票 table that contradicts it", () => {
    const inv = new LogBuilder();
    inv.customer({ code: "K1", name: "甲", grade: "B", rep: "S1" });
    inv.shipment("K1", "S1", d(9, 1), 999);
    inv.invoice("K1", "S1", d(9, 3), { invoiceDate: utcDate(2026, 9, 30), amount: 1130 });
    inv.payment("K1", "S1", d(10, 10), 130);
    const [tx, invoices] = [table(transactionsSheet, inv.log.transactions), table(invoicesSheet, inv.log.invoices)];
    const byInvoice = settingsTable({ 应收确认: "发票", "默认账期(天)": 20 });
    inv.log.settings.receivables = { ...inv.log.settings.receivables, basis: "发票", defaultTermDays: 20 };
    const domain = computeReceivables(inv.log, utcDate(2026, 11, 23)).accounts[0];
    expect(balanceMatrix([["K1"]], tx, undefined, undefined, today, invoices, byInvoice)).toEqual([[domain.balanceCents / 100]]);
    expect(agingMatrix([["K1"]], table(customersSheet, inv.log.customers), tx, undefined, undefined, today, invoices, byInvoice)).toEqual([domain.agingCents.map((c) => c / 100)]);
    expect(balanceMatrix([["K1"]], tx, undefined, undefined, today, undefined, settingsTable({}))).toEqual([[869]]);
    expect(() => balanceMatrix([["K1"]], tx, undefined, undefined, today, undefined, byInvoice)).toThrow("设置的应收确认为“发票”：请同时给出发票表");
    expect(() => balanceMatrix([["K1"]], tx, undefined, undefined, today, invoices, settingsTable({}))).toThrow("给出了发票表，但设置的应收确认为“发货”");
    expect(() => balanceMatrix([["K1"]], tx, undefined, undefined, today, undefined, settingsTable({}).slice(1))).toThrow("设置表");
  });
});
