import { attributes, elements, findStartTag, prefixedAttribute, rootPrefix } from "./fast-xml";
import type { ZipParts } from "./fast-zip";

/** A worksheet of the package: its name on the tab and the part holding its cells. */
export interface SheetPart {
  name: string;
  path: string;
}

/** What the reader needs to know about a workbook before it reads any cells. */
export interface PackageMap {
  /** Worksheets in tab order (chart sheets and dialog sheets left out, as exceljs does). */
  sheets: SheetPart[];
  sharedStringsPath?: string;
  stylesPath?: string;
  /** The workbook counts dates from 1904 (<workbookPr date1904="1"/>, old Mac workbooks). */
  date1904: boolean;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

const WORKSHEET = /\/worksheet$/;
const SHARED_STRINGS = /\/sharedStrings$/;
const STYLES = /\/styles$/;
const OFFICE_DOCUMENT = /\/officeDocument$/;

/** "xl/worksheets/sheet1.xml" + "../tables/table1.xml" -> "xl/tables/table1.xml"; "/xl/x.xml" is absolute. */
export function resolvePartPath(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** The .rels part that belongs to a part: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels". */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relationships of a part, their targets resolved to package paths (external links left out). */
export async function relationshipsOf(zip: ZipParts, part: string): Promise<Relationship[]> {
  const xml = await zip.text(relsPathOf(part));
  if (xml === undefined) return [];
  const prefix = rootPrefix(xml) ?? "";
  return elements(xml, prefix + "Relationship")
    .map((el) => attributes(xml, el.start))
    .filter((a) => a.Id && a.Target && a.TargetMode !== "External")
    .map((a) => ({ id: a.Id, type: a.Type ?? "", target: resolvePartPath(part, a.Target) }));
}

export async function readPackageMap(zip: ZipParts): Promise<PackageMap> {
  const rootRels = await relationshipsOf(zip, "");
  const workbookPath = rootRels.find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? "xl/workbook.xml";
  const xml = await zip.text(workbookPath);
  if (xml === undefined) throw new Error("the package has no workbook part");
  const prefix = rootPrefix(xml) ?? "";
  const rels = await relationshipsOf(zip, workbookPath);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheetsStart = findStartTag(xml, prefix + "sheets", 0);
  const sheets: SheetPart[] = [];
  if (sheetsStart >= 0) {
    for (const el of elements(xml, prefix + "sheet", sheetsStart)) {
      const a = attributes(xml, el.start);
      const rel = byId.get(prefixedAttribute(a, "id") ?? "");
      if (a.name !== undefined && rel && WORKSHEET.test(rel.type) && zip.has(rel.target)) sheets.push({ name: a.name, path: rel.target });
    }
  }
  const workbookPr = findStartTag(xml, prefix + "workbookPr", 0);
  return {
    sheets,
    sharedStringsPath: rels.find((r) => SHARED_STRINGS.test(r.type))?.target,
    stylesPath: rels.find((r) => STYLES.test(r.type))?.target,
    date1904: workbookPr >= 0 && attributes(xml, workbookPr).date1904 === "1",
  };
}

/** The first Excel table of a sheet: its range and how many columns it declares. */
export interface TablePart {
  name: string;
  ref: string;
  columnCount: number;
  /** Excel's totals row (汇总行): the last rows of `ref` when totalsRowCount is set. */
  totalsRowCount: number;
}

/** The sheet's tables in the order of its <tableParts>, read from xl/tables/*.xml through the sheet's rels. */
export async function readTableParts(zip: ZipParts, sheetPath: string, tablePartIds: readonly string[]): Promise<TablePart[]> {
  if (tablePartIds.length === 0) return [];
  const rels = new Map((await relationshipsOf(zip, sheetPath)).map((r) => [r.id, r]));
  const tables: TablePart[] = [];
  for (const id of tablePartIds) {
    const rel = rels.get(id);
    const xml = rel && (await zip.text(rel.target));
    if (!xml) continue;
    const prefix = rootPrefix(xml) ?? "";
    const root = findStartTag(xml, prefix + "table", 0);
    if (root < 0) continue;
    const a = attributes(xml, root);
    const columnsStart = findStartTag(xml, prefix + "tableColumns", root);
    const columnCount = columnsStart < 0 ? 0 : elements(xml, prefix + "tableColumn", columnsStart).length;
    tables.push({ name: a.name ?? a.displayName ?? "", ref: a.ref ?? "A1", columnCount, totalsRowCount: Number(a.totalsRowCount ?? 0) || 0 });
  }
  return tables;
}
