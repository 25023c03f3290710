/** The words the rules and the workbook share; the sheet specs take their drop-downs from here. */
export const GRADES = ["A", "B", "C", "D", "E"] as const;
export type Grade = (typeof GRADES)[number];

export const ABC_CLASSES = ["A", "B", "C"] as const;
export type AbcClass = (typeof ABC_CLASSES)[number];

export const BEARINGS = ["东", "东南", "南", "西南", "西", "西北", "北", "东北", "中"] as const;
export const BEARINGS_EN = ["E", "SE", "S", "SW", "W", "NW", "N", "NE", "Centre"] as const;

/** 处理状态 values that mean an event is finished. */
export const CLOSED_STATUSES: readonly string[] = ["已完成", "已关闭"];

/** 服务类型 of the row a handover logs: it changes who holds a customer, it is not a contact. */
export const HANDOVER_SERVICE_TYPE = "交接";
