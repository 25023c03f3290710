/**
 * Writes templates/客户日志-模板.xlsx: the empty 客户日志 workbook, generated from the sheet specs
 * (the same code path as `kehu init`). Run by `npm run build`; a test fails when it is stale.
 */
import { promises as fs } from "fs";
import { join } from "path";
import { ZipParts } from "../src/io/xlsx/fast-zip";
import { XlsxWorkbook } from "../src/io/xlsx/xlsx-workbook";
import { setupWorkbook } from "../src/app/setup";
import { TEMPLATE_IN_PACKAGE } from "../src/cli/empty-log";

export const TEMPLATE_FILE = join(__dirname, "..", TEMPLATE_IN_PACKAGE);

/** Zip timestamps change on every write: compare the parts' contents, not the bytes. */
export async function sameContent(a: Buffer, b: Buffer): Promise<boolean> {
  const [x, y] = await Promise.all([ZipParts.fromBuffer(a), ZipParts.fromBuffer(b)]);
  const names = x.names().sort();
  if (names.join("\n") !== y.names().sort().join("\n")) return false;
  for (const name of names) if ((await x.text(name)) !== (await y.text(name))) return false;
  return true;
}

/** The template as the specs make it now. */
export async function freshTemplate(): Promise<Buffer> {
  const workbook = XlsxWorkbook.create();
  await setupWorkbook(workbook);
  workbook.book.modified = new Date(0);
  return Buffer.from(await workbook.book.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const fresh = await freshTemplate();
  const existing = await fs.readFile(TEMPLATE_FILE).catch(() => undefined);
  if (existing && (await sameContent(existing, fresh))) {
    console.log(`template: ${TEMPLATE_FILE} (up to date)`);
    return;
  }
  await fs.writeFile(TEMPLATE_FILE, fresh);
  console.log(`template: ${TEMPLATE_FILE} (written)`);
}

if (require.main === module) void main();
