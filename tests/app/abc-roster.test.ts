import { abcTreatment, computeAbc } from "../../src/app/abc";
import { abcReportSheet } from "../../src/app/abc-report";
import type { Log } from "../../src/domain/log";
import { dayRange } from "../../src/domain/periods";
import { serialFromDate, utcDate } from "../../src/domain/time";
import { LogBuilder } from "../fixtures/audit/builder";

const TODAY = utcDate(2026, 11, 23);
const serial = (y: number, m: number, d: number) => serialFromDate(utcDate(y, m, d));

describe("the ABC分析 sheet's 客户名册", () => {
  const b = new LogBuilder();
  b.staff("S1", "张敏", { manager: "M1" });
  b.staff("M1", "周经理", { role: "经理" });
  for (const [code, amount] of [["K1", 700], ["K2", 200], ["K3", 60], ["K4", 40]] as const) {
    b.customer({ code, name: `客户${code}`, grade: "B", rep: "S1", createdAt: utcDate(2025, 1, 1) });
    b.order(code, "S1", utcDate(2026, 2, 10), amount);
  }
  b.followUp("K1", "S1", utcDate(2026, 9, 1), { source: "拜访", gradeAfter: "B" }); // the rep's own visit: not a manager's
  b.followUp("K1", "M1", utcDate(2026, 4, 2), { source: "拜访", gradeAfter: "B" });
  b.followUp("K2", "S1", utcDate(2026, 3, 5), { source: "来访", gradeAfter: "B" });
  b.followUp("K2", "S1", utcDate(2026, 8, 9), { source: "邮件", gradeAfter: "B" });
  const log = b.log as unknown as Log;
  const result = computeAbc(log, dayRange(utcDate(2026, 1, 1), utcDate(2026, 3, 31)));
  const sheet = abcReportSheet(result, TODAY, "A", abcTreatment(log, result, TODAY));
  const [a, bee, c] = sheet.blocks.slice(2);

  it("lists each class's customers under what the class is owed, by sales", () => {
    expect([a, bee, c].map((r) => r.title)).toEqual([
      "A 类客户名册（1 位）：每 6 个月一次主管拜访；需求优先满足，专人负责",
      "B 类客户名册（2 位）：每 12 个月一次拜访；每 6 个月一次信函或问卷",
      "C 类客户名册（1 位）：履行合同，无法满足时说明并提供替代方案",
    ]);
    expect([a, bee, c].map((r) => r.rows.map((row) => row[0]))).toEqual([["K1"], ["K2", "K3"], ["K4"]]);
  });

  it("shows the last contact that did each duty and when the next is due, as dates", () => {
    expect(a.headers).toEqual(["客户编码", "客户名称", "负责客服", "销售额", "最近主管拜访", "主管拜访到期"]);
    expect(a.rows[0].slice(4)).toEqual([serial(2026, 4, 2), serial(2026, 10, 2)]);
    expect(a.numberFormats?.slice(4)).toEqual(["yyyy-mm-dd", "yyyy-mm-dd"]);
    // K2 visited in March and written to in August; K3 (on the books since 2025-01-01) has done
    // neither, so both count from the first day of the period its class was judged on (2026-01-01)
    expect(bee.rows.map((r) => r.slice(4))).toEqual([
      [serial(2026, 3, 5), serial(2027, 3, 5), serial(2026, 8, 9), serial(2027, 2, 9)],
      [null, serial(2027, 1, 1), null, serial(2026, 7, 1)],
    ]);
    expect(c.headers).toHaveLength(4);
  });

  it("keeps the one link per customer in the 客户 block: the roster's codes are plain text", () => {
    const links = sheet.blocks.flatMap((blk) => blk.rows.flat()).filter((v) => typeof v === "object" && v !== null);
    expect(links).toHaveLength(4);
  });
});
