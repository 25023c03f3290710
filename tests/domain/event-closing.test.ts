import { CLOSING_FIELDS, fillClosingFromResult, missingClosing } from "../../src/domain/event-closing";
import { followUpsSheet } from "../../src/workbook";

describe("what a finished event must say (domain/event-closing.ts)", () => {
  it("names the blank closing fields, whitespace counting as blank", () => {
    expect(missingClosing({})).toEqual(["resolution", "summary"]);
    expect(missingClosing({ resolution: "已发货", summary: "  " })).toEqual(["summary"]);
    expect(missingClosing({ resolution: "已发货", summary: "按计划" })).toEqual([]);
  });

  it("fills a follow-up's blank closing fields from its one result, keeping what was typed", () => {
    expect(fillClosingFromResult({ result: "下周下单" })).toEqual({ result: "下周下单", resolution: "下周下单", summary: "下周下单" });
    expect(fillClosingFromResult({ result: "下周下单", summary: "老客户" })).toEqual({ result: "下周下单", resolution: "下周下单", summary: "老客户" });
    expect(fillClosingFromResult({ result: " ", status: "处理中" })).toEqual({ result: " ", status: "处理中" });
  });

  it("is what the follow-up form leaves out: it shows 跟进结果 alone", () => {
    expect(followUpsSheet.form?.hidden).toEqual(CLOSING_FIELDS);
    expect(followUpsSheet.columns.map((c) => c.key)).toEqual(expect.arrayContaining(["result", ...CLOSING_FIELDS]));
  });
});
