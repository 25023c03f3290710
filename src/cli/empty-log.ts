import { promises as fs } from "fs";
import { join } from "path";
import { setupWorkbook } from "../app/setup";
import { newWorkbook } from "./open-workbook";

/** Where `npm run template` writes the empty 客户日志, inside the package. */
export const TEMPLATE_IN_PACKAGE = join("templates", "客户日志-模板.xlsx");

/** The template's path: two folders up from src/cli, three from lib/src/cli (as main.ts finds package.json). */
function templateCandidates(): string[] {
  return ["../..", "../../.."].map((up) => join(__dirname, up, TEMPLATE_IN_PACKAGE));
}

/**
 * The empty 客户日志 as package bytes, for XlsxPackage.fromNew to fill: the committed template,
 * which scripts/build-template.ts writes from the sheet specs through the same setupWorkbook (CI
 * fails when it is not up to date; tests/cli/empty-log.test.ts compares it part for part), so the
 * demo does not load exceljs (0.27 s) and lay the log out again (0.1 s) on every run. Without the
 * template (a copy of lib/ alone) exceljs makes it.
 */
export async function emptyLogPackage(): Promise<Buffer> {
  for (const file of templateCandidates()) {
    const bytes = await fs.readFile(file).catch(() => undefined);
    if (bytes) return bytes;
  }
  const empty = await newWorkbook();
  await setupWorkbook(empty);
  return empty.storedPackage();
}
