import { attributes, elements, findStartTag, prefixedAttribute, rootPrefix } from "../fast-xml";
import { escapeXml } from "./cell-xml";

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** The workbook part, its relationships and the content types, edited as text: everything not named here stays as written. */
export class WorkbookEditor {
  private readonly p: string;

  constructor(
    public workbook: string,
    public rels: string,
    public contentTypes: string,
  ) {
    this.p = rootPrefix(workbook) ?? "";
  }

  /** Sheet names in tab order with their r:id. */
  sheets(): { name: string; id: string }[] {
    const at = findStartTag(this.workbook, this.p + "sheets", 0);
    if (at < 0) return [];
    return elements(this.workbook, this.p + "sheet", at).map((el) => {
      const a = attributes(this.workbook, el.start);
      return { name: a.name ?? "", id: prefixedAttribute(a, "id") ?? "" };
    });
  }

  /** Adds a worksheet at the end of the tabs; `partPath` is its package path ("xl/worksheets/sheet9.xml"). */
  addSheet(name: string, partPath: string, workbookPath: string): void {
    const relIds = elements(this.rels, (rootPrefix(this.rels) ?? "") + "Relationship").map((el) => attributes(this.rels, el.start).Id ?? "");
    let n = relIds.length + 1;
    while (relIds.includes(`rId${n}`)) n++;
    const relId = `rId${n}`;
    const base = workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1);
    const target = partPath.startsWith(base) ? partPath.slice(base.length) : `/${partPath}`;
    const rp = rootPrefix(this.rels) ?? "";
    this.rels = this.rels.replace(`</${rp}Relationships>`, `<${rp}Relationship Id="${relId}" Type="${WORKSHEET_TYPE}" Target="${escapeXml(target)}"/></${rp}Relationships>`);
    const sheetsAt = findStartTag(this.workbook, this.p + "sheets", 0);
    const ids = elements(this.workbook, this.p + "sheet", sheetsAt).map((el) => Number(attributes(this.workbook, el.start).sheetId) || 0);
    const close = this.workbook.indexOf(`</${this.p}sheets>`, sheetsAt);
    // The new element binds its own prefix: producers such as openpyxl declare the relationships
    // namespace on each <sheet>, not on the root, so no prefix is in scope at </sheets>.
    const element = `<${this.p}sheet xmlns:r="${RELATIONSHIPS_NS}" name="${escapeXml(name)}" sheetId="${Math.max(0, ...ids) + 1}" r:id="${relId}"/>`;
    this.workbook = this.workbook.slice(0, close) + element + this.workbook.slice(close);
    const cp = rootPrefix(this.contentTypes) ?? "";
    this.contentTypes = this.contentTypes.replace(`</${cp}Types>`, `<${cp}Override PartName="/${escapeXml(partPath)}" ContentType="${WORKSHEET_CONTENT}"/></${cp}Types>`);
  }

  /** Content types no longer needed: the Override entries of parts left out of the package (keys lower-cased, no leading slash). */
  dropOverrides(parts: ReadonlySet<string>): void {
    const cp = rootPrefix(this.contentTypes) ?? "";
    this.contentTypes = this.contentTypes.replace(new RegExp(`<${cp}Override\\b[^>]*?(?:/>|>\\s*</${cp}Override>)`, "g"), (element) => {
      const name = attributes(element, 0).PartName ?? "";
      return parts.has(name.replace(/^\/+/, "").toLowerCase()) ? "" : element;
    });
  }

  /** Rows repeated at the top of every printed page of a sheet (the _xlnm.Print_Titles name of that sheet). */
  setPrintTitles(sheet: string, row: number): void {
    const index = this.sheets().findIndex((s) => s.name === sheet);
    if (index < 0) return;
    const p = this.p;
    const value = `'${sheet.replace(/'/g, "''")}'!$${row}:$${row}`;
    const element = `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(value)}</${p}definedName>`;
    const existing = new RegExp(`<${p}definedName\\b[^>]*name="_xlnm\\.Print_Titles"[^>]*localSheetId="${index}"[^>]*>[^<]*</${p}definedName>`);
    if (existing.test(this.workbook)) {
      this.workbook = this.workbook.replace(existing, element);
      return;
    }
    const names = findStartTag(this.workbook, p + "definedNames", 0);
    if (names >= 0) {
      const close = this.workbook.indexOf(`</${p}definedNames>`, names);
      this.workbook = this.workbook.slice(0, close) + element + this.workbook.slice(close);
      return;
    }
    const sheetsClose = this.workbook.indexOf(`</${p}sheets>`) + `</${p}sheets>`.length;
    this.workbook = this.workbook.slice(0, sheetsClose) + `<${p}definedNames>${element}</${p}definedNames>` + this.workbook.slice(sheetsClose);
  }

  /** Formulas written without a cached value are computed when the workbook is next opened. */
  calculateOnLoad(): void {
    const p = this.p;
    const at = findStartTag(this.workbook, p + "calcPr", 0);
    if (at >= 0) {
      const end = this.workbook.indexOf(">", at);
      const tag = this.workbook.slice(at, end);
      if (/fullCalcOnLoad=/.test(tag)) this.workbook = this.workbook.slice(0, at) + tag.replace(/fullCalcOnLoad="[^"]*"/, 'fullCalcOnLoad="1"') + this.workbook.slice(end);
      else this.workbook = this.workbook.slice(0, at) + tag.replace(/\s*\/$/, "") + ' fullCalcOnLoad="1"' + (tag.endsWith("/") ? "/" : "") + this.workbook.slice(end);
      return;
    }
    const close = this.workbook.indexOf(`</${p}workbook>`);
    // calcPr follows definedNames; later elements (oleSize, customWorkbookViews, pivotCaches, …) come after it.
    const after = ["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"]
      .map((n) => findStartTag(this.workbook, p + n, 0))
      .filter((i) => i >= 0);
    const insertAt = after.length ? Math.min(...after) : close;
    this.workbook = this.workbook.slice(0, insertAt) + `<${p}calcPr fullCalcOnLoad="1"/>` + this.workbook.slice(insertAt);
  }
}
