/**
 * Small indexOf-based helpers for reading the XML parts of an .xlsx without a DOM.
 * They rely on what well-formed XML guarantees: `<` never appears unescaped in text or attribute values.
 */

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text as an XML parser hands it over: line ends normalised, entities and character references decoded. */
export function decodeXmlText(raw: string): string {
  let text = raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw;
  if (text.indexOf("&") >= 0) {
    text = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
      if (ref.charCodeAt(0) !== 35) return NAMED_ENTITIES[ref] ?? whole;
      const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }
  return text;
}

/** Spreadsheet text escapes characters XML cannot hold as `_xHHHH_` (ST_Xstring); exceljs decodes them the same way. */
export function decodeXString(text: string): string {
  return text.indexOf("_x") >= 0 ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

function isNameEnd(code: number): boolean {
  // space, tab, CR, LF, '>', '/'
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 62 || code === 47;
}

/**
 * Index of the next start tag `<name` (followed by a space, `>` or `/`) in xml[from, to), or -1.
 * `name` includes the namespace prefix the part uses ("row" or "x:row").
 */
export function findStartTag(xml: string, name: string, from: number, to: number = xml.length): number {
  const open = "<" + name;
  let at = xml.indexOf(open, from);
  while (at >= 0 && at < to) {
    const after = at + open.length;
    if (after < xml.length && isNameEnd(xml.charCodeAt(after))) return at;
    if (after >= xml.length) return -1;
    at = xml.indexOf(open, after);
  }
  return -1;
}

/** Like findStartTag, searching backwards from `before` (exclusive); only tags whose next character is present count. */
export function findLastStartTag(xml: string, name: string, before: number = xml.length): number {
  const open = "<" + name;
  let at = xml.lastIndexOf(open, before - 1);
  while (at >= 0) {
    const after = at + open.length;
    if (after < xml.length && isNameEnd(xml.charCodeAt(after))) return at;
    if (at === 0) return -1;
    at = xml.lastIndexOf(open, at - 1);
  }
  return -1;
}

/** One element found by `element`: where its start tag ends and its content lies. */
export interface ElementSpan {
  /** Index of `<`. */
  start: number;
  /** Index just past the start tag's `>`. */
  contentStart: number;
  /** Index of the end tag (equal to contentStart for an empty element `<x/>`). */
  contentEnd: number;
  /** Index just past the element. */
  end: number;
  selfClosing: boolean;
}

/** The element whose start tag begins at `start` (nested elements of the same name are not expected). */
export function elementAt(xml: string, name: string, start: number): ElementSpan {
  const tagEnd = xml.indexOf(">", start);
  if (tagEnd < 0) throw new Error(`unterminated <${name}>`);
  if (xml.charCodeAt(tagEnd - 1) === 47) return { start, contentStart: tagEnd + 1, contentEnd: tagEnd + 1, end: tagEnd + 1, selfClosing: true };
  const close = xml.indexOf("</" + name + ">", tagEnd + 1);
  if (close < 0) throw new Error(`<${name}> is not closed`);
  return { start, contentStart: tagEnd + 1, contentEnd: close, end: close + name.length + 3, selfClosing: false };
}

/** Every `name` element in xml[from, to), in document order. */
export function elements(xml: string, name: string, from = 0, to = xml.length): ElementSpan[] {
  const out: ElementSpan[] = [];
  let at = findStartTag(xml, name, from, to);
  while (at >= 0) {
    const el = elementAt(xml, name, at);
    out.push(el);
    at = findStartTag(xml, name, el.end, to);
  }
  return out;
}

/** The attributes of the start tag at `start` (qualified names as written: "r:id"), values decoded. */
export function attributes(xml: string, start: number): Record<string, string> {
  const out: Record<string, string> = {};
  const tagEnd = xml.indexOf(">", start);
  let i = start + 1;
  while (i < tagEnd && !isNameEnd(xml.charCodeAt(i))) i++;
  while (i < tagEnd) {
    const eq = xml.indexOf("=", i);
    if (eq < 0 || eq > tagEnd) break;
    const name = xml.slice(i, eq).trim();
    let q = eq + 1;
    while (xml.charCodeAt(q) === 32 || xml.charCodeAt(q) === 9 || xml.charCodeAt(q) === 10 || xml.charCodeAt(q) === 13) q++;
    const quote = xml[q];
    const close = xml.indexOf(quote, q + 1);
    if ((quote !== '"' && quote !== "'") || close < 0) break;
    out[name] = decodeXmlText(xml.slice(q + 1, close));
    i = close + 1;
  }
  return out;
}

/** The value of the attribute whose local name is `local` whatever its prefix ("r:id", "ns2:id"), skipping unprefixed ones. */
export function prefixedAttribute(attrs: Record<string, string>, local: string): string | undefined {
  for (const [name, value] of Object.entries(attrs)) if (name.endsWith(":" + local)) return value;
  return undefined;
}

/** The namespace prefix of a part's root element, with its colon ("x:"), or "" when it uses the default namespace. */
export function rootPrefix(xml: string): string | undefined {
  let at = xml.indexOf("<");
  while (at >= 0) {
    const next = xml.charCodeAt(at + 1);
    if (next !== 63 && next !== 33) {
      // not <? or <!
      let end = at + 1;
      while (end < xml.length && !isNameEnd(xml.charCodeAt(end))) end++;
      if (end >= xml.length) return undefined;
      const name = xml.slice(at + 1, end);
      const colon = name.indexOf(":");
      return colon >= 0 ? name.slice(0, colon + 1) : "";
    }
    at = xml.indexOf("<", at + 1);
  }
  return undefined;
}

/** Whether xml[at] starts the tag `open` ("<t", "<x:rPh") followed by a space, ">" or "/". */
function startsTag(xml: string, at: number, open: string): boolean {
  return xml.startsWith(open, at) && isNameEnd(xml.charCodeAt(at + open.length));
}

/**
 * The concatenated text of the `t` runs of a string item (the content of <si> or <is>, xml[from, to)),
 * phonetic runs (<rPh>) left out. Walks the item's tags once: items are small, searches stay inside it.
 */
export function stringItemText(xml: string, from: number, to: number, prefix: string): string {
  const t = "<" + prefix + "t";
  const rPh = "<" + prefix + "rPh";
  let text = "";
  let at = xml.indexOf("<", from);
  while (at >= 0 && at < to) {
    const tagEnd = xml.indexOf(">", at);
    if (tagEnd < 0 || tagEnd >= to) break;
    if (startsTag(xml, at, t)) {
      if (xml.charCodeAt(tagEnd - 1) !== 47) {
        const close = xml.indexOf("<", tagEnd + 1);
        text += xml.slice(tagEnd + 1, close);
        at = close;
        continue;
      }
    } else if (startsTag(xml, at, rPh) && xml.charCodeAt(tagEnd - 1) !== 47) {
      const close = xml.indexOf("</" + prefix + "rPh>", tagEnd);
      at = close < 0 ? -1 : xml.indexOf("<", close + 1);
      continue;
    }
    at = xml.indexOf("<", tagEnd + 1);
  }
  return decodeXString(decodeXmlText(text));
}
