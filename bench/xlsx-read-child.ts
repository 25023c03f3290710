/**
 * Run by workbook.bench.ts in a fresh process, so each way of reading the log gets its own peak RSS:
 * `node -r ./scripts/register-ts.js bench/xlsx-read-child.ts <file> fast|exceljs`
 * prints one JSON line: { ms, rows, peakMb, startMb }.
 */
import { readLog } from "../src/app/read-log";
import { XlsxReader } from "../src/io/xlsx/fast-read";
import { XlsxWorkbook } from "../src/io/xlsx/xlsx-workbook";

async function main(): Promise<void> {
  const [file, mode] = process.argv.slice(2);
  const startMb = process.memoryUsage().rss / 2 ** 20;
  const t0 = Date.now();
  const port = mode === "fast" ? await XlsxReader.open(file) : await XlsxWorkbook.open(file);
  const log = await readLog(port);
  const ms = Date.now() - t0;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, rows: log.transactions.length, peakMb, startMb })}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
