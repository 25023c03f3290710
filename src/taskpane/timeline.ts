import type { TimelineEntry, TimelineEvent } from "../domain/customer-timeline";

export interface TimelineFilter {
  kind?: string;
  /** Whole days, inclusive, in floating UTC. */
  from?: Date;
  to?: Date;
  keyword?: string;
}

function textOf(record: TimelineEvent): string {
  return Object.values(record)
    .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "string" || typeof v === "number" ? String(v) : ""))
    .join("\n")
    .toLowerCase();
}

export function filterTimeline(entries: readonly TimelineEntry[], filter: TimelineFilter): TimelineEntry[] {
  const keyword = filter.keyword?.trim().toLowerCase();
  const from = filter.from?.getTime();
  const to = filter.to === undefined ? undefined : filter.to.getTime() + 86_400_000;
  return entries.filter((e) => {
    if (filter.kind && e.sheetKey !== filter.kind) return false;
    const t = e.record.occurredAt.getTime();
    if (from !== undefined && t < from) return false;
    if (to !== undefined && t >= to) return false;
    return !keyword || textOf(e.record).includes(keyword);
  });
}
