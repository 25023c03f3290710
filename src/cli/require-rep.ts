import type { TableData } from "../io/port";
import { knownRepId } from "../domain/staff-roster";
import type { Lang } from "../i18n/lang";
import { customersSheet, staffSheet } from "../workbook";
import type { Cell } from "../workbook/cell";
import { locateColumns } from "../workbook/headers";
import { CliError, EXIT, type CliContext } from "./command";

/** A 工号 given on the command line, with the option that gave it (for the message). */
export interface GivenRep {
  option: string;
  id: string;
}

/** The 工号 the named options were given (blank ones left out: each command says what a blank means). */
export function repsGiven(flags: CliContext["flags"], ...options: string[]): GivenRep[] {
  return options.flatMap((option) => {
    const value = flags[option];
    return typeof value === "string" && value.trim() !== "" ? [{ option: `--${option}`, id: value.trim() }] : [];
  });
}

/** One column's text cells of a table (by spec header, Chinese or English). */
function columnText(table: TableData | undefined, spec: typeof staffSheet | typeof customersSheet, key: string): string[] {
  if (!table) return [];
  const column = spec.columns.filter((c) => c.key === key);
  const at = locateColumns(column, table.headers)[0];
  if (at < 0) return [];
  return table.rows.map((r: Cell[]) => r[at]).filter((c) => c !== null && c !== undefined && c !== "").map((c) => String(c));
}

/**
 * Refuses a 工号 nobody in the log has (domain/staff-roster.ts knownRepId): a usage error, one line
 * naming the option, instead of a report of zeros for a slip of the keyboard. `tables` holds 员工;
 * 客户档案 is read (`readCustomers`, unless `tables` has it) only for an ID 员工 does not list.
 */
export async function refuseUnknownReps(tables: Record<string, TableData | undefined>, reps: readonly GivenRep[], lang: Lang, readCustomers: () => Promise<TableData | undefined>): Promise<void> {
  if (reps.length === 0) return;
  const staff = columnText(tables[staffSheet.name], staffSheet, "id").map((id) => ({ id }));
  let customerReps: string[] | undefined;
  for (const { option, id } of reps) {
    if (knownRepId(id, staff, []) !== undefined) continue;
    customerReps ??= columnText(customersSheet.name in tables ? tables[customersSheet.name] : await readCustomers(), customersSheet, "rep");
    if (knownRepId(id, [], customerReps) !== undefined) continue;
    throw new CliError(
      lang === "en"
        ? staff.length > 0
          ? `${option}: no staff member has the ID "${id}" and no customer has it as their rep (IDs match ignoring case)`
          : `${option}: no customer in the customer archive has "${id}" as their rep, and the Staff sheet is empty (IDs match ignoring case)`
        : staff.length > 0
          ? `${option}：员工表中没有工号“${id}”，客户档案中也没有他负责的客户（工号不分大小写）`
          : `${option}：客户档案中没有负责客服为“${id}”的客户，员工表也是空的（工号不分大小写）`,
      EXIT.usage,
    );
  }
}
