import { findLastStartTag, rootPrefix } from "./fast-xml";

/** A part that shows no root element within this many characters is not XML we can read. */
const MAX_PROLOGUE = 1024 * 1024;

/**
 * Feeds a streamed XML part to `onSegment` in pieces that each end just before a start tag of the
 * repeated element (`row` in a sheet, `si` in the shared strings), so every piece but the last holds
 * only whole elements. The last piece (final = true) holds the rest of the part.
 * Memory stays at one chunk plus one element, whatever the part's size. Each chunk is searched
 * once (with a few characters of the one before, where a tag may straddle them) and text is joined
 * only where it is cut, so one element of 60 MB costs linear time, not a search per chunk.
 */
export async function splitAtElements(
  chunks: AsyncIterable<string>,
  localName: string,
  onSegment: (text: string, prefix: string, final: boolean) => void,
): Promise<void> {
  let pieces: string[] = [];
  let pending = 0;
  let prefix: string | undefined;
  let tag = "";
  let head = "";
  for await (const piece of chunks) {
    let chunk = piece;
    if (prefix === undefined) {
      head += chunk;
      prefix = rootPrefix(head);
      if (prefix === undefined) {
        if (head.length > MAX_PROLOGUE) throw new Error("no root element");
        continue;
      }
      tag = prefix + localName;
      chunk = head;
      head = "";
    }
    const overlap = tailOf(pieces, tag.length + 2);
    const cut = findLastStartTag(overlap + chunk, tag);
    pieces.push(chunk);
    pending += chunk.length;
    const at = cut < 0 ? -1 : pending - chunk.length - overlap.length + cut;
    if (at > 0) {
      const whole = pieces.length === 1 ? pieces[0] : pieces.join("");
      onSegment(whole.slice(0, at), prefix, false);
      const rest = whole.slice(at);
      pieces = [rest];
      pending = rest.length;
    }
  }
  onSegment(prefix === undefined ? head : pieces.join(""), prefix ?? "", true);
}

/** The last `length` characters of the pieces (fewer when they hold fewer). */
function tailOf(pieces: readonly string[], length: number): string {
  let tail = "";
  for (let i = pieces.length - 1; i >= 0 && tail.length < length; i--) {
    const piece = pieces[i];
    tail = piece.slice(Math.max(0, piece.length - (length - tail.length))) + tail;
  }
  return tail;
}
