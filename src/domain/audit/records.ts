import { day, type AuditContext } from "./context";
import { isClosed } from "../event-closing";
import { isContact } from "../customer-status";
import { eventsOf } from "./feedback";
import { EVENT_SHEET_KEYS } from "../log";
import { missingClosing } from "../event-closing";

/** Rule 4, records: an event marked done or closed with no 处理结果 or no 总结 (domain/event-closing.ts). */
export function auditRecords(ctx: AuditContext): void {
  for (const sheet of EVENT_SHEET_KEYS) {
    for (const { row, record: e } of eventsOf(ctx, sheet)) {
      if (!isClosed(e.status) || !isContact(e)) continue;
      const missing = missingClosing(e);
      if (missing.length === 0) continue;
      const noResolution = missing.includes("resolution");
      const noSummary = missing.includes("summary");
      const zh = noResolution && noSummary ? "处理结果和总结" : noResolution ? "处理结果" : "总结";
      const en = noResolution && noSummary ? "no resolution and no summary" : noResolution ? "no resolution" : "no summary";
      ctx.add({
        rule: "records.incomplete",
        severity: "低",
        customer: e.customer,
        rep: e.rep,
        at: e.occurredAt,
        ref: { sheet, column: noResolution ? "resolution" : "summary", row },
        message: {
          zh: `${day(e.occurredAt)}的事件已标记“${e.status}”，但没有填写${zh}。`,
          en: `The event of ${day(e.occurredAt)} is marked ${e.status === "已关闭" ? "closed" : "done"} but has ${en}.`,
        },
      });
    }
  }
}
