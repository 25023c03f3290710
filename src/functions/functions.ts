/* global CustomFunctions */
/**
 * The KH.* custom functions. Each one only adapts Excel's matrices and calls a plain module
 * (./abc, ./cadence, ./routes over src/domain/); the rules are tested there, without Office.
 * custom-functions-metadata-plugin builds functions.json from these JSDoc blocks and adds the
 * CustomFunctions.associate calls to the bundle.
 */
import { abcMatrix, abcSummaryMatrix } from "./abc";
import { cadenceMatrix, daysOverdueMatrix, gradeMatrix, nextDueMatrix } from "./cadence";
import { FunctionInputError, isCellError, todayDayNumber } from "./matrix";
import { routeByBearingMatrix, routeMatrix } from "./routes";
import { agingMatrix, balanceMatrix } from "./receivables";

/** Today on this computer's wall clock, as a day number (the edge may read the clock; domain/ may not). */
function localToday(): number {
  return todayDayNumber(new Date());
}

function invalid(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** Runs an adapter: a wrong call becomes one #VALUE!, a wrong cell that cell's #VALUE!. */
function excel(compute: () => unknown[][]): any[][] {
  let result: unknown[][];
  try {
    result = compute();
  } catch (e) {
    if (e instanceof FunctionInputError) throw invalid(e.message);
    throw e;
  }
  for (const row of result) {
    for (let j = 0; j < row.length; j++) {
      const cell = row[j];
      if (typeof cell === "object" && cell !== null && isCellError(cell)) row[j] = invalid(cell.message);
    }
  }
  return result as any[][];
}

/**
 * 按销售额做ABC分类：从大到小累计，排在其前的销售额占比低于70%为A类，低于95%为B类，其余为C类；金额相同同类，零或负数为C，空白不分类。输入区域中有错误值（#N/A、#DIV/0! 等）时，Excel 不调用本函数而直接返回该错误，请先用 IFERROR 换成空白；网页版 Excel 每次调用的数据以约 5 MB 为限，最多 100,000 行。
 * @customfunction ABC
 * @param amounts 销售额（一列或一行）
 * @param [a_cut] A类累计占比阈值，默认 0.7
 * @param [b_cut] B类累计占比阈值，默认 0.95
 * @returns 与输入同形的 A / B / C
 */
export function abc(amounts: any[][], a_cut?: number, b_cut?: number): any[][] {
  return excel(() => abcMatrix(amounts, a_cut, b_cut));
}

/**
 * ABC分类汇总：各类客户数、客户占比、销售额、销售占比，与理想比例（A 20%、B 40%、C 40%）的偏差。输入区域中有错误值（#N/A、#DIV/0! 等）时，Excel 不调用本函数而直接返回该错误，请先用 IFERROR 换成空白；网页版 Excel 每次调用的数据以约 5 MB 为限，最多 100,000 行。
 * @customfunction ABCSUMMARY
 * @param amounts 销售额（一列或一行）
 * @param [a_cut] A类累计占比阈值，默认 0.7
 * @param [b_cut] B类累计占比阈值，默认 0.95
 * @returns 带表头的汇总表：类别、客户数、客户占比、销售额、销售占比、理想客户占比、偏差
 */
export function abcSummary(amounts: any[][], a_cut?: number, b_cut?: number): any[][] {
  return excel(() => abcSummaryMatrix(amounts, a_cut, b_cut));
}

/**
 * 各等级的跟进周期（天）：A 1、B 7、C 15、D 30、E 365，或按给出的周期表（如 设置!B2:C6）。输入区域中有错误值（#N/A、#DIV/0! 等）时，Excel 不调用本函数而直接返回该错误，请先用 IFERROR 换成空白；网页版 Excel 每次调用的数据以约 5 MB 为限，最多 100,000 行。
 * @customfunction CADENCE
 * @param grade 客户等级 A–E（单元格或一列）
 * @param [cadence_table] 两列的周期表：等级、天数；或整个 设置 表（可选）
 * @returns 跟进周期天数
 */
export function cadence(grade: any[][], cadence_table?: any[][]): any[][] {
  return excel(() => cadenceMatrix(grade, cadence_table));
}

/**
 * 下次跟进日期：最近跟进日期加上该等级的跟进周期；给出节假日时，到期日遇周末或节假日顺延到下一个工作日。输入区域中有错误值（#N/A、#DIV/0! 等）时，Excel 不调用本函数而直接返回该错误，请先用 IFERROR 换成空白；网页版 Excel 每次调用的数据以约 5 MB 为限，最多 100,000 行。
 * @customfunction NEXTDUE
 * @param grade 客户等级 A–E
 * @param last_followup 最近跟进日期
 * @param [cadence_table] 两列的周期表：等级、天数；或整个 设置 表（此时也按其“顺延节假日”和“节假日”）（可选）
 * @param [holidays] 节假日日期列表（可选；给出即顺延周末和所列节假日，TRUE 仅顺延周末，FALSE 不顺延）
 * @returns 下次跟进日期（请设为日期格式）
 */
export function nextDue(grade: any[][], last_followup: any[][], cadence_table?: any[][], holidays?: any[][]): any[][] {
  return excel(() => nextDueMatrix(grade, last_followup, cadence_table, holidays));
}

/**
 * 逾期天数：今天超过下次跟进日期的天数，未到期为 0。输入区域中有错误值（#N/A、#DIV/0! 等）时，Excel 不调用本函数而直接返回该错误，请先用 IFERROR 换成空白；网页版 Excel 每次调用的数据以约 5 MB 为限，最多 100,000 行。
 * @customfunction DAYSOVERDUE
 * @param grade 客户等级 A–E
 * @param last_followup 最近跟进日期
 * @param [today] 今天（可选）：给出日期时结果只随它变；省略时按计算时的日期，本函数不随每次编辑重算（每天打开时按 Ctrl+Alt+F9 刷新）
 * @param [cadence_table] 两列的周期表：等级、天数；或整个 设置 表（此时也按其“顺延节假日”和“节假日”）（可选）
 * @param [holidays] 节假日日期列表（可选；给出即顺延周末和所列节假日，TRUE 仅顺延周末，FALSE 不顺延）
 * @returns 逾期天数
 */
export function daysOverdue(grade: any[][], last_followup: any[][], today?: any, cadence_table?: any[][], holidays?: any[][]): any[][] {
  return excel(() => daysOverdueMatrix(grade, last_followup, today, cadence_table, holidays, localToday()));
}

/**
 * 按预计成交日期和需求定级：无需求 E；潜在需求 D；需求明确时 1个月内成交 A、3个月内 B、6个月内 C、更晚 D。输入区域中有错误值（#N/A、#DIV/0! 等）时，Excel 不调用本函数而直接返回该错误，请先用 IFERROR 换成空白；网页版 Excel 每次调用的数据以约 5 MB 为限，最多 100,000 行。
 * @customfunction GRADE
 * @param expected_close 预计成交日期
 * @param [need] 需求：明确 / 潜在 / 无（可选，默认明确）
 * @param [today] 今天（可选）：给出日期时结果只随它变；省略时按计算时的日期，本函数不随每次编辑重算（每天打开时按 Ctrl+Alt+F9 刷新）
 * @returns 客户等级 A–E
 */
export function grade(expected_close: any[][], need?: any[][], today?: any): any[][] {
  return excel(() => gradeMatrix(expected_close, need, today, localToday()));
}

/**
 * 路序：每个区域内按方位绕出发点扫描分线，每条线最多若干站，站序为从出发点出发的短回路（大圆距离）；无坐标的客户按区域排在后面的路线。输入区域中有错误值（#N/A、#DIV/0! 等）时，Excel 不调用本函数而直接返回该错误，请先用 IFERROR 换成空白；网页版 Excel 每次调用的数据以约 5 MB 为限，最多 50,000 行。
 * @customfunction ROUTE
 * @param areas 区域
 * @param latitudes 纬度
 * @param longitudes 经度
 * @param [max_stops] 每条路线最多站数，默认 20
 * @param [depot_lat] 出发点纬度（可选，默认各区域客户的中心）
 * @param [depot_lng] 出发点经度（可选）
 * @returns 两列：路线编号（如 华东-R02）、站序
 */
export function route(areas: any[][], latitudes: any[][], longitudes: any[][], max_stops?: number, depot_lat?: number, depot_lng?: number): any[][] {
  return excel(() => routeMatrix(areas, latitudes, longitudes, max_stops, depot_lat, depot_lng));
}

/**
 * 无坐标路序：按 区域 → 片区 → 方位（东、东南、南、西南、西、西北、北、东北、中）分线排序，保持原有先后。输入区域中有错误值（#N/A、#DIV/0! 等）时，Excel 不调用本函数而直接返回该错误，请先用 IFERROR 换成空白；网页版 Excel 每次调用的数据以约 5 MB 为限，最多 50,000 行。
 * @customfunction ROUTEBYBEARING
 * @param areas 区域
 * @param districts 片区
 * @param bearings 方位
 * @param [max_stops] 每条路线最多站数，默认 20
 * @returns 两列：路线编号（如 华东-R02）、站序
 */
export function routeByBearing(areas: any[][], districts: any[][], bearings: any[][], max_stops?: number): any[][] {
  return excel(() => routeByBearingMatrix(areas, districts, bearings, max_stops));
}

/**
 * 应收余额：截至某日每位客户的欠款（发货金额，或给出发票表时的开票金额，减回款和已退款的退货），按往来帐和退换货表计算。输入区域中有错误值（#N/A、#DIV/0! 等）时，Excel 不调用本函数而直接返回该错误，请先用 IFERROR 换成空白；表中读不出的行（如金额不是数字）不计入。网页版 Excel 每次调用的数据以约 5 MB 为限：往来帐与退换货合计最多 15,000 行，更大的表请用命令行 kehu receivables。
 * @customfunction BALANCE
 * @param customer_codes 客户编码（一列或一行）
 * @param transactions 往来帐表，连表头一起（如 KH_Transactions[#全部]）
 * @param [returns] 退换货表，连表头一起（可选）
 * @param [as_of] 截止日期（可选）：给出日期时结果只随它变；省略时按计算时的日期，本函数不随每次编辑重算（每天打开时按 Ctrl+Alt+F9 刷新）
 * @param [invoices] 发票表，连表头一起（可选，如 KH_Invoices[#全部]）：“设置”的应收确认为“发票”时给出，按开票日期记应收（不再按发货）
 * @param [settings] 设置表，连表头一起（可选，如 KH_Settings[#全部]）：按其中的应收确认计算，与 kehu receivables 和客户面板一致；省略时按发货确认（给出发票表时按发票）
 * @returns 与客户编码同形的欠款金额
 */
export function balance(customer_codes: any[][], transactions: any[][], returns?: any[][], as_of?: any, invoices?: any[][], settings?: any[][]): any[][] {
  return excel(() => balanceMatrix(customer_codes, transactions, returns, as_of, localToday(), invoices, settings));
}

/**
 * 应收账龄：截至某日每位客户未收金额按逾期天数分段（未到期、1–30天、31–60天、61–90天、90天以上），到期日按客户档案的付款条件和结账日计算，回款先冲最早的欠款。输入区域中有错误值（#N/A、#DIV/0! 等）时，Excel 不调用本函数而直接返回该错误，请先用 IFERROR 换成空白；表中读不出的行不计入。网页版 Excel 每次调用的数据以约 5 MB 为限：往来帐与退换货合计最多 12,000 行（客户档案最多 2,000 行），更大的表请用命令行 kehu receivables。
 * @customfunction AGING
 * @param customer_codes 客户编码（一列）
 * @param customers 客户档案表，连表头一起（如 KH_Customers[#全部]）
 * @param transactions 往来帐表，连表头一起（如 KH_Transactions[#全部]）
 * @param [returns] 退换货表，连表头一起（可选）
 * @param [as_of] 截止日期（可选）：给出日期时结果只随它变；省略时按计算时的日期，本函数不随每次编辑重算（每天打开时按 Ctrl+Alt+F9 刷新）
 * @param [invoices] 发票表，连表头一起（可选，如 KH_Invoices[#全部]）：“设置”的应收确认为“发票”时给出，按开票日期记应收（不再按发货）
 * @param [settings] 设置表，连表头一起（可选，如 KH_Settings[#全部]）：按其中的应收确认和默认账期计算，与 kehu receivables 和客户面板一致；省略时按发货确认（给出发票表时按发票）、默认账期 30 天
 * @returns 每个客户一行五列：未到期、1–30天、31–60天、61–90天、90天以上
 */
export function aging(customer_codes: any[][], customers: any[][], transactions: any[][], returns?: any[][], as_of?: any, invoices?: any[][], settings?: any[][]): any[][] {
  return excel(() => agingMatrix(customer_codes, customers, transactions, returns, as_of, localToday(), invoices, settings));
}
