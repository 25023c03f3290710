import { gradeHintText } from "../../src/taskpane/panels/register";
import type { PaneContext } from "../../src/taskpane/context";
import { translator } from "../../src/i18n/taskpane-strings";
import { buildAuditFixture } from "../fixtures/audit/fixture";

/** The 跟进 form's line beside 跟进后等级: the grade the log implies, in the pane's language. */
describe("the 跟进 form's suggested grade", () => {
  const { log, today } = buildAuditFixture();
  const hint = (lang: "zh" | "en", code: string) => gradeHintText({ host: { now: () => today }, lang, t: translator(lang) } as unknown as PaneContext, log, code);

  it("names the current grade, the one the log implies and why, in Chinese and in English", () => {
    expect(hint("zh", "P23")).toMatch(/^日志显示应为 B 级（当前 C 级）：近3个月（2026-08 至 2026-10）每月都有订单，等级应不低于B/);
    expect(hint("en", "P23")).toMatch(/^The log suggests grade B \(now C\): orders came in each of the last 3 months .*should be B or better/);
    expect(hint("zh", "P24")).toMatch(/^日志显示应为 C 级（当前 D 级）：.*属A类客户，不应评为D/);
    expect(hint("en", "P24")).toMatch(/^The log suggests grade C \(now D\): .*ABC class A/);
    expect(hint("en", "P24")).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("says nothing where the grade fits or the customer is unknown", () => {
    for (const lang of ["zh", "en"] as const) expect([hint(lang, "C01"), hint(lang, "NOPE")]).toEqual(["", ""]);
  });
});
