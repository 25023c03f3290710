import { findLastStartTag, rootPrefix } from "./fast-xml";

/**
 * Feeds a streamed XML part to `onSegment` in pieces that each end just before a start tag of the
 * repeated element (`row` in a sheet, `si` in the shared strings), so every piece but the last holds
 * only whole elements. The last piece (final = true) holds the rest of the part.
 * Memory stays at one chunk plus one element, whatever the part's size.
 */
export async function splitAtElements(
  chunks: AsyncIterable<string>,
  localName: string,
  onSegment: (text: string, prefix: string, final: boolean) => void,
): Promise<void> {
  let carry = "";
  let prefix: string | undefined;
  let tag = "";
  for await (const chunk of chunks) {
    carry += chunk;
    if (prefix === undefined) {
      prefix = rootPrefix(carry);
      if (prefix === undefined) continue;
      tag = prefix + localName;
    }
    const cut = findLastStartTag(carry, tag);
    if (cut > 0) {
      onSegment(carry.slice(0, cut), prefix, false);
      carry = carry.slice(cut);
    }
  }
  onSegment(carry, prefix ?? "", true);
}
