/* global CustomFunctions */
/**
 * The KH.* custom functions. Each one only adapts Excel's matrices and calls a plain module
 * (./abc, ./cadence, ./routes over src/domain/); the rules are tested there, without Office.
 * custom-functions-metadata-plugin builds functions.json from these JSDoc blocks and adds the
 * CustomFunctions.associate calls to the bundle.
 */
import { abcMatrix, abcSummaryMatrix } from "./abc";
import { FunctionInputError, isCellError } from "./matrix";

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
 * 按销售额做ABC分类：从大到小累计，排在其前的销售额占比低于70%为A类，低于95%为B类，其余为C类；金额相同同类，零或负数为C，空白不分类。
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
 * ABC分类汇总：各类客户数、客户占比、销售额、销售占比，与理想比例（A 20%、B 40%、C 40%）的偏差。
 * @customfunction ABCSUMMARY
 * @param amounts 销售额（一列或一行）
 * @param [a_cut] A类累计占比阈值，默认 0.7
 * @param [b_cut] B类累计占比阈值，默认 0.95
 * @returns 带表头的汇总表：类别、客户数、客户占比、销售额、销售占比、理想客户占比、偏差
 */
export function abcSummary(amounts: any[][], a_cut?: number, b_cut?: number): any[][] {
  return excel(() => abcSummaryMatrix(amounts, a_cut, b_cut));
}
