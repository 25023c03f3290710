import { createHash } from "crypto";
import { StringDecoder } from "string_decoder";
import type { Readable } from "stream";
import { createInflateRaw } from "zlib";
import * as yauzl from "yauzl";
import { ReadLimitExceeded } from "./read-limits";

/** Output chunk of the inflater: big enough to cut per-chunk overhead, small enough to stay in V8's young generation. */
const CHUNK_BYTES = 32 * 1024;

/**
 * The parts of an .xlsx package, read with yauzl: entries are inflated by Node's native zlib and
 * streamed in small chunks, so a 60 MB sheet never becomes one big buffer or string.
 * Part names are matched case-insensitively, as the Open Packaging Conventions say.
 */
export class ZipParts {
  /** Uncompressed bytes handed out so far, all parts together. */
  private inflatedBytes = 0;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly maxBytes: number,
  ) {}

  /** `maxBytes`: the most uncompressed bytes the package may give (declared sizes are checked up front, actual ones as they come). */
  static async fromBuffer(buffer: Buffer, maxBytes = Infinity): Promise<ZipParts> {
    const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, autoClose: false });
    const entries = new Map<string, yauzl.Entry>();
    for await (const entry of zip.eachEntry()) {
      if (entry.uncompressedSize > maxBytes) throw new ReadLimitExceeded("bytes", maxBytes);
      entries.set(partKey(entry.fileName), entry);
    }
    return new ZipParts(zip, entries, maxBytes);
  }

  /** Every part's name, as stored. */
  names(): string[] {
    return [...this.entries.values()].map((e) => e.fileName);
  }

  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  /** The part's text in decoded chunks (UTF-8 characters split across chunks are joined). */
  async *chunks(name: string): AsyncGenerator<string> {
    const entry = this.entries.get(partKey(name));
    if (!entry) throw new Error(`part ${name} is missing`);
    const stream = await this.inflated(entry);
    const decoder = new StringDecoder("utf8");
    let first = true;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      this.inflatedBytes += chunk.length;
      if (this.inflatedBytes > this.maxBytes) {
        stream.destroy();
        throw new ReadLimitExceeded("bytes", this.maxBytes);
      }
      // Stored entries may arrive as one buffer: decode them in slices all the same.
      for (let at = 0; at < chunk.length; at += CHUNK_BYTES) {
        let text = decoder.write(chunk.length <= CHUNK_BYTES ? chunk : chunk.subarray(at, at + CHUNK_BYTES));
        if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
        if (text) yield text;
      }
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }

  /**
   * The entry's bytes. Deflated entries go through our own native inflater with larger output chunks
   * than yauzl's default (half the CPU on a 60 MB sheet); stored entries come as they are.
   */
  private async inflated(entry: yauzl.Entry): Promise<Readable> {
    if (entry.compressionMethod !== 8) return this.zip.openReadStreamPromise(entry);
    const raw = await this.zip.openReadStreamPromise(entry, { decompress: false });
    const inflate = createInflateRaw({ chunkSize: CHUNK_BYTES });
    raw.on("error", (err) => inflate.destroy(err));
    return raw.pipe(inflate);
  }

  /**
   * One digest of the parts `keep` accepts, as stored (names, compression method and compressed bytes,
   * in name order), without inflating anything: equal digests mean equal parts. A writer that
   * compresses the same text differently gives another digest, never the same one for other text.
   */
  async storedDigest(keep: (name: string) => boolean): Promise<string> {
    const hash = createHash("sha256");
    const entries = [...this.entries.entries()].filter(([, e]) => keep(e.fileName)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [key, entry] of entries) {
      hash.update(`${key}\0${entry.compressionMethod}\0${entry.compressedSize}\0`);
      const raw = await this.zip.openReadStreamPromise(entry, entry.compressionMethod === 8 ? { decompress: false } : {});
      for await (const chunk of raw as AsyncIterable<Buffer>) hash.update(chunk);
    }
    return hash.digest("base64");
  }

  /** A small part's whole text, or undefined when the package does not hold it. */
  async text(name: string): Promise<string | undefined> {
    if (!this.has(name)) return undefined;
    let text = "";
    for await (const chunk of this.chunks(name)) text += chunk;
    return text;
  }
}

function partKey(name: string): string {
  return name.replace(/^\/+/, "").toLowerCase();
}
