/**
 * The log's model: one record type per sheet and the `Log` that holds them. The sheet
 * declarations in src/workbook/sheets/ are typed against these records (defineSheet in
 * src/workbook/sheet.ts refuses a column set that does not produce exactly the record), so the
 * workbook depends on the domain and never the other way round.
 */
import type { Settings } from "./settings";
import type {
  BEARINGS,
  BUSINESS_TYPES,
  COMPLAINT_KINDS,
  DEAL_STATUSES,
  DELIVERIES,
  EFFECT_RATINGS,
  INFO_SOURCES,
  INVOICE_TYPES,
  PLAN_CYCLES,
  PLAN_METHODS,
  PLAN_STATUSES,
  PLAN_TYPES,
  ITEM_TYPES,
  NEEDS,
  ORG_FORMS,
  REMEDIES,
  RETURN_MODES,
  RETURN_STATUSES,
  SATISFACTION,
  SERVICE_TYPES,
  STAFF_ROLES,
  STATUSES,
  SUPPORT_TYPES,
  TX_TYPES,
  URGENCIES,
  VALIDITIES,
  AbcClass,
  Grade,
} from "./vocabulary";

type Of<L extends readonly string[]> = L[number];

/** One row of 客户档案. */
export type Customer = {
  code: string;
  name: string;
  grade: Grade;
  rep: string;
  abc?: AbcClass;
  dealStatus?: Of<typeof DEAL_STATUSES>;
  need?: Of<typeof NEEDS>;
  urgency?: Of<typeof URGENCIES>;
  expectedClose?: Date;
  /** 最近跟进 as the archive holds it (see domain/customer-status.ts for how it counts). */
  lastFollowUp?: Date;
  nextDue?: Date;
  contact?: string;
  phone?: string;
  address?: string;
  area?: string;
  district?: string;
  bearing?: Of<typeof BEARINGS>;
  lat?: number;
  lng?: number;
  legalRep?: string;
  keyPeople?: string;
  tradingSince?: Date;
  orgForm?: Of<typeof ORG_FORMS>;
  businessType?: Of<typeof BUSINESS_TYPES>;
  assets?: number;
  serviceArea?: string;
  salesCapability?: string;
  potential?: string;
  businessDirection?: string;
  scale?: string;
  registeredCapital?: number;
  creditHistory?: string;
  creditLimit?: number;
  billingDay?: number;
  paymentTerms?: string;
  currentActivity?: string;
  openProblems?: string;
  createdAt?: Date;
  notes?: string;
}

/** The work-log fields every event row carries, whatever its sheet. */
export type EventRecord = {
  id: string;
  customer: string;
  rep: string;
  department?: string;
  occurredAt: Date;
  source?: Of<typeof INFO_SOURCES>;
  serviceType?: Of<typeof SERVICE_TYPES>;
  description: string;
  resolution?: string;
  summary?: string;
  status: Of<typeof STATUSES>;
  feedbackAt?: Date;
  satisfaction?: Of<typeof SATISFACTION>;
}

/** 往来帐: orders, shipments, payments. */
export type Transaction = EventRecord & {
  txType: Of<typeof TX_TYPES>;
  docNo?: string;
  productCategory?: string;
  product?: string;
  quantity?: number;
  unitPrice?: number;
  amount: number;
}

/** 样品物料. */
export type SampleIssue = EventRecord & {
  itemType: Of<typeof ITEM_TYPES>;
  item: string;
  quantity: number;
  value: number;
  purpose?: string;
  approver?: string;
}

/** 发票. */
export type Invoice = EventRecord & {
  invoiceNo: string;
  invoiceDate: Date;
  invoiceType?: Of<typeof INVOICE_TYPES>;
  title: string;
  amount: number;
  tax?: number;
  delivery: Of<typeof DELIVERIES>;
}

/** 退换货. */
export type ReturnRecord = EventRecord & {
  originalOrder?: string;
  item: string;
  quantity: number;
  reason: string;
  mode: Of<typeof RETURN_MODES>;
  amount?: number;
  returnStatus: Of<typeof RETURN_STATUSES>;
}

/** 投诉: the eight steps of a complaint, one field group per step. */
export type Complaint = EventRecord & {
  complaintKind: Of<typeof COMPLAINT_KINDS>;
  object?: string;
  request?: string;
  validity?: Of<typeof VALIDITIES>;
  validityNote?: string;
  responsibleDept?: string;
  responsiblePerson?: string;
  causeAnalysis?: string;
  liability?: string;
  remedy?: Of<typeof REMEDIES>;
  remedyDetail?: string;
  compensation?: number;
  approver?: string;
  approvedAt?: Date;
  implementedAt?: Date;
  notifiedAt?: Date;
  customerFeedback?: string;
  lessons?: string;
  correctiveAction?: string;
  closedAt?: Date;
  callbackAt?: Date;
}

/** 市场支持. */
export type MarketSupport = EventRecord & {
  supportType: Of<typeof SUPPORT_TYPES>;
  cost: number;
  periodStart?: Date;
  periodEnd?: Date;
  effect?: string;
  effectRating?: Of<typeof EFFECT_RATINGS>;
}

/** 跟进记录: a contact, the grade it left the customer in, and any promise made. */
export type FollowUp = EventRecord & {
  result?: string;
  gradeAfter: Grade;
  promise?: string;
  promiseDue?: Date;
  promiseKept?: boolean;
}

/** 员工. */
export type Staff = {
  id: string;
  name: string;
  department?: string;
  manager?: string;
  /** 职务: a 主管 or 经理 may approve remedies (domain/approval-authority.ts). */
  role?: Of<typeof STAFF_ROLES>;
  active?: boolean;
  joinedOn?: Date;
  /** 驻地: where the rep's routes start (latitude, longitude). */
  baseLat?: number;
  baseLng?: number;
  phone?: string;
  email?: string;
  /** 离职日期: the last day worked (domain/staff.ts decides who is active on a day). */
  leftOn?: Date;
}

/** 员工培训: one course a staff member took. */
export type StaffTraining = {
  staff: string;
  startedOn: Date;
  endedOn?: Date;
  course: string;
  provider?: string;
  result?: string;
  note?: string;
}

/** 员工经历: one post a staff member held (here or before joining). */
export type StaffExperience = {
  staff: string;
  from: Date;
  to?: Date;
  organisation: string;
  position?: string;
  note?: string;
}

/** 部门: one node of the department tree; 上级部门 names another department (编号 or 名称). */
export type Department = {
  code: string;
  name: string;
  scope?: string;
  parent?: string;
  /** 负责人: the head's 工号, answerable for the department's plans (domain/departments.ts headOf). */
  head?: string;
}

/** 工作方案: a plan with a measurable target over a period, for a rep or a whole department. */
export type WorkPlan = {
  id: string;
  rep?: string;
  department?: string;
  cycle: Of<typeof PLAN_CYCLES>;
  start: Date;
  end: Date;
  planType: Of<typeof PLAN_TYPES>;
  method?: Of<typeof PLAN_METHODS>;
  target: number;
  minimum: number;
  plannedCost?: number;
  content?: string;
  purpose?: string;
  status?: Of<typeof PLAN_STATUSES>;
}

/** 对上级的建议: a suggestion a staff member made to the supervisor, and the reply. */
export type Suggestion = {
  staff: string;
  at: Date;
  content: string;
  reply?: string;
  repliedAt?: Date;
}

/** One (类别, 项目, 值) row of 设置; the log holds them read into Settings. */
export type SettingRow = {
  category: string;
  item: string;
  value?: string | number | boolean | Date;
  note?: string;
}

/** A record with the Excel row it came from (0 when it came from no sheet). */
export interface Rowed<T> {
  row: number;
  record: T;
}

/** The record each sheet of the log holds, by sheet key. */
export interface LogRecords {
  customers: Customer;
  transactions: Transaction;
  samples: SampleIssue;
  invoices: Invoice;
  returns: ReturnRecord;
  complaints: Complaint;
  marketSupport: MarketSupport;
  followUps: FollowUp;
  staff: Staff;
  staffTraining: StaffTraining;
  staffExperience: StaffExperience;
  departments: Department;
  plans: WorkPlan;
  suggestions: Suggestion;
}

export type LogSheetKey = keyof LogRecords;

/** The event sheets, in workbook order. */
export const EVENT_SHEET_KEYS = ["transactions", "samples", "invoices", "returns", "complaints", "marketSupport", "followUps"] as const;
export type EventSheetKey = (typeof EVENT_SHEET_KEYS)[number];

/** Any event record (a row of one of the seven event sheets). */
export type AnyEvent = LogRecords[EventSheetKey];

/** The whole 客户日志: every sheet's records in sheet order, and 设置 read into Settings. */
export type Log = { readonly [K in LogSheetKey]: readonly Rowed<LogRecords[K]>[] } & { readonly settings: Settings };

/** Every sheet of the log that holds records, in workbook order (设置 is read into Settings). */
export const LOG_SHEET_KEYS: readonly LogSheetKey[] = ["customers", ...EVENT_SHEET_KEYS, "staff", "staffTraining", "staffExperience", "departments", "plans", "suggestions"];
