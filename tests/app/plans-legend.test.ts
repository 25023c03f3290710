import { planLegend, plansReport } from "../../src/app/plans";
import { METHOD_SOURCES, PLAN_MEASURES } from "../../src/domain/plans/measures";
import { utcDate } from "../../src/domain/time";
import { PLAN_METHODS, PLAN_TYPES, PLAN_TYPES_EN } from "../../src/domain/vocabulary";
import { SPEC_BY_KEY } from "../../src/workbook";

/**
 * What each plan type counts is declared once (domain/plans/measures.ts); the legend that kehu plans
 * prints and the 方案跟踪 sheet carries is read from that declaration: every sheet and value a type
 * counts is named on its line, in Chinese and in English, and nothing else is.
 */
describe("the 方案跟踪 legend", () => {
  test("names, for each plan type, every sheet and value its reach and its cost are counted from", () => {
    const zh = planLegend("zh");
    const en = planLegend("en");
    expect(zh.map((l) => l.type)).toEqual([...PLAN_TYPES, "访问方式"]);
    expect(en.map((l) => l.type)).toEqual([...PLAN_TYPES_EN, "Visit method"]);
    PLAN_TYPES.forEach((type, i) => {
      for (const part of ["reach", "cost"] as const) {
        const selectors = PLAN_MEASURES[type][part];
        const [zhText, enText] = [zh[i][part], en[i][part]];
        if (selectors.length === 0) expect([type, part, zhText, enText]).toEqual([type, part, "无", "none"]);
        // one clause per selector, in the declaration's order, each naming its sheet and its values
        expect([type, part, zhText.split("；").length]).toEqual([type, part, Math.max(1, selectors.length)]);
        selectors.forEach((s, k) => {
          const clause = zhText.split("；")[k];
          expect(clause.startsWith(SPEC_BY_KEY[s.sheet].name)).toBe(true);
          for (const v of s.values ?? []) expect(clause).toContain(v);
          expect(enText.split("; ")[k].startsWith(SPEC_BY_KEY[s.sheet].nameEn)).toBe(true);
        });
      }
    });
    expect(zh[PLAN_TYPES.indexOf("服务")]).toEqual({ type: "服务", reach: "投诉；退换货；跟进记录（服务类型：售后、咨询、回访）", cost: "无" });
    expect(zh[PLAN_TYPES.indexOf("客户访问")].reach).toBe("跟进记录（不含交接）");
    // a visit plan's 方式 and the 信息来源 it takes
    for (const m of PLAN_METHODS) expect(zh[zh.length - 1].reach).toContain(`${m} = ${METHOD_SOURCES[m].join("、")}`);
  });

  test("the 方案跟踪 sheet carries the same legend after its plans", () => {
    const sheet = plansReport([], utcDate(2026, 11, 23));
    expect(sheet.blocks[1].title).toBe("计数口径");
    expect(sheet.blocks[1].rows).toEqual(planLegend("zh").map((l) => [l.type, l.reach, l.cost]));
    expect(plansReport([], utcDate(2026, 11, 23), "A", "en").blocks[1].rows).toEqual(planLegend("en").map((l) => [l.type, l.reach, l.cost]));
  });
});
