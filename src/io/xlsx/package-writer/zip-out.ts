import type { FileHandle } from "fs/promises";
import { createDeflateRaw, crc32 } from "zlib";
import type * as yauzl from "yauzl";

const DEFLATE_LEVEL = 3;
/**
 * zlib deflates on a thread of its own, and it takes turns with this thread only where it is handed
 * input or gives output. So that it compresses while the next rows are written out, the writer
 * yields to the event loop after each chunk instead of only when zlib is full (a chain of promises
 * that resolve at once never let zlib's callbacks in), queues up to DEFLATE_AHEAD of text before
 * it waits, and zlib gives output in 1 MB pieces rather than 16 KB (16 KB of output is about 0.6 ms
 * of zlib's work, then it waited for this thread again). The 1,200-customer demo's save (119 MB of
 * XML): 2.1-2.6 s wall -> 1.4-1.8 s, for the same CPU.
 */
const DEFLATE_AHEAD = 4 << 20;
const DEFLATE_OUT = 1 << 20;
/** Text is encoded into pieces of this size before zlib gets them. */
const STAGING_BYTES = 1 << 20;

/**
 * Writes a zip package entry by entry to an open file. Two kinds of entry:
 * - `copy`: an entry of the package we read, its compressed bytes carried over as they are (no
 *   inflate, no deflate, same CRC): charts, images, pivot caches and untouched sheets stay byte for
 *   byte, and the 96k-row demo's big sheets cost one memory copy instead of seconds of zlib.
 *   yazl cannot do this (it compresses whatever it is given), hence this small writer.
 * - `add`: a new or changed part, deflated with Node's zlib as it streams in, at level 3: on sheet
 *   XML it takes half the time of zlib's default level 6 for a part about 15% larger (the
 *   1,200-customer demo's 60 MB 往来帐 sheet: 0.33 s and 7.6 MB against 0.62 s and 6.6 MB).
 * No zip64: a part or package over 4 GB, or 65,535 entries, is refused.
 */
export class ZipOut {
  private offset = 0;
  private readonly central: Buffer[] = [];
  private count = 0;

  constructor(private readonly file: FileHandle) {}

  private async write(buffer: Buffer): Promise<void> {
    await this.file.write(buffer, 0, buffer.length);
    this.offset += buffer.length;
  }

  async copy(entry: yauzl.Entry, compressed: Buffer): Promise<void> {
    // Bit 3 (sizes in a trailing data descriptor) is dropped: the sizes go into the local header.
    await this.entry(entry.fileNameRaw, entry.generalPurposeBitFlag & ~0x8 & 0xffff, entry.compressionMethod, entry.lastModFileTime, entry.lastModFileDate, entry.crc32, compressed, entry.uncompressedSize);
  }

  /** A new or rewritten part from text or byte chunks. */
  async add(name: string, chunks: Iterable<string | Buffer> | AsyncIterable<string | Buffer>, when: Date): Promise<void> {
    const deflate = createDeflateRaw({ level: DEFLATE_LEVEL, chunkSize: DEFLATE_OUT });
    const parts: Buffer[] = [];
    deflate.on("data", (b: Buffer) => parts.push(b));
    const done = new Promise<void>((resolve, reject) => {
      deflate.on("end", resolve);
      deflate.on("error", reject);
    });
    let crc = 0;
    let size = 0;
    const hand = async (bytes: Buffer) => {
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (!deflate.write(bytes) && deflate.writableLength > DEFLATE_AHEAD) await new Promise((resolve) => deflate.once("drain", resolve));
      else await new Promise(setImmediate);
    };
    // text is encoded into a staging buffer and handed to zlib a piece at a time: small chunks of text
    // stay small strings (no large flattened copies for the garbage collector), zlib gets big pieces
    let staging = Buffer.allocUnsafe(STAGING_BYTES);
    let used = 0;
    for await (const chunk of chunks) {
      if (typeof chunk !== "string" || chunk.length * 3 > STAGING_BYTES) {
        if (used > 0) await hand(staging.subarray(0, used));
        if (used > 0) [staging, used] = [Buffer.allocUnsafe(STAGING_BYTES), 0];
        const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
        if (bytes.length > 0) await hand(bytes);
        continue;
      }
      if (used + chunk.length * 3 > STAGING_BYTES) {
        await hand(staging.subarray(0, used));
        [staging, used] = [Buffer.allocUnsafe(STAGING_BYTES), 0];
      }
      used += staging.write(chunk, used, "utf8");
    }
    if (used > 0) await hand(staging.subarray(0, used));
    deflate.end();
    await done;
    const nameBytes = Buffer.from(name, "utf8");
    const utf8 = /[^\x20-\x7e]/.test(name) ? 0x800 : 0;
    const { time, date } = dosDateTime(when);
    await this.entry(nameBytes, utf8, 8, time, date, crc >>> 0, Buffer.concat(parts), size);
  }

  private async entry(name: Buffer, flags: number, method: number, time: number, date: number, crc: number, data: Buffer, size: number): Promise<void> {
    if (data.length >= 0xffffffff || size >= 0xffffffff || this.offset >= 0xffffffff || this.count >= 0xffff) {
      throw new Error("the package is too large to write (over 4 GB or 65,535 parts)");
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 28); // flags, method, time, date, crc, sizes, name length
    central.writeUInt32LE(this.offset, 42);
    this.central.push(central, name);
    this.count++;
    await this.write(Buffer.concat([local, name]));
    await this.write(data);
  }

  /** Writes the central directory; the package is complete after this. */
  async finish(): Promise<void> {
    const start = this.offset;
    const directory = Buffer.concat(this.central);
    await this.write(directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.count, 8);
    end.writeUInt16LE(this.count, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
  }
}

/** MS-DOS date and time fields of a zip entry (local time, 2-second steps). */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
