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

/**
 * One <c> element: text as an inline string (no shared-strings part to touch), numbers, booleans;
 * null leaves a styled empty cell. `style` is the cell's s attribute, kept from what was there.
 */
export function cellXml(ref: string, value: Cell, style: string | undefined, formula?: string, prefix = ""): string {
  const c = `${prefix}c`;
  const s = style ? ` s="${style}"` : "";
  if (formula !== undefined) return `<${c} r="${ref}"${s}><${prefix}f>${escapeXml(formula)}</${prefix}f></${c}>`;
  if (value === null || value === "") return `<${c} r="${ref}"${s}/>`;
  if (typeof value === "string") {
    const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : "";
    return `<${c} r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t${space}>${escapeXString(value)}</${prefix}t></${prefix}is></${c}>`;
  }
  const v = typeof value === "boolean" ? (value ? "1" : "0") : numberText(value);
  return `<${c} r="${ref}"${s}${typeof value === "boolean" ? ' t="b"' : ""}><${prefix}v>${v}</${prefix}v></${c}>`;
}
