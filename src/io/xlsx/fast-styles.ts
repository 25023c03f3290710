import { attributes, elements, findStartTag, rootPrefix } from "./fast-xml";

/** Built-in number formats that show a date or a time (the ones exceljs knows and takes for dates). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** exceljs's test for a date format: date or time letters outside [..] and "..". */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/**
 * For each cell style (index = a cell's s), whether it formats numbers as dates. Only needed for
 * workbooks in the 1904 date system, whose date serials count from 1904: exceljs reads such cells as
 * dates and hands over 1900-system serials, so the fast reader shifts them the same way.
 */
export function readDateStyles(xml: string): boolean[] {
  const prefix = rootPrefix(xml) ?? "";
  const custom = new Map<number, string>();
  const numFmts = findStartTag(xml, prefix + "numFmts", 0);
  if (numFmts >= 0) {
    for (const el of elements(xml, prefix + "numFmt", numFmts)) {
      const a = attributes(xml, el.start);
      custom.set(Number(a.numFmtId), a.formatCode ?? "");
    }
  }
  const cellXfs = findStartTag(xml, prefix + "cellXfs", 0);
  if (cellXfs < 0) return [];
  const end = xml.indexOf(`</${prefix}cellXfs>`, cellXfs);
  return elements(xml, prefix + "xf", cellXfs, end < 0 ? xml.length : end).map((el) => {
    const id = Number(attributes(xml, el.start).numFmtId ?? 0);
    if (!id) return false;
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id);
  });
}

/** Days between the 1900 and the 1904 date systems' day 0. */
export const DATE_1904_OFFSET = 1462;
