/**
 * Customers whose 负责客服 has left or is not in 员工, as `check` lists them: one warning per rep,
 * naming that rep's customers and their 负责客服 cells (domain/staff-roster.ts decides; the audit
 * makes one finding per customer of the same list). A warning, not a fault of the workbook.
 */
import { customersWithoutActiveRep, staffKey, type RepGone } from "../domain/staff-roster";
import type { Lang } from "../i18n/lang";
import { locateCell } from "./cell-link";
import type { LogRead } from "./read-log";

export interface RepWarning {
  rep: string;
  standing: RepGone["standing"];
  customers: string[];
  /** 客户档案!D5, one per customer. */
  cells: string[];
  message: string;
}

const SHOWN = 10;

export function repWarnings(log: Pick<LogRead, "customers" | "staff" | "letters">, today: Date, lang: Lang = "zh"): RepWarning[] {
  const groups = new Map<string, RepGone[]>();
  for (const g of customersWithoutActiveRep(log.customers, log.staff, today)) {
    const key = staffKey(g.rep);
    const list = groups.get(key);
    if (list) list.push(g);
    else groups.set(key, [g]);
  }
  return [...groups.values()].map((list) => {
    const { rep, standing, name } = list[0];
    const cells = list.map((g) => {
      const at = locateCell({ sheet: "customers", column: "rep", row: g.customer.row }, log.letters);
      return `${at.sheet}!${at.cell}`;
    });
    const customers = list.map((g) => g.customer.record.code);
    const shown = customers.slice(0, SHOWN).join(lang === "en" ? ", " : "、") + (customers.length > SHOWN ? (lang === "en" ? ", …" : "等") : "");
    const n = customers.length;
    const message =
      lang === "en"
        ? `${standing === "inactive" ? `${name ? `${name} (${rep})` : rep} no longer works here` : `"${rep}" is not on the Staff sheet`} but is the rep of ${n} ${n === 1 ? "customer" : "customers"} (${shown}, from ${cells[0]}); hand them over with kehu handover --rep ${rep} --to <ID>`
        : `${standing === "inactive" ? `${name ? `${name}（${rep}）` : rep}已不在职` : `员工表中没有工号“${rep}”`}，仍是 ${n} 位客户的负责客服（${shown}，见 ${cells[0]}）；请用 kehu handover --rep ${rep} --to 工号 交接`;
    return { rep, standing, customers, cells, message };
  });
}
