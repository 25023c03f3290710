import { SALES_TX_TYPE } from "../domain/vocabulary";
import { PAYMENT_TX_TYPE } from "../domain/receivables/ledger";
import { serialFromDate, utcDate } from "../domain/time";
import { complaintsSheet, followUpsSheet, transactionsSheet } from "../workbook";
import type { SqlSession } from "./driver";

/** One rep's month: what a manager reads first. */
export interface MonthFigures {
  rep: string;
  /** 往来帐 订单 amounts. */
  orders: number;
  /** 往来帐 回款 amounts. */
  payments: number;
  followUps: number;
  complaints: number;
}

/**
 * Per rep, the month's orders and payments (往来帐 by 往来类型), follow-ups and complaints (by 发生时间),
 * over the archive's current rows, in one SQL aggregate. `reps` limits it to a scope.
 */
export async function monthReport(db: SqlSession, year: number, month: number, reps?: ReadonlySet<string>): Promise<MonthFigures[]> {
  const from = serialFromDate(utcDate(year, month, 1));
  const to = serialFromDate(utcDate(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1));
  const rows = await db.query<{ rep: string; orders: number | null; payments: number | null; follow_ups: number; complaints: number }>(
    `SELECT rep,
            sum(amount) FILTER (WHERE sheet = $3 AND kind = $4) AS orders,
            sum(amount) FILTER (WHERE sheet = $3 AND kind = $5) AS payments,
            (count(*) FILTER (WHERE sheet = $6))::int AS follow_ups,
            (count(*) FILTER (WHERE sheet = $7))::int AS complaints
     FROM kh_row
     WHERE valid_to IS NULL AND occurred >= $1 AND occurred < $2 AND rep IS NOT NULL AND sheet IN ($3, $6, $7)
       ${reps ? "AND rep = ANY($8::text[])" : ""}
     GROUP BY rep ORDER BY rep`,
    [from, to, transactionsSheet.key, SALES_TX_TYPE, PAYMENT_TX_TYPE, followUpsSheet.key, complaintsSheet.key, ...(reps ? [[...reps]] : [])],
  );
  return rows.map((r) => ({ rep: r.rep, orders: Number(r.orders ?? 0), payments: Number(r.payments ?? 0), followUps: r.follow_ups, complaints: r.complaints }));
}
