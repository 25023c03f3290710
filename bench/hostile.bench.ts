/**
 * Peak memory of reading hostile files (each in a fresh process, `bench/xlsx-read-child.ts`):
 * one cell at row 40,000,000 and 221 MB of sheet XML, against a small clean file read the same way.
 */
import { execFile } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";
import { seededRandom } from "../src/domain/ids";
import { handMadeXlsx } from "../tests/io/fast-read-zip";
import { bigSheetXlsx, eventRowXml, headerRowXml } from "../tests/support/hostile-xlsx";

const execFileAsync = promisify(execFile);

async function peak(file: string): Promise<{ peakMb: number; ms: number; rows: number }> {
  const { stdout } = await execFileAsync(process.execPath, ["-r", "./scripts/register-ts.js", "bench/xlsx-read-child.ts", file, "fast"], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split("\n").pop()!);
}

export async function run(print: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kehu-hostile-bench-"));
  try {
    const random = seededRandom(11);
    const small = join(dir, "small.xlsx");
    writeFileSync(small, handMadeXlsx({ sheets: { 往来帐: headerRowXml() + eventRowXml(2, random) } }));
    const baseline = await peak(small);
    print(`read peak-memory baseline n=1 row: ${baseline.peakMb.toFixed(0)} MB`);

    const sparse = join(dir, "sparse.xlsx");
    writeFileSync(sparse, handMadeXlsx({ sheets: { 往来帐: headerRowXml() + eventRowXml(2, random) + eventRowXml(40_000_000, random) } }));
    const s = await peak(sparse);
    print(`read peak-memory sparse-row n=40000000: ${s.peakMb.toFixed(0)} MB (${(s.peakMb / baseline.peakMb).toFixed(2)}× baseline, ${s.ms} ms)`);

    const big = join(dir, "big.xlsx");
    const { file, sheetBytes } = await bigSheetXlsx(380_000, (r) => eventRowXml(r, random));
    writeFileSync(big, file);
    const b = await peak(big);
    print(
      `read peak-memory sheet-xml n=${(sheetBytes / 1e6).toFixed(0)}MB (${(file.length / 1e6).toFixed(0)} MB file, ${b.rows} rows): ${b.peakMb.toFixed(0)} MB ` +
        `(${(b.peakMb / baseline.peakMb).toFixed(2)}× baseline, ${b.ms} ms)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
