/**
 * What counts for each 方案类型, declared once: the rows whose customers a plan reaches, and the
 * rows whose money is its actual cost. Tracking reads this table and the report shows it, so
 * what a plan is measured by is never a guess. Each 样品物料 item type and 市场支持 support type is
 * the cost of exactly one plan type, so two plans of one rep never count the same money twice.
 */
import type { AnyEvent, EventSheetKey } from "../log";
import type { INFO_SOURCES, PLAN_METHODS, PLAN_TYPES } from "../vocabulary";
import { isContact } from "../customer-status";

export type PlanType = (typeof PLAN_TYPES)[number];
export type PlanMethod = (typeof PLAN_METHODS)[number];

/** Rows of one event sheet, optionally only those whose `field` holds one of `values`. */
export interface RowSelector {
  sheet: EventSheetKey;
  field?: "serviceType" | "supportType" | "itemType";
  values?: readonly string[];
  /** Leaves out handover rows (服务类型 交接): they change who holds a customer, they reach no one. */
  contactsOnly?: boolean;
}

export interface PlanMeasure {
  /** Rows that reach a customer (distinct customers are counted). */
  reach: readonly RowSelector[];
  /** Rows whose 费用 (市场支持) or 价值 (样品物料) is the plan's actual cost. */
  cost: readonly RowSelector[];
}

export const PLAN_MEASURES: Record<PlanType, PlanMeasure> = {
  客户访问: {
    reach: [{ sheet: "followUps", contactsOnly: true }],
    cost: [{ sheet: "samples", field: "itemType", values: ["样品", "物料", "赠品"] }],
  },
  客户活动: {
    reach: [{ sheet: "marketSupport", field: "supportType", values: ["促销", "陈列", "人员"] }],
    cost: [{ sheet: "marketSupport", field: "supportType", values: ["促销", "陈列", "人员"] }],
  },
  服务: {
    reach: [{ sheet: "complaints" }, { sheet: "returns" }, { sheet: "followUps", field: "serviceType", values: ["售后", "咨询", "回访"] }],
    cost: [],
  },
  宣传: {
    reach: [{ sheet: "marketSupport", field: "supportType", values: ["广告"] }, { sheet: "samples", field: "itemType", values: ["宣传品"] }],
    cost: [{ sheet: "marketSupport", field: "supportType", values: ["广告"] }, { sheet: "samples", field: "itemType", values: ["宣传品"] }],
  },
};

/** A visit plan's 方式 as the 信息来源 of the 跟进记录 rows that carry it out (a plan without 方式 takes any). */
export const METHOD_SOURCES: Record<PlanMethod, readonly (typeof INFO_SOURCES)[number][]> = {
  面访: ["拜访", "来访"],
  电话: ["电话"],
  短信: ["微信"],
  信函: ["传真"],
  邮件: ["邮件"],
};

/** Whether an event row is one the selector picks (the sheet is the caller's to match). */
export function selects(selector: RowSelector, event: AnyEvent): boolean {
  if (selector.contactsOnly && !isContact(event)) return false;
  if (!selector.field || !selector.values) return true;
  const value = (event as Record<string, unknown>)[selector.field];
  return typeof value === "string" && selector.values.includes(value);
}

/** The money a cost row carries: 市场支持's 费用, 样品物料's 价值. */
export function costOf(event: AnyEvent): number {
  if ("cost" in event && typeof event.cost === "number") return event.cost;
  if ("value" in event && typeof event.value === "number") return event.value;
  return 0;
}
