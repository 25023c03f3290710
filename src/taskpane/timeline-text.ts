import { isoDateTime } from "../domain/time";
import type { Lang } from "../i18n/lang";
import { sheetByKey } from "../workbook";
import type { TimelineEntry } from "../domain/customer-timeline";

const money = (v: unknown) => (typeof v === "number" ? `¥${v.toLocaleString("zh-CN", { maximumFractionDigits: 2 })}` : "");
const join = (...parts: unknown[]) => parts.filter((p) => p !== undefined && p !== null && p !== "").map(String).join(" ");

/** One line saying what the event was, from the fields its kind has (workbook values, as stored). */
export function headline(entry: TimelineEntry): string {
  const r = entry.record;
  switch (entry.sheetKey) {
    case "transactions":
      return join(r.txType, r.product ?? r.productCategory, money(r.amount));
    case "samples":
      return join(r.itemType, r.item, r.quantity !== undefined ? `×${r.quantity}` : "", money(r.value));
    case "invoices":
      return join(r.invoiceNo, money(r.amount), r.delivery);
    case "returns":
      return join(r.mode, r.item, r.quantity !== undefined ? `×${r.quantity}` : "", r.returnStatus);
    case "complaints":
      return join(r.complaintKind, r.remedy, r.status);
    case "marketSupport":
      return join(r.supportType, money(r.cost), r.effectRating);
    case "followUps":
      return join(r.source, r.gradeAfter ? `→ ${r.gradeAfter}` : "", r.result);
    default:
      return join(r.serviceType, r.status);
  }
}

/** Where the event's row is, as people say it: "往来帐 第 2266 行", "Transactions row 2266". */
export function locationText(entry: Pick<TimelineEntry, "sheetKey" | "row">, lang: Lang): string {
  return `${sheetName(entry.sheetKey, lang)}${lang === "en" ? ` row ${entry.row}` : ` 第 ${entry.row} 行`}`;
}

/** The event sheet's name in the workbook (投诉), or its English name. */
export function sheetName(sheetKey: string, lang: Lang): string {
  const spec = sheetByKey(sheetKey)!;
  return lang === "en" ? spec.nameEn : spec.name;
}

/** "2026-03-05 14:30 · E007" (the row's location is its own link, see locationText). */
export function metaLine(entry: TimelineEntry): string {
  return [isoDateTime(entry.record.occurredAt), entry.record.rep].join(" · ");
}
