import { customersWithoutActiveRep } from "../staff-roster";
import type { AuditContext } from "./context";

/**
 * A customer whose 负责客服 has left (员工 在职 = 否) or is not in 员工: nobody is following it up
 * under that name. One finding per customer, on its 负责客服 cell, charged to that 工号 (so the
 * scorecard groups a leaver's customers together).
 */
export function auditReps(ctx: AuditContext): void {
  for (const gone of customersWithoutActiveRep([...ctx.customers.values()], ctx.log.staff, ctx.today)) {
    const { customer, rep, name } = gone;
    const who = name ? `${name}（${rep}）` : rep;
    ctx.add({
      rule: "records.repGone",
      severity: "中",
      customer: customer.record.code,
      rep,
      at: ctx.today,
      ref: { sheet: "customers", column: "rep", row: customer.row },
      message:
        gone.standing === "inactive"
          ? { zh: `负责客服${who}已不在职（见员工表的在职与离职日期），请把客户交接给在职客服。`, en: `The rep ${name ? `"${name}" (${rep})` : rep} no longer works here (see Staff: active, left on); hand the customer over to an active rep.` }
          : { zh: `负责客服“${rep}”不在员工表中，请核对工号或把客户交接给在职客服。`, en: `The rep "${rep}" is not on the Staff sheet; check the ID or hand the customer over to an active rep.` },
    });
  }
}
