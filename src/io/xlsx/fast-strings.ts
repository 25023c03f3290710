import { elementAt, findStartTag, stringItemText } from "./fast-xml";
import { splitAtElements } from "./fast-split";

/**
 * xl/sharedStrings.xml as an array: plain items and rich-text items (their <r><t> runs joined) alike,
 * phonetic runs left out, entities and `_xHHHH_` escapes decoded, whitespace kept as written.
 */
export async function readSharedStrings(chunks: AsyncIterable<string>): Promise<string[]> {
  const strings: string[] = [];
  await splitAtElements(chunks, "si", (xml, prefix) => {
    const tag = prefix + "si";
    let at = findStartTag(xml, tag, 0);
    while (at >= 0) {
      const el = elementAt(xml, tag, at);
      strings.push(el.selfClosing ? "" : stringItemText(xml, el.contentStart, el.contentEnd, prefix));
      at = findStartTag(xml, tag, el.end);
    }
  });
  return strings;
}
