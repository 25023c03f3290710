/**
 * The workbooks the browser tests run on, shared by the page's office stub (which writes them into
 * the fake) and the tests (which work out what the page must show). Pure: no DOM, no Node.
 */
import { utcDate, addDays } from "../../src/domain/time";

export type Records = Record<string, Record<string, unknown>[]>;
type Demo = (options: { customers: number; seed: number; today: Date }) => Records;

export const HUAXIN = { code: "KH9001", name: "北京华信科技有限公司", grade: "B", rep: "E001", area: "华北", contact: "王经理", phone: "010-88886666" };

export const DEMO_OPTIONS = { customers: 60, seed: 20260305 };

function day(today: Date): Date {
  return utcDate(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate());
}

/** A follow-up `daysAgo` days before today at 10:00. */
function followUp(customer: string, rep: string, today: Date, daysAgo: number, gradeAfter: string, n: number): Record<string, unknown> {
  return {
    id: `GJ-T${n}`,
    customer,
    rep,
    occurredAt: new Date(addDays(day(today), -daysAgo).getTime() + 10 * 3_600_000),
    source: "电话",
    description: `第 ${n} 次回访`,
    gradeAfter,
    status: "已完成",
  };
}

/** `customers` sizes the demo scenario (the page's ?customers=1200); the others have a fixed size. */
export function scenarioRecords(scenario: string, today: Date, demo: Demo, customers = DEMO_OPTIONS.customers): Records {
  if (scenario === "credit") {
    // the small workbook, where KH9003 owes 4,000 of its 5,000 credit limit
    const small = scenarioRecords("small", today, demo);
    small.customers = small.customers.map((c) => (c.code === "KH9003" ? { ...c, creditLimit: 5000 } : c));
    small.transactions = [{ id: "WL-T1", customer: "KH9003", rep: "E001", occurredAt: new Date(addDays(day(today), -5).getTime() + 10 * 3_600_000), description: "发货", txType: "发货", amount: 4000, status: "已完成" }];
    return small;
  }
  if (scenario === "demo") {
    const records = demo({ ...DEMO_OPTIONS, customers, today });
    records.customers = [...records.customers, { ...HUAXIN, rep: String(records.customers[0]?.rep ?? HUAXIN.rep) }];
    return records;
  }
  return {
    customers: [
      HUAXIN,
      { code: "KH9002", name: "上海华新贸易", grade: "A", rep: "E002", area: "华东" },
      { code: "KH9003", name: "重庆长江鑫源商贸", grade: "C", rep: "E001", area: "西南" },
    ],
    staff: [
      { id: "E001", name: "李娜", department: "客服部" },
      { id: "E002", name: "张伟", department: "客服部" },
      { id: "E003", name: "王强", department: "客服部", active: false },
    ],
    followUps: [followUp("KH9001", "E001", today, 20, "B", 1), followUp("KH9002", "E002", today, 3, "A", 2), followUp("KH9003", "E001", today, 2, "C", 3)],
  };
}
