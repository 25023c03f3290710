import { customersSheet, settingsSheet } from "../../src/workbook";
import { coercerFor, readDateText } from "../../src/workbook/codec/coerce";
import { parseSheet } from "../../src/workbook/codec/parse";
import { dateFromSerial, isoDate, serialFromDate, utcDate } from "../../src/domain/time";
import { formatProblem } from "../../src/workbook/problems";
import { dateOrderFromRows } from "../../src/workbook/settings-rows";
import type { AnyColumn } from "../../src/workbook/column";

const since = (customersSheet.columns as readonly AnyColumn[]).find((c) => c.key === "tradingSince")!;

test("Excel's 1900 leap-year bug: serial 1 is 1900-01-01, 59 is 1900-02-28, 60 (1900-02-29) is no date, 61 is 1900-03-01", () => {
  expect(isoDate(dateFromSerial(1))).toBe("1900-01-01");
  expect(isoDate(dateFromSerial(59))).toBe("1900-02-28");
  expect(isoDate(dateFromSerial(61))).toBe("1900-03-01");
  for (const serial of [1, 2, 59, 61, 46000]) expect(serialFromDate(dateFromSerial(serial))).toBe(serial);
  const read = coercerFor(since);
  expect(read(1)).toEqual({ ok: true, value: utcDate(1900, 1, 1) });
  expect(read(59)).toEqual({ ok: true, value: utcDate(1900, 2, 28) });
  expect(read(60)).toMatchObject({ ok: false, code: "notDate" });
});

test("11/3/2026 and 3/11/2026 are ambiguous: the message says so and shows the accepted forms; 13/3/2026 is not", () => {
  expect(readDateText("11/3/2026")).toBe("ambiguous");
  expect(readDateText("3/11/2026")).toBe("ambiguous");
  expect(readDateText("13/3/2026")).toEqual(utcDate(2026, 3, 13));
  expect(readDateText("3/3/2026")).toEqual(utcDate(2026, 3, 3));
  const parsed = parseSheet(customersSheet, {
    sheet: "客户档案",
    headers: ["客户编码", "客户名称", "客户等级", "负责客服", "交易起始"],
    rows: [["KH0001", "甲", "A", "S001", "11/3/2026"]],
    headerRow: 1,
    firstColumn: 0,
  });
  expect(parsed.problems).toHaveLength(1);
  expect(formatProblem(parsed.problems[0])).toBe("客户档案!E2 交易起始：“11/3/2026”的月和日顺序不明确（可写 2026-03-11 或 2026年3月11日，或在“设置”中声明日期顺序）");
  expect(formatProblem(parsed.problems[0], "en")).toContain("ambiguous");
});

test("设置's 日期顺序 declares month-first or day-first for the workbook", () => {
  const order = (value: string) => dateOrderFromRows([{ category: "日期顺序", item: "年份在后的日期", value }]);
  expect(order("月/日/年")).toBe("mdy");
  expect(order("日/月/年")).toBe("dmy");
  expect(order("D/M/Y")).toBe("dmy");
  expect(order("随便")).toBeUndefined();
  expect(readDateText("11/3/2026", "mdy")).toEqual(utcDate(2026, 11, 3));
  expect(readDateText("11/3/2026", "dmy")).toEqual(utcDate(2026, 3, 11));
  const table = { sheet: "客户档案", headers: ["客户编码", "客户名称", "客户等级", "负责客服", "交易起始"], rows: [["KH0001", "甲", "A", "S001", "11/3/2026"]], headerRow: 1, firstColumn: 0 };
  expect(parseSheet(customersSheet, table, { dateOrder: "dmy" }).rows[0].record.tradingSince).toEqual(utcDate(2026, 3, 11));
  expect(settingsSheet.name).toBe("设置");
});
