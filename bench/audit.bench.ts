/**
 * The supervisor audit: the rules over 2,000 customers and 100,000 events (I/O
 * excluded) against a plain scan of the same rows measured in the same run; the handover
 * dossiers of one rep's customers; and `kehu audit` over 10 workbooks (open + read + audit +
 * consolidated report), against reading the same 10 workbooks alone with the same streaming reader.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { generateDemoLog } from "../src/demo";
import { setupWorkbook } from "../src/app/setup";
import { appendRecords } from "../src/app/write-log";
import { readLog } from "../src/app/read-log";
import { main } from "../src/cli/main";
import { openForReading } from "../src/cli/open-workbook";
import { audit } from "../src/domain/audit";
import { EVENT_SHEET_KEYS, type Log } from "../src/domain/log";
import { buildDossiers, customersOfRep } from "../src/domain/handover";
import { seededRandom } from "../src/domain/ids";
import { settingsFromRows } from "../src/workbook/settings-rows";
import { XlsxWorkbook } from "../src/io/xlsx/xlsx-workbook";
import { median } from "./timing";

type Print = (line: string) => void;

const TODAY = new Date(Date.UTC(2026, 10, 23));
const MADE_AT = new Date(Date.UTC(2026, 10, 23, 10, 30));


/** The demo's year for `customers`, as the audit reads it, thinned (seeded) to about `events` event rows. */
function demoLog(customers: number, events: number | undefined): { log: Log; events: number } {
  const demo = generateDemoLog({ customers, seed: 1, today: MADE_AT });
  const rowed = (key: string) => (demo.records[key] ?? []).map((record, i) => ({ row: i + 2, record }));
  const total = EVENT_SHEET_KEYS.reduce((s, k) => s + (demo.records[k]?.length ?? 0), 0);
  const keep = events === undefined ? 1 : Math.min(1, events / total);
  const random = seededRandom(7);
  const log: Record<string, unknown> = { settings: settingsFromRows([]), customers: rowed("customers"), staff: rowed("staff") };
  let count = 0;
  for (const key of EVENT_SHEET_KEYS) {
    const rows = rowed(key).filter(() => keep === 1 || random() < keep);
    count += rows.length;
    log[key] = rows;
  }
  return { log: log as unknown as Log, events: count };
}

/** What any audit must at least do: touch every event row once. */
function scan(log: Log): number {
  let n = 0;
  for (const key of EVENT_SHEET_KEYS) {
    for (const { record } of log[key] as readonly { record: { customer: string; rep: string; occurredAt: Date; status: string } }[]) {
      if (record.customer && record.rep && record.status && record.occurredAt.getTime() > 0) n++;
    }
  }
  return n;
}

async function cliFigure(print: Print): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kehu-audit-bench-"));
  try {
    // One rep's workbook of 200 customers, copied to 10 files: the command reads and audits each in
    // full, and making one file instead of ten keeps the bench short.
    const demo = generateDemoLog({ customers: 200, seed: 100, today: MADE_AT });
    const perBook = EVENT_SHEET_KEYS.reduce((s, k) => s + (demo.records[k]?.length ?? 0), 0);
    const book = XlsxWorkbook.create();
    await setupWorkbook(book);
    await appendRecords(book, demo.records, demo.faults);
    const files = Array.from({ length: 10 }, (_, i) => path.join(dir, `客服${i + 1}.xlsx`));
    await book.save(files[0], { overwrite: true });
    for (const file of files.slice(1)) await fs.copyFile(files[0], file);
    const events = perBook * files.length;
    const readAll = async () => {
      const t0 = performance.now();
      for (const file of files) await readLog(await openForReading(file));
      return performance.now() - t0;
    };
    const quiet = { out: () => undefined, err: () => undefined };
    const before = await readAll();
    const t1 = performance.now();
    const code = await main(["audit", ...files, "--today", "2026-11-23", "--out", path.join(dir, "report.xlsx")], quiet);
    const cli = performance.now() - t1;
    // The baseline runs before and after the command (warm and cold caches alike); the faster counts.
    const readOnly = Math.min(before, await readAll());
    print(
      `audit cli n=10 workbooks (2000 customers, ${events} events): ${(cli / 1000).toFixed(2)} s ` +
        `(read-only baseline ${(readOnly / 1000).toFixed(2)} s, ${(cli / readOnly).toFixed(2)}x; exit ${code})`,
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export async function run(print: Print): Promise<void> {
  // The file figure first: after the 2,000-customer logs below, a crowded heap slows any reading.
  await cliFigure(print);
  for (const [customers, events] of [[2000, 100_000], [2000, undefined]] as const) {
    const { log, events: n } = demoLog(customers, events);
    const rules = median(() => audit(log, TODAY), 5);
    const base = median(() => scan(log), 5);
    const findings = audit(log, TODAY).findings.length;
    const what = events === undefined ? "demo log" : "demo log thinned at random";
    print(`audit rules n=${customers} customers/${n} events: ${rules.toFixed(0)} ms (row-scan baseline ${base.toFixed(1)} ms, ${(rules / base).toFixed(1)}x; ${what}, ${findings} findings)`);
    if (events !== undefined) {
      const rep = log.customers[0].record.rep;
      const codes = customersOfRep(log, rep);
      const dossiers = median(() => buildDossiers(log, codes, TODAY), 5);
      print(`handover dossiers n=${codes.length} customers (of ${customers}, ${n} events): ${dossiers.toFixed(0)} ms (audit of the whole log ${rules.toFixed(0)} ms, ${(dossiers / rules).toFixed(2)}x)`);
    }
  }
}
