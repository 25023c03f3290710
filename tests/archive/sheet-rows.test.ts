import fc from "fast-check";
import { digestOf, sheetRows } from "../../src/archive/sheet-rows";
import { customersSheet, settingsSheet, staffSheet, transactionsSheet } from "../../src/workbook";
import type { Cell } from "../../src/workbook/cell";

/**
 * Tables with what a hand-edited workbook can hold: texts JSON must escape (quotes, backslashes,
 * control characters, lone surrogates, U+2028), numbers past 15 digits and at the ends of the range,
 * -0, booleans, repeated and missing ids, blank rows, added columns (two with one header, one without).
 */
const transactions: { headers: Cell[]; rows: Cell[][] } = {
  headers: ["事件编号", "客户编码", "客服工号", "发生时间", "往来类型", "金额", "总结", "批注", "", "批注", "Amount?", "数量"],
  rows: [
    ["SJ-1", "C001", "E01", 46000.5, "销售", 1234.5, '引号"反斜杠\\换行\n制表\t', "a", "x", "b", true, 3],
    ["SJ-1", " C002 ", " E02 ", 46000.12345678901, "回款", -0, "控制\u0001字符\u001f", null, "", "", false, 1e21],
    ["", "C003", "E01", "2026-11-01", 5, "100", "孤立代理\ud800尾\udc00", "", null, "c", null, 0.1 + 0.2],
    [null, null, null, null, null, null, null, null, null, null, null, null],
    ["", "", "", "", "", "", "", "", "", "", "", ""],
    ["SJ-2", "C001", null, 45999, "销售", 7, "emoji 😀 </script> \u2028\u2029", "", "", "", "", -12.75],
    ["SJ-1", "C001", "E01", 46000.5, "销售", 1234.5, "重复编号", "", "", "", "", ""],
    [12345, "C004", "E03", 1.7976931348623157e308, true, 5e-324, "数字编号", "", "", "", "", 123456789.12345679],
  ],
};

describe("sheetRows", () => {
  test("keys and hashes are the ones archives were first written with (a changed hash would make every archived row an edit)", () => {
    const { rows, added } = sheetRows(transactionsSheet, transactions.headers, transactions.rows);
    expect(added).toEqual(["批注", "批注", "Amount?"]);
    expect(rows.map((r) => [r.key, r.position, r.hash])).toEqual([
      ["SJ-1", 0, "O5W7YtzZEXDrpBiM5FpQSVXdRHY"],
      ["SJ-1#2", 1, "nGI+pPuudz5RV/rKxKD3H9OVPmk"],
      ["#1129wNMKiBatOmUXcUp3q+zQsgk", 2, "1129wNMKiBatOmUXcUp3q+zQsgk"],
      ["SJ-2", 3, "pjehfz2T9A8daImspXBRvebHTco"],
      ["SJ-1#3", 4, "s/TdWBV7JKo40jGtDlSsv++PvcM"],
      ["12345", 5, "Jcqs8reH537CxbTgpnxnP94nv+g"],
    ]);
    expect(rows.map((r) => [r.rep ?? null, r.customer ?? null, r.kind ?? null, r.occurred ?? null, r.amount ?? null])).toEqual([
      ["E01", "C001", "销售", 46000.5, 1234.5],
      ["E02", "C002", "回款", 46000.123456789, -0],
      ["E01", "C003", null, null, null],
      [null, "C001", "销售", 45999, 7],
      ["E01", "C001", "销售", 46000.5, 1234.5],
      ["E03", "C004", null, 1.7976931348623157e308, 5e-324],
    ]);
    const settings = sheetRows(settingsSheet, ["类别", "项目", "值", "说明"], [
      ["审计", "样品重复发放天数", 30, ""],
      ["审计", "样品重复发放天数", 31, "重复"],
      ["", "", "孤值", ""],
      ["", "发票签收天数", "三十", null],
    ]);
    expect(settings.rows.map((r) => [r.key, r.hash])).toEqual([
      ["审计/样品重复发放天数", "hlTfQq41XoprLrShTWHqtVPLuC4"],
      ["审计/样品重复发放天数#2", "KuN0rO8CsOwHYxebO4N5vBgz4fg"],
      ["#f6+LIxZbf6o3URWI422jjoefWjs", "f6+LIxZbf6o3URWI422jjoefWjs"],
      ["/发票签收天数", "lh+R8jFXtLfsRD3Aqz/SzkmLJUg"],
    ]);
    const staff = sheetRows(staffSheet, ["工号", "姓名", "部门", "在职"], [["E01", "张三", "销售一部", true], [" E02", "李四", null, false]]);
    expect(staff.rows.map((r) => [r.key, r.rep, r.hash])).toEqual([["E01", "E01", "I+W2MmDSAy3ZOAH5+yBI7YJVX0Q"], ["E02", "E02", "TaG5EorXTDg3H1nhqasq9u5nMYA"]]);
    const customers = sheetRows(customersSheet, ["客户编码", "客户名称", "负责客服", "备注"], [["C001", "甲公司", "E01", '{"json":1}'], ["C002", "乙公司", "E02", ""], ["C001", "甲公司重复", "E01", null]]);
    expect(customers.rows.map((r) => [r.key, r.customer, r.rep, r.hash])).toEqual([
      ["C001", "C001", "E01", "ZjWxVYF0Yr3xjPoCJc3nJmB0ajE"],
      ["C002", "C002", "E02", "dvreq311g6/kazvW88q3WYqD9v0"],
      ["C001#2", "C001", "E01", "L/3RAgX37CISxxWk20hqL2KWxxg"],
    ]);
  });

  test("a row's cells are the object its hash is the JSON of: spec columns in order, added ones by header, the last of a repeated header", () => {
    const { rows } = sheetRows(transactionsSheet, transactions.headers, transactions.rows);
    for (const r of rows) {
      expect(JSON.stringify(r.cells)).toBe(r.json);
      expect(digestOf(JSON.stringify(r.cells))).toBe(r.hash);
    }
    expect(Object.keys(rows[0].cells)).toEqual(["id", "customer", "rep", "occurredAt", "txType", "quantity", "amount", "summary", "+Amount?", "+批注"]);
    expect(rows[0].cells["+批注"]).toBe("b");
    expect(rows[2].cells["+批注"]).toBe("c");
    expect(rows[2].cells.summary).toBe("孤立代理\ud800尾\udc00");
    expect(rows[1].cells.occurredAt).toBe(46000.123456789);
  });

  test("every number is kept to Excel's 15 significant digits, whatever its text (short ones are not rounded again)", () => {
    const fifteen = (x: number) => (Number.isInteger(x) || !Number.isFinite(x) ? x : Number(x.toPrecision(15)));
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.double({ min: 40000, max: 50000 }), fc.integer().map((i) => i / 1000)), (x) => {
        const [row] = sheetRows(transactionsSheet, ["事件编号", "金额"], [["SJ-1", x]]).rows;
        expect(row.json).toBe(JSON.stringify({ id: "SJ-1", amount: fifteen(x) }));
        if (Number.isFinite(x)) expect(row.amount).toBe(fifteen(x));
      }),
      { numRuns: 2000 },
    );
  });
});
