import { createDeflateRaw, crc32, deflateRawSync, inflateRawSync } from "zlib";
import { handMadeXlsx } from "../io/fast-read-zip";

/** The 往来帐-like header every hostile sheet starts with. */
export const HOSTILE_HEADERS = ["事件编号", "客户编码", "客服工号", "发生时间", "事件描述", "往来类型", "金额", "数量", "产品类别", "处理状态"];

function inline(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

export function headerRowXml(headers: readonly string[] = HOSTILE_HEADERS, row = 1): string {
  return `<row r="${row}">${headers.map((h, i) => inline(`${String.fromCharCode(65 + i)}${row}`, h)).join("")}</row>`;
}

/** One full row of plausible event data (varied, so it compresses as real sheets do: about 12 to 1). */
export function eventRowXml(r: number, random: () => number): string {
  const amount = (random() * 100000).toFixed(2);
  return (
    `<row r="${r}" spans="1:10">` +
    inline(`A${r}`, `WL${(random() * 1e9).toFixed(0)}-${r}`) +
    inline(`B${r}`, `KH${String(Math.floor(random() * 10000)).padStart(4, "0")}`) +
    inline(`C${r}`, `S${String(Math.floor(random() * 100)).padStart(3, "0")}`) +
    `<c r="D${r}" s="1"><v>${(45000 + random() * 1000).toFixed(6)}</v></c>` +
    inline(`E${r}`, `第${r}笔订单：客户要求按合同约定的时间送货，已安排`) +
    inline(`F${r}`, "订单") +
    `<c r="G${r}"><v>${amount}</v></c><c r="H${r}"><v>${Math.floor(random() * 500)}</v></c>` +
    inline(`I${r}`, `品类${Math.floor(random() * 40)}`) +
    inline(`J${r}`, "已完成") +
    `</row>`
  );
}

/** A package whose one sheet (往来帐) holds `rows` XML fragments made on the fly: a big sheet never becomes one string. */
export async function bigSheetXlsx(rowCount: number, row: (r: number) => string): Promise<{ file: Buffer; sheetBytes: number }> {
  const small = handMadeXlsx({ sheets: { 往来帐: "@@ROWS@@" } });
  // take the package apart again: every part but the sheet is small; the sheet is deflated as a stream
  const { parts } = unzipSmall(small);
  const [before, after] = parts["xl/worksheets/sheet1.xml"].toString("utf8").split("@@ROWS@@");
  const deflate = createDeflateRaw({ level: 6 });
  const packed: Buffer[] = [];
  deflate.on("data", (b: Buffer) => packed.push(b));
  const done = new Promise<void>((resolve, reject) => deflate.on("end", resolve).on("error", reject));
  let crc = 0;
  let size = 0;
  const write = (text: string) => {
    const b = Buffer.from(text, "utf8");
    crc = crc32(b, crc);
    size += b.length;
    return deflate.write(b);
  };
  write(before + headerRowXml());
  let batch = "";
  for (let r = 2; r <= rowCount + 1; r++) {
    batch += row(r);
    if (batch.length > 1 << 20) {
      if (!write(batch)) await new Promise((resolve) => deflate.once("drain", resolve));
      batch = "";
    }
  }
  write(batch + after);
  deflate.end();
  await done;
  return { file: rezip(parts, "xl/worksheets/sheet1.xml", { packed: Buffer.concat(packed), crc, size }), sheetBytes: size };
}

interface Entry {
  name: string;
  data: Buffer;
}

/** The stored parts of a package made by zipParts (deflated, no data descriptors). */
function unzipSmall(zip: Buffer): { parts: Record<string, Buffer> } {
  const parts: Record<string, Buffer> = {};
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const method = zip.readUInt16LE(at + 8);
    const packedSize = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const name = zip.toString("utf8", at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength + extra;
    const raw = zip.subarray(start, start + packedSize);
    parts[name] = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    at = start + packedSize;
  }
  return { parts };
}

/** A .zip of the parts, one of them given already deflated. */
function rezip(parts: Record<string, Buffer>, bigName: string, big: { packed: Buffer; crc: number; size: number }): Buffer {
  const entries: (Entry & { packed: Buffer; crc: number; size: number })[] = Object.entries(parts).map(([name, data]) =>
    name === bigName ? { name, data, ...big } : { name, data, packed: deflateRawSync(data), crc: crc32(data), size: data.length },
  );
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const fileName = Buffer.from(e.name, "utf8");
    const header = (signature: number, length: number) => {
      const b = Buffer.alloc(length);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.packed.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = header(0x02014b50, 46);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.packed.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, e.packed);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + e.packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
