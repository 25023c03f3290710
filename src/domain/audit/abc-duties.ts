import { abcDuties, dutyStatuses, DUTY_NAMES, isAboveRep, type DutyStatus } from "../abc-duties";
import { day, type AuditContext } from "./context";

/** Since when the duty went undone, as the months were counted (domain/abc-duties.ts), and when it fell due. */
function missed(s: DutyStatus, lang: "zh" | "en"): string {
  const { months, kind } = s.duty;
  const { from, by } = s.counted!;
  const last = s.last && day(s.last.record.occurredAt);
  const [since, due] = [day(from), day(s.due!)];
  if (lang === "zh") {
    const what = {
      last: `上次${last}`,
      created: `${since}建档以来没有`,
      firstContact: `${since}首次跟进以来没有`,
      period: `${since}（ABC统计期起）以来没有${last ? `，上次${last}` : "，记录中也没有"}`,
    }[by];
    return `每${months}个月应有一次${DUTY_NAMES[kind].zh}，${what}，${due}起已逾期${s.daysLate}天`;
  }
  const what = {
    last: `the last on ${last}`,
    created: `none since the customer was created on ${since}`,
    firstContact: `none since the first contact on ${since}`,
    period: `none since ${since}, when the ABC period began (${last ? `the last on ${last}` : "none on record"})`,
  }[by];
  return `a ${DUTY_NAMES[kind].en} every ${months} months: ${what}, ${s.daysLate} days overdue since ${due}`;
}

/**
 * ABC treatment (domain/abc-duties.ts): a customer whose 客户档案 ABC类 is A or B and who is
 * overdue on what the class is owed. One finding per customer on its ABC类 cell, naming every duty
 * missed; high for an A customer. Customers without an ABC类 are not judged.
 */
export function auditAbcDuties(ctx: AuditContext): void {
  const duties = abcDuties(ctx.settings);
  if (duties.length === 0) return;
  const staff = ctx.log.staff.map((s) => s.record);
  const { period } = ctx.abcWindow();
  for (const c of ctx.customers.values()) {
    const abc = c.record.abc;
    if (abc !== "A" && abc !== "B") continue;
    const late = dutyStatuses(c.record, abc, ctx.followUps.get(c.record.code) ?? [], duties, (f) => isAboveRep(f.rep, c.record.rep, staff, f.occurredAt), ctx.today, period.from).filter((s) => s.daysLate > 0);
    if (late.length === 0) continue;
    ctx.add({
      rule: "abc.duty",
      severity: abc === "A" ? "高" : "中",
      customer: c.record.code,
      rep: c.record.rep,
      at: late.reduce((a, s) => (s.due! < a ? s.due! : a), late[0].due!),
      daysLate: Math.max(...late.map((s) => s.daysLate)),
      ref: { sheet: "customers", column: "abc", row: c.row },
      message: {
        zh: `${abc}类客户：${late.map((s) => missed(s, "zh")).join("；")}。`,
        en: `ABC class ${abc}: ${late.map((s) => missed(s, "en")).join("; ")}.`,
      },
    });
  }
}
