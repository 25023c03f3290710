import { attributes, elements, findStartTag, rootPrefix } from "../fast-xml";
import { decodeXmlText } from "../fast-xml";

/** What appending needs to know about an Excel table part. */
export interface TableFacts {
  name: string;
  ref: string;
  /** Rows of totals under the data (0 = none). */
  totalsRows: number;
  /** Calculated columns: offset within the table -> formula (as the table part stores it). */
  formulas: Map<number, string>;
}

export function tableFacts(xml: string): TableFacts | undefined {
  const p = rootPrefix(xml) ?? "";
  const root = findStartTag(xml, p + "table", 0);
  if (root < 0) return undefined;
  const a = attributes(xml, root);
  const formulas = new Map<number, string>();
  const columns = findStartTag(xml, p + "tableColumns", root);
  if (columns >= 0) {
    elements(xml, p + "tableColumn", columns).forEach((el, i) => {
      if (el.selfClosing) return;
      const f = findStartTag(xml, p + "calculatedColumnFormula", el.contentStart, el.contentEnd);
      if (f < 0) return;
      const open = xml.indexOf(">", f);
      const close = xml.indexOf("<", open);
      if (xml.charCodeAt(open - 1) !== 47) formulas.set(i, decodeXmlText(xml.slice(open + 1, close)));
    });
  }
  return { name: a.displayName ?? a.name ?? "", ref: a.ref ?? "", totalsRows: Number(a.totalsRowCount ?? 0) || 0, formulas };
}

/** The table (and its autoFilter) made to reach down to `lastRow`. */
export function stretchTable(xml: string, lastRow: number): string {
  const p = rootPrefix(xml) ?? "";
  const stretch = (tagName: string, text: string): string => {
    const at = findStartTag(text, p + tagName, 0);
    if (at < 0) return text;
    const end = text.indexOf(">", at);
    const tag = text.slice(at, end).replace(/(\sref=")([A-Z]+\d+):([A-Z]+)(\d+)"/, (whole, pre: string, start: string, col: string, row: string) =>
      Number(row) >= lastRow ? whole : `${pre}${start}:${col}${lastRow}"`,
    );
    return text.slice(0, at) + tag + text.slice(end);
  };
  return stretch("autoFilter", stretch("table", xml));
}
