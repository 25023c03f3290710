/** Aging of open amounts by days overdue: 未到期, 1–30, 31–60, 61–90, over 90 days. */
export const AGING_BUCKETS = [
  { zh: "未到期", en: "Not due", upTo: 0 },
  { zh: "1–30天", en: "1–30 days", upTo: 30 },
  { zh: "31–60天", en: "31–60 days", upTo: 60 },
  { zh: "61–90天", en: "61–90 days", upTo: 90 },
  { zh: "90天以上", en: "Over 90 days", upTo: Infinity },
] as const;

export const BUCKET_COUNT = AGING_BUCKETS.length;

/** Index into AGING_BUCKETS for an amount `daysOverdue` days past its due day (0 or less: not due). */
export function agingBucket(daysOverdue: number): number {
  if (daysOverdue <= 0) return 0;
  if (daysOverdue <= 30) return 1;
  if (daysOverdue <= 60) return 2;
  if (daysOverdue <= 90) return 3;
  return 4;
}

