/** The words the rules and the workbook share; the sheet specs take their drop-downs from here. */
export const GRADES = ["A", "B", "C", "D", "E"] as const;
export type Grade = (typeof GRADES)[number];

export const ABC_CLASSES = ["A", "B", "C"] as const;
export type AbcClass = (typeof ABC_CLASSES)[number];

export const BEARINGS = ["东", "东南", "南", "西南", "西", "西北", "北", "东北", "中"] as const;
export const BEARINGS_EN = ["E", "SE", "S", "SW", "W", "NW", "N", "NE", "Centre"] as const;

/** 处理状态 values that mean an event is finished. */
export const CLOSED_STATUSES: readonly string[] = ["已完成", "已关闭"];


/** The drop-down values the log's records carry (zh-CN: what the workbook stores). */
export const INFO_SOURCES = ["电话", "来访", "拜访", "微信", "邮件", "传真", "网站", "其他"] as const;
export const SERVICE_TYPES = ["咨询", "订单", "售后", "投诉", "回访", "拜访", "交接", "其他"] as const;
export const STATUSES = ["待处理", "处理中", "已完成", "已关闭"] as const;
/** 服务类型 of the row a handover logs: it changes who holds a customer, it is not a contact. */
export const HANDOVER_SERVICE_TYPE: (typeof SERVICE_TYPES)[number] = "交接";
/** 服务类型 of a call back to the customer (after a complaint closed; a new follow-up's default). */
export const CALLBACK_SERVICE_TYPE: (typeof SERVICE_TYPES)[number] = "回访";
/** 信息来源 of a row the add-in writes on its own (a handover). */
export const OTHER_SOURCE: (typeof INFO_SOURCES)[number] = "其他";
/** 处理状态 a new event starts in, and the one a follow-up has once it is logged. */
export const OPEN_STATUS: (typeof STATUSES)[number] = "待处理";
export const DONE_STATUS: (typeof STATUSES)[number] = "已完成";
export const SATISFACTION = ["非常满意", "满意", "一般", "不满意", "非常不满意"] as const;
export const DEAL_STATUSES = ["已成交", "谈判中", "潜在"] as const;
export const NEEDS = ["目标", "潜在", "死亡"] as const;
export const URGENCIES = ["紧急", "缓急", "不紧急", "潜在"] as const;
export const ORG_FORMS = ["国有", "民营", "外资", "合资", "个体", "其他"] as const;
export const BUSINESS_TYPES = ["批发", "零售", "连锁", "代理", "终端", "其他"] as const;
export const TX_TYPES = ["订单", "发货", "回款"] as const;
/** 往来类型 of the rows that count as sales. */
export const SALES_TX_TYPE: (typeof TX_TYPES)[number] = "订单";
export const ITEM_TYPES = ["样品", "物料", "赠品", "宣传品"] as const;
export const INVOICE_TYPES = ["增值税专用", "增值税普通", "电子专用", "电子普通"] as const;
export const DELIVERIES = ["未寄出", "已寄出", "已签收", "退回"] as const;
export const RETURN_MODES = ["退货", "换货"] as const;
export const RETURN_STATUSES = ["申请", "已批准", "已收货", "已退款", "已换货", "拒绝"] as const;
export const COMPLAINT_KINDS = ["产品质量", "购销合同", "服务"] as const;
export const VALIDITIES = ["有效", "无效"] as const;
/** 处理方案: goods put right (退货…折价赔偿) or, for a complaint about service, the service put right. */
export const GOODS_REMEDIES = ["退货", "换货", "维修", "折价赔偿"] as const;
export const SERVICE_REMEDIES = ["道歉", "重新服务", "补偿服务", "培训整改"] as const;
export const REMEDIES = [...GOODS_REMEDIES, ...SERVICE_REMEDIES] as const;
export const REMEDIES_EN = ["Return", "Exchange", "Repair", "Discount or compensation", "Apology", "Service redone", "Compensating service", "Training and correction"] as const;
export type Remedy = (typeof REMEDIES)[number];
/** Remedies that give the customer something of value (money off, a service free of charge): a supervisor approves them before anything is done. */
export const COMPENSATING_REMEDIES: readonly Remedy[] = ["折价赔偿", "补偿服务"];
export const SUPPORT_TYPES = ["促销", "陈列", "广告", "人员"] as const;
export const EFFECT_RATINGS = ["好", "一般", "差"] as const;

/** 员工 职务: what a member does; SUPERVISOR_ROLES may approve any rep's complaint remedy (domain/approval-authority.ts). */
export const STAFF_ROLES = ["客服", "主管", "经理"] as const;
export const STAFF_ROLES_EN = ["Rep", "Supervisor", "Manager"] as const;
export const SUPERVISOR_ROLES: readonly (typeof STAFF_ROLES)[number][] = ["主管", "经理"];

/** 工作方案: the period a plan covers, what it is about, how a visit plan reaches people, where it stands. */
export const PLAN_CYCLES = ["年", "季", "月", "周"] as const;
export const PLAN_CYCLES_EN = ["Year", "Quarter", "Month", "Week"] as const;
export const PLAN_TYPES = ["客户访问", "客户活动", "服务", "宣传"] as const;
export const PLAN_TYPES_EN = ["Customer visits", "Customer events", "Service", "Promotion"] as const;
export const PLAN_METHODS = ["面访", "电话", "短信", "信函", "邮件"] as const;
export const PLAN_METHODS_EN = ["In person", "Phone", "Text message", "Letter", "E-mail"] as const;
export const PLAN_STATUSES = ["草拟", "执行中", "已完成", "已取消"] as const;
export const PLAN_STATUSES_EN = ["Draft", "In progress", "Done", "Cancelled"] as const;
