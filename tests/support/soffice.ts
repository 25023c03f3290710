import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export function sofficeAvailable(): boolean {
  return spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
}

/**
 * Converts every sheet of each workbook to CSV with LibreOffice (one start-up for all files) and
 * returns, per file, sheet name -> rows of displayed text.
 */
export function sheetsAsCsv(files: string[]): Map<string, Map<string, string[][]>> {
  const out = mkdtempSync(join(tmpdir(), "kehu-lo-out-"));
  const profile = mkdtempSync(join(tmpdir(), "kehu-lo-profile-"));
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", out, ...files],
    { stdio: "pipe", timeout: 180_000 },
  );
  const result = new Map<string, Map<string, string[][]>>();
  for (const file of files) {
    const base = file.split("/").pop()!.replace(/\.xlsx$/, "");
    const sheets = new Map<string, string[][]>();
    for (const csv of readdirSync(out).filter((f) => f.startsWith(`${base}-`) && f.endsWith(".csv"))) {
      sheets.set(csv.slice(base.length + 1, -4), parseCsv(readFileSync(join(out, csv), "utf8")));
    }
    result.set(file, sheets);
  }
  return result;
}

/** RFC 4180 CSV (quotes, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endField();
    else if (ch === "\n") {
      endField();
      rows.push(row);
      row = [];
    } else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
