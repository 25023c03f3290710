import { attributes, elements, findStartTag, rootPrefix } from "../fast-xml";
import { escapeXml } from "./cell-xml";

/** The look of a cell in a generated sheet. */
export interface CellLook {
  font?: "title" | "subtitle" | "blockTitle" | "header" | "link";
  fill?: "header";
  numberFormat?: string;
}

const FONTS: Record<NonNullable<CellLook["font"]>, string> = {
  title: '<b/><sz val="14"/><color rgb="FF0F6CBD"/><name val="Calibri"/>',
  subtitle: '<i/><sz val="11"/><color rgb="FF605E5C"/><name val="Calibri"/>',
  blockTitle: '<b/><sz val="12"/><name val="Calibri"/>',
  header: '<b/><sz val="11"/><name val="Calibri"/>',
  link: '<u/><sz val="11"/><color rgb="FF0F6CBD"/><name val="Calibri"/>',
};
const HEADER_FILL = '<patternFill patternType="solid"><fgColor rgb="FFDEECF9"/><bgColor indexed="64"/></patternFill>';

/**
 * Adds the few cell styles generated sheets use to a workbook's styles part, leaving every existing
 * style where it is (cells keep their s indexes). Each look is added once, on first use.
 */
export class StylesEditor {
  private readonly p: string;
  private readonly added = { numFmts: [] as string[], fonts: [] as string[], fills: [] as string[], xfs: [] as string[] };
  private readonly counts: { numFmts: number; fonts: number; fills: number; xfs: number };
  private readonly looks = new Map<string, number>();
  private readonly fontIds = new Map<string, number>();
  private readonly formatIds = new Map<string, number>();
  private nextFormatId: number;
  private fillId?: number;

  constructor(private readonly xml: string) {
    this.p = rootPrefix(xml) ?? "";
    const count = (name: string, item: string) => {
      const at = findStartTag(xml, this.p + name, 0);
      if (at < 0) return 0;
      const end = xml.indexOf(`</${this.p}${name}>`, at);
      return elements(xml, this.p + item, at, end < 0 ? at : end).length;
    };
    this.counts = { numFmts: count("numFmts", "numFmt"), fonts: count("fonts", "font"), fills: count("fills", "fill"), xfs: count("cellXfs", "xf") };
    const numFmts = findStartTag(xml, this.p + "numFmts", 0);
    const ids = numFmts < 0 ? [] : elements(xml, this.p + "numFmt", numFmts).map((el) => attributes(xml, el.start));
    for (const a of ids) if (a.formatCode !== undefined) this.formatIds.set(a.formatCode, Number(a.numFmtId));
    this.nextFormatId = Math.max(163, ...ids.map((a) => Number(a.numFmtId) || 0)) + 1;
  }

  get changed(): boolean {
    return this.looks.size > 0;
  }

  /** The s index for a look. */
  style(look: CellLook): number {
    const key = `${look.font ?? ""}|${look.fill ?? ""}|${look.numberFormat ?? ""}`;
    const known = this.looks.get(key);
    if (known !== undefined) return known;
    const font = look.font ? this.font(look.font) : 0;
    const fill = look.fill ? this.fill() : 0;
    const format = look.numberFormat ? this.format(look.numberFormat) : 0;
    const xf = `<${this.p}xf numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${format ? ' applyNumberFormat="1"' : ""}${font ? ' applyFont="1"' : ""}${fill ? ' applyFill="1"' : ""}/>`;
    const index = this.counts.xfs + this.added.xfs.push(xf) - 1;
    this.looks.set(key, index);
    return index;
  }

  private font(kind: keyof typeof FONTS): number {
    const known = this.fontIds.get(kind);
    if (known !== undefined) return known;
    const id = this.counts.fonts + this.added.fonts.push(`<${this.p}font>${FONTS[kind].replace(/<(\/?)(?=[a-z])/g, `<$1${this.p}`)}</${this.p}font>`) - 1;
    this.fontIds.set(kind, id);
    return id;
  }

  private fill(): number {
    this.fillId ??= this.counts.fills + this.added.fills.push(`<${this.p}fill>${HEADER_FILL.replace(/<(\/?)(?=[a-z])/g, `<$1${this.p}`)}</${this.p}fill>`) - 1;
    return this.fillId;
  }

  private format(code: string): number {
    const builtIn: Record<string, number> = { "0": 1, "0.00": 2, "0%": 9, "0.00%": 10 };
    if (builtIn[code] > 0) return builtIn[code];
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.added.numFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    this.formatIds.set(code, id);
    return id;
  }

  /** The styles part with the added styles. */
  toXml(): string {
    let xml = this.xml;
    const p = this.p;
    const append = (name: string, items: string[], total: number, after?: string): void => {
      if (items.length === 0) return;
      const at = findStartTag(xml, p + name, 0);
      if (at < 0) {
        const anchor = after ? findStartTag(xml, p + after, 0) : -1;
        const root = findStartTag(xml, p + "styleSheet", 0);
        const insertAt = anchor >= 0 ? anchor : xml.indexOf(">", root) + 1;
        xml = xml.slice(0, insertAt) + `<${p}${name} count="${total}">${items.join("")}</${p}${name}>` + xml.slice(insertAt);
        return;
      }
      const tagEnd = xml.indexOf(">", at);
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        xml = xml.slice(0, at) + `<${p}${name} count="${total}">${items.join("")}</${p}${name}>` + xml.slice(tagEnd + 1);
        return;
      }
      const close = xml.indexOf(`</${p}${name}>`, at);
      const start = xml.slice(at, tagEnd + 1).replace(/\scount="\d*"/, "").replace(/^(<[^\s>/]+)/, `$1 count="${total}"`);
      xml = xml.slice(0, at) + start + xml.slice(tagEnd + 1, close) + items.join("") + xml.slice(close);
    };
    append("numFmts", this.added.numFmts, this.counts.numFmts + this.added.numFmts.length, "fonts");
    append("fonts", this.added.fonts, this.counts.fonts + this.added.fonts.length);
    append("fills", this.added.fills, this.counts.fills + this.added.fills.length);
    append("cellXfs", this.added.xfs, this.counts.xfs + this.added.xfs.length);
    return xml;
  }
}
