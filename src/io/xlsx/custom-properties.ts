import { promises as fs } from "fs";
import * as yauzl from "yauzl";
import * as yazl from "yazl";
import { attributes, decodeXmlText, elements, rootPrefix } from "./fast-xml";
import { relationshipsOf } from "./fast-package";
import type { ZipParts } from "./fast-zip";
import { fileError, openByOfficeApp, WorkbookFileError } from "./file-errors";

/**
 * A workbook's custom document properties (File → Info → Properties → Custom in Excel), read from
 * and written to the package part docProps/custom.xml. Writing touches only that part, the
 * package's root relationships and [Content_Types].xml; every other part is copied with the same
 * bytes (re-deflated: yazl cannot copy compressed data as it is).
 */
const CUSTOM_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CUSTOM_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const CUSTOM_PART = "docProps/custom.xml";
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The custom properties' part of a package (found through the root relationships), or undefined. */
async function customPartPath(zip: ZipParts): Promise<string | undefined> {
  const rel = (await relationshipsOf(zip, "")).find((r) => r.type === CUSTOM_REL_TYPE);
  return rel && zip.has(rel.target) ? rel.target : undefined;
}

/** The text value of every custom property, by name. */
export function parseCustomProperties(xml: string): Map<string, string> {
  const prefix = rootPrefix(xml) ?? "";
  const out = new Map<string, string>();
  for (const el of elements(xml, prefix + "property")) {
    const name = attributes(xml, el.start).name;
    if (name === undefined) continue;
    const inner = xml.slice(el.contentStart, el.contentEnd);
    const value = /<(?:[\w.-]+:)?(?:lpwstr|lpstr|bstr|i4|r8|bool)>([\s\S]*?)<\//.exec(inner);
    out.set(name, value ? decodeXmlText(value[1]) : "");
  }
  return out;
}

export async function readCustomProperties(zip: ZipParts): Promise<Map<string, string>> {
  const path = await customPartPath(zip);
  const xml = path && (await zip.text(path));
  return xml ? parseCustomProperties(xml) : new Map();
}

/** custom.xml with `name` set to `value` (a text property), other properties kept as they are. */
function withProperty(xml: string | undefined, name: string, value: string): string {
  const property = (pid: number) =>
    `<property fmtid="${FMTID}" pid="${pid}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`;
  if (!xml) {
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${property(2)}</Properties>`
    );
  }
  const prefix = rootPrefix(xml) ?? "";
  const existing = elements(xml, prefix + "property");
  const same = existing.find((el) => attributes(xml, el.start).name === name);
  const pid = Math.max(1, ...existing.map((el) => Number(attributes(xml, el.start).pid) || 1)) + 1;
  const vt = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/docPropsVTypes"/.exec(xml)?.[1];
  let fresh = property(same ? Number(attributes(xml, same.start).pid) || pid : pid);
  if (prefix) fresh = fresh.replace(/<(\/?)property/g, `<$1${prefix}property`);
  if (vt !== "vt") fresh = vt ? fresh.replace(/vt:/g, `${vt}:`) : fresh.replace("<vt:lpwstr>", `<vt:lpwstr xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`);
  if (same) return xml.slice(0, same.start) + fresh + xml.slice(same.end);
  const close = xml.lastIndexOf(`</${prefix}Properties>`);
  if (close < 0) throw new Error("docProps/custom.xml has no </Properties>");
  return xml.slice(0, close) + fresh + xml.slice(close);
}

function withRelationship(rels: string): string {
  if (rels.includes(CUSTOM_REL_TYPE)) return rels;
  const prefix = rootPrefix(rels) ?? "";
  const ids = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const close = rels.lastIndexOf(`</${prefix}Relationships>`);
  return `${rels.slice(0, close)}<${prefix}Relationship Id="rId${n}" Type="${CUSTOM_REL_TYPE}" Target="${CUSTOM_PART}"/>${rels.slice(close)}`;
}

function withContentType(types: string): string {
  if (/PartName="\/docProps\/custom\.xml"/i.test(types)) return types;
  const prefix = rootPrefix(types) ?? "";
  const close = types.lastIndexOf(`</${prefix}Types>`);
  return `${types.slice(0, close)}<${prefix}Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_CONTENT_TYPE}"/>${types.slice(close)}`;
}

async function entries(buffer: Buffer): Promise<{ name: string; data: Buffer; mtime: Date }[]> {
  const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true });
  const out: { name: string; data: Buffer; mtime: Date }[] = [];
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith("/")) continue;
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    out.push({ name: entry.fileName, data: Buffer.concat(chunks), mtime: entry.getLastModDate() });
  }
  return out;
}

/**
 * Sets one text custom property in an .xlsx file, in place and atomically (a temporary file renamed
 * over it). A file open in Excel or WPS/LibreOffice is refused (WorkbookFileError "locked").
 */
export async function writeCustomProperty(file: string, name: string, value: string): Promise<void> {
  let parts: { name: string; data: Buffer; mtime: Date }[];
  try {
    parts = await entries(await fs.readFile(file));
  } catch (err) {
    throw fileError(err, file);
  }
  if (await openByOfficeApp(file)) throw new WorkbookFileError("locked", file, `文件正在 Excel 或 WPS/LibreOffice 中打开：${file}（请先关闭再写入）`, `the file is open in Excel or WPS/LibreOffice: ${file} (close it first)`);
  const find = (path: string) => parts.find((p) => p.name.toLowerCase() === path.toLowerCase());
  const rels = find("_rels/.rels");
  const types = find("[Content_Types].xml");
  if (!rels || !types) throw new WorkbookFileError("corrupt", file, `无法读取，文件不是有效的 .xlsx 工作簿（可能已损坏）：${file}`, `cannot read it: not a valid .xlsx workbook (it may be damaged): ${file}`);
  const relTarget = /Type="[^"]*\/custom-properties"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/custom-properties"/.exec(rels.data.toString("utf8"));
  const customPath = relTarget ? (relTarget[1] ?? relTarget[2]) : CUSTOM_PART;
  const custom = find(customPath);
  const xml = withProperty(custom?.data.toString("utf8"), name, value);
  if (custom) custom.data = Buffer.from(xml, "utf8");
  else parts.push({ name: CUSTOM_PART, data: Buffer.from(xml, "utf8"), mtime: new Date() });
  rels.data = Buffer.from(withRelationship(rels.data.toString("utf8")), "utf8");
  types.data = Buffer.from(withContentType(types.data.toString("utf8")), "utf8");

  const zip = new yazl.ZipFile();
  for (const p of parts) zip.addBuffer(p.data, p.name, { mtime: p.mtime, compress: true });
  zip.end();
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    await fs.writeFile(tmp, Buffer.concat(chunks));
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw fileError(err, file);
  }
}
