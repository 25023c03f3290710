import type { Cell } from "../../../workbook/cell";

/** Text for XML content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/** Any character escapeXString or escapeXml changes (most text has none: it goes through as it is). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const NEEDS_ESCAPE = /[&<>"_\u0000-\u0008\u000b-\u001f\ud800-\udfff\ufffe\uffff]/;

/**
 * Spreadsheet text (ST_Xstring) as the file stores it: characters XML cannot hold (controls other
 * than tab, line feed and carriage return, lone surrogates, U+FFFE/FFFF) become `_xHHHH_`, and text
 * that already looks like such an escape keeps its underscore as `_x005F_`, so a reader decoding
 * `_xHHHH_` gets back exactly what was written. Carriage returns are escaped too: XML parsers turn
 * them into line feeds.
 */
export function escapeXString(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  const escaped = text.replace(/_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) =>
    c === "_" ? "_x005F_" : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
  return escapeXml(escaped);
}

/** A number as the file stores it (shortest round-trip form; no NaN or infinities in a cell). */
function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`a cell cannot hold ${value}`);
  return String(value);
}

/** JavaScript's \s: tab, line feed, vertical tab, form feed, carriage return, space, and the Unicode spaces. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether text (not empty) starts or ends with white space, which XML would drop without xml:space. */
function edgeSpace(text: string): boolean {
  return isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1));
}

/** The fixed pieces of a cell's XML for one namespace prefix, joined once (a cell's string is then a few pieces, not a dozen). */
interface CellTags {
  inline: string;
  inlineSpaced: string;
  inlineEnd: string;
  bool: [string, string];
  value: string;
  valueEnd: string;
  formula: string;
  formulaEnd: string;
}

const TAGS = new Map<string, CellTags>();

function tagsOf(p: string): CellTags {
  let tags = TAGS.get(p);
  if (!tags) {
    tags = {
      inline: ` t="inlineStr"><${p}is><${p}t>`,
      inlineSpaced: ` t="inlineStr"><${p}is><${p}t xml:space="preserve">`,
      inlineEnd: `</${p}t></${p}is></${p}c>`,
      bool: [` t="b"><${p}v>0</${p}v></${p}c>`, ` t="b"><${p}v>1</${p}v></${p}c>`],
      value: `><${p}v>`,
      valueEnd: `</${p}v></${p}c>`,
      formula: `><${p}f>`,
      formulaEnd: `</${p}f></${p}c>`,
    };
    TAGS.set(p, tags);
  }
  return tags;
}

/**
 * A <c> element after its `<c r="A1" s="3"` opening: text as an inline string (no shared-strings
 * part to touch), numbers, booleans; null leaves a styled empty cell.
 */
export function cellRest(value: Cell, formula: string | undefined, prefix: string): string {
  const t = tagsOf(prefix);
  if (formula !== undefined) return t.formula + escapeXml(formula) + t.formulaEnd;
  if (value === null || value === "") return "/>";
  if (typeof value === "string") return (edgeSpace(value) ? t.inlineSpaced : t.inline) + escapeXString(value) + t.inlineEnd;
  if (typeof value === "boolean") return t.bool[value ? 1 : 0];
  return t.value + numberText(value) + t.valueEnd;
}

/** The opening of a <c> element up to its attributes' end: `<c r="A1" s="3"`. */
export function cellOpen(ref: string, style: string | undefined, prefix = ""): string {
  return `<${prefix}c r="${ref}"${style ? ` s="${style}"` : ""}`;
}

/** One <c> element. `style` is the cell's s attribute, kept from what was there. */
export function cellXml(ref: string, value: Cell, style: string | undefined, formula?: string, prefix = ""): string {
  return cellOpen(ref, style, prefix) + cellRest(value, formula, prefix);
}
