import type { DemoContext } from "./context";

export interface Fault {
  sheetKey: string;
  index: number;
  columnKey: string;
  raw: string | number;
}

type Rec = Record<string, unknown>;

interface FaultKind {
  sheetKey: string;
  columnKey: string;
  /** What a person typed instead of a valid value. */
  raw: (record: Rec, index: number, records: readonly Rec[]) => string | number;
  eligible?: (record: Rec, index: number, env: FaultEnv) => boolean;
}

/** What a fault's eligibility may look at besides the row. */
interface FaultEnv {
  today: Date;
  /** Customers with a 信用额度: a payment lost to a fault would change their credit checks. */
  limited: ReadonlySet<string>;
}

const DAY = 86_400_000;

const year = (r: Rec) => (r.occurredAt as Date).getUTCFullYear();

/** Typing slips the checker must find, one of each kind per 300 customers; each breaks exactly one cell. */
const KINDS: readonly FaultKind[] = [
  // typed where no 结账日 was needed: on a 月结 customer it would move the due days the demo paid by
  { sheetKey: "customers", columnKey: "billingDay", raw: () => "32", eligible: (r) => r.billingDay === undefined },
  { sheetKey: "customers", columnKey: "tradingSince", raw: () => "2019年13月1日" },
  { sheetKey: "customers", columnKey: "creditLimit", raw: () => "五十万" },
  { sheetKey: "customers", columnKey: "bearing", raw: () => "东偏南" },
  { sheetKey: "transactions", columnKey: "amount", raw: () => "1,2OO", eligible: (r) => r.txType === "发货" },
  { sheetKey: "transactions", columnKey: "quantity", raw: () => "十箱", eligible: (r) => r.txType === "订单" },
  // a recent payment of a customer without a credit limit: the bill it paid is then open, but not overdue past 30 days
  {
    sheetKey: "transactions",
    columnKey: "occurredAt",
    raw: (r) => `${year(r)}-02-30`,
    eligible: (r, _i, env) => r.txType === "回款" && !env.limited.has(r.customer as string) && env.today.getTime() - (r.occurredAt as Date).getTime() < 10 * DAY,
  },
  { sheetKey: "transactions", columnKey: "id", raw: (_r, i, all) => all[i - 1].id as string, eligible: (r, i) => i > 0 && r.txType === "回款" },
  { sheetKey: "samples", columnKey: "quantity", raw: () => -5 },
  { sheetKey: "samples", columnKey: "value", raw: () => -120 },
  { sheetKey: "invoices", columnKey: "delivery", raw: () => "已邮寄", eligible: (r) => r.delivery === "已签收" },
  { sheetKey: "returns", columnKey: "mode", raw: () => "退款" },
  // not yet approved: a remedy lost to the fault under an approval would read as steps out of order
  { sheetKey: "complaints", columnKey: "remedy", raw: () => "退钱", eligible: (r) => r.status === "处理中" && r.remedy !== undefined && r.approver === undefined && r.approvedAt === undefined },
  { sheetKey: "complaints", columnKey: "satisfaction", raw: () => "还行", eligible: (r) => r.satisfaction !== undefined },
  { sheetKey: "marketSupport", columnKey: "cost", raw: () => "约3000元" },
  { sheetKey: "followUps", columnKey: "satisfaction", raw: () => "很好", eligible: (r) => r.satisfaction !== undefined },
  { sheetKey: "followUps", columnKey: "promiseKept", raw: () => "待定", eligible: (r) => r.promise !== undefined && r.promiseKept === undefined },
  { sheetKey: "staff", columnKey: "joinedOn", raw: () => "去年" },
];

/**
 * Picks the cells to overwrite with faulty input, away from the rows that carry a planted story
 * (so each finding has one cause) and one per row at most.
 */
export function chooseFaults(ctx: DemoContext, records: { [sheetKey: string]: Rec[] }): Fault[] {
  const faults: Fault[] = [];
  const used = new Set<string>();
  const count = ctx.scaled(1);
  const env: FaultEnv = { today: ctx.today, limited: new Set((records.customers ?? []).filter((c) => c.creditLimit !== undefined).map((c) => c.code as string)) };
  for (const kind of KINDS) {
    const rows = records[kind.sheetKey] ?? [];
    const pool: number[] = [];
    rows.forEach((r, i) => {
      if (kind.eligible && !kind.eligible(r, i, env)) return;
      if (ctx.plantedRecords.has(r)) return;
      if (typeof r.customer === "string" && ctx.plantedCustomers.has(r.customer)) return;
      if (typeof r.code === "string" && ctx.plantedCustomers.has(r.code)) return;
      pool.push(i);
    });
    for (const index of ctx.rng.sample(pool, count)) {
      if (used.has(`${kind.sheetKey} ${index}`)) continue;
      if (kind.columnKey === "id") {
        // a copied id must stay the only copy: its source row takes no other fault after it
        if (used.has(`${kind.sheetKey} ${index - 1}`)) continue;
        used.add(`${kind.sheetKey} ${index - 1}`);
      }
      used.add(`${kind.sheetKey} ${index}`);
      faults.push({ sheetKey: kind.sheetKey, index, columnKey: kind.columnKey, raw: kind.raw(rows[index], index, rows) });
      ctx.plant("faults", `${kind.sheetKey}[${index}].${kind.columnKey}`);
    }
  }
  return faults;
}
