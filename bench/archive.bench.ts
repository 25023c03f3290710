/**
 * The company archive (kehu archive) over 10 demo workbooks (2,000 customers, ~150,000 rows), on
 * PGlite and, when KEHU_TEST_PG_URL names one (.ci/pg-cluster starts one), on a PostgreSQL server:
 * first sync, a re-sync with nothing changed, a re-sync after 1% of rows changed, `changes`, a
 * company-wide monthly report and `restore` of one workbook, each against reading the same 10
 * workbooks with the streaming reader in the same run. Opening the archive is timed on its own.
 * An unchanged re-sync is measured three times: files untouched since the last sync (their fingerprint
 * matches, see src/archive/sync.ts), files written again with the same cells (tables read, their
 * digest equal to the archived one), files whose tables differ but not their rows (rows built and
 * compared: the digest forgotten) and files whose columns were moved (their digest equal).
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { openArchive } from "../src/archive/open";
import { syncFiles } from "../src/archive/sync";
import { listChanges } from "../src/archive/changes";
import { monthReport } from "../src/archive/report";
import { restoreWorkbook } from "../src/archive/restore";
import { WORKBOOK_ID_PROPERTY } from "../src/archive/snapshot";
import { XlsxReader } from "../src/io/xlsx/fast-read";
import { XlsxWorkbook } from "../src/io/xlsx/xlsx-workbook";
import { writeCustomProperty } from "../src/io/xlsx/custom-properties";
import { SHEETS, transactionsSheet, followUpsSheet } from "../src/workbook";
import { writeDemoWorkbooks } from "../tests/support/demo-workbooks";
import { swapColumns } from "../tests/support/swap-columns";

type Print = (line: string) => void;

const MADE_AT = new Date(Date.UTC(2026, 10, 23, 10, 30));

/** CPU time this process spent (user and system) since the last call: on a shared machine, less noisy than wall time. */
let cpuMark = process.cpuUsage();
function cpuSince(): number {
  const used = process.cpuUsage(cpuMark);
  cpuMark = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** The last timed call's CPU time (this process: PGlite's included, a server's not). */
let lastCpu = 0;

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  // garbage left by what came before (exceljs rewriting files) is not the timed work's
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  cpuSince();
  const value = await fn();
  lastCpu = cpuSince();
  return [performance.now() - t0, value];
}

/** What sync must at least do: open each workbook and read every sheet's table. */
async function readAll(files: readonly string[]): Promise<number> {
  const [ms] = await timed(async () => {
    for (const f of files) await (await XlsxReader.open(f)).readTables(SHEETS.map((s) => s.name));
  });
  return ms;
}

/** Changes one row in a hundred of 往来帐 and 跟进记录 (their 总结), as Excel would save it (the id kept). */
async function changeOnePercent(files: readonly string[]): Promise<number> {
  let changed = 0;
  for (const file of files) {
    const id = (await (await XlsxReader.open(file)).customProperties()).get(WORKBOOK_ID_PROPERTY)!;
    const book = await XlsxWorkbook.open(file);
    const tables = await book.readTables([transactionsSheet.name, followUpsSheet.name]);
    let total = 0;
    for (const t of Object.values(tables)) total += t!.rows.length;
    for (const [sheet, t] of Object.entries(tables)) {
      const idAt = t!.headers.indexOf("事件编号");
      const updates = t!.rows
        .map((r, i) => ({ r, i }))
        .filter(({ i }) => i % 100 === 7)
        .map(({ r, i }) => ({ row: t!.headerRow + 1 + i, key: { header: "事件编号", value: String(r[idAt]) }, header: "总结", value: `改动 ${i}` }));
      changed += updates.length;
      await book.updateCells(sheet, updates);
    }
    void total;
    await book.save(file, { overwrite: true });
    await writeCustomProperty(file, WORKBOOK_ID_PROPERTY, id);
  }
  return changed;
}

export async function run(print: Print): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kehu-archive-bench-"));
  try {
    const source = await writeDemoWorkbooks(path.join(dir), 10, 2000, 1, MADE_AT);
    const rows = (await Promise.all(source.map(async (f) => {
      const t = await (await XlsxReader.open(f)).readTables(SHEETS.map((s) => s.name));
      return Object.values(t).reduce((s, x) => s + (x?.rows.length ?? 0), 0);
    }))).reduce((a, b) => a + b, 0);
    const backends: [string, string][] = [["pglite", path.join(dir, "archive")]];
    if (process.env.KEHU_TEST_PG_URL) backends.push(["server", process.env.KEHU_TEST_PG_URL]);
    for (const [label, url] of backends) {
      const work = await fs.mkdtemp(path.join(dir, `${label}-`));
      const files: string[] = [];
      for (const f of source) {
        const copy = path.join(work, path.basename(f));
        await fs.copyFile(f, copy);
        files.push(copy);
      }
      const [openMs, db] = await timed(() => openArchive(url));
      try {
        await db.exec("TRUNCATE kh_row, kh_sync, kh_workbook");
        const n = `n=${rows} rows (10 workbooks)`;
        // the read baseline's CPU time, kept when it is timed (readAll) for the next line
        let baseCpu = 0;
        const line = (figure: string, ms: number, base: number) =>
          print(`archive ${figure} ${label} ${n}: ${ms.toFixed(0)} ms (read baseline ${base.toFixed(0)} ms, ${(ms / base).toFixed(2)}x; CPU ${lastCpu.toFixed(0)} ms against ${baseCpu.toFixed(0)} ms, ${(lastCpu / baseCpu).toFixed(2)}x)`);
        const readBase = async () => {
          const ms = await readAll(files);
          baseCpu = lastCpu;
          return ms;
        };
        print(`archive open ${label} n=1: ${openMs.toFixed(0)} ms`);
        let base = await readBase();
        const [first] = await timed(() => syncFiles(db, files, { now: new Date(Date.UTC(2026, 10, 23, 18)) }));
        line("first sync", first, base);
        base = await readBase();
        const [again] = await timed(() => syncFiles(db, files, { now: new Date(Date.UTC(2026, 10, 24, 18)) }));
        line("re-sync unchanged (files untouched: fingerprints equal, no sheet read)", again, base);
        // As when every file was saved again with nothing edited: its parts differ, so its rows are read and compared.
        await db.query("UPDATE kh_workbook SET fingerprint = NULL");
        base = await readBase();
        const [reread] = await timed(() => syncFiles(db, files, { now: new Date(Date.UTC(2026, 10, 24, 19)) }));
        line("re-sync unchanged (files rewritten: tables read, equal to the archived ones)", reread, base);
        // As when the tables differ but not the rows (columns moved): every row is built, hashed and compared.
        await db.query("UPDATE kh_workbook SET fingerprint = NULL, tables_digest = NULL");
        base = await readBase();
        const [rebuilt] = await timed(() => syncFiles(db, files, { now: new Date(Date.UTC(2026, 10, 24, 20)) }));
        line("re-sync unchanged (tables differ: rows built and compared)", rebuilt, base);
        // Columns moved, as a rep dragging one does (saved by exceljs: date-times' last digits differ too):
        // the tables' digest follows the columns the rows are read from, so no row is built.
        for (const f of files) {
          const id = (await (await XlsxReader.open(f)).customProperties()).get(WORKBOOK_ID_PROPERTY)!;
          await swapColumns(f, id, [transactionsSheet.name, followUpsSheet.name], "总结", "客服工号");
        }
        base = await readBase();
        const [moved, movedOutcomes] = await timed(() => syncFiles(db, files, { now: new Date(Date.UTC(2026, 10, 24, 21)) }));
        line(`re-sync unchanged (columns moved in 往来帐 and 跟进记录, files saved by exceljs: ${movedOutcomes.filter((o) => o.status === "unchanged").length}/10 unchanged)`, moved, base);
        const changed = await changeOnePercent(files);
        base = await readBase();
        const [onePct, outcomes] = await timed(() => syncFiles(db, files, { now: new Date(Date.UTC(2026, 10, 25, 18)) }));
        line(`re-sync 1% changed (${outcomes.reduce((s, o) => s + o.changed, 0)}/${changed} rows)`, onePct, base);
        const [changesMs, list] = await timed(() => listChanges(db, { since: new Date(Date.UTC(2026, 10, 25)) }));
        line(`changes (${list.changes.length} rows)`, changesMs, base);
        await monthReport(db, 2026, 10);
        const [reportMs] = await timed(() => monthReport(db, 2026, 10));
        line("monthly report company-wide", reportMs, base);
        const id = outcomes[0].workbookId!;
        const [restoreMs] = await timed(() => restoreWorkbook(db, id, new Date(Date.UTC(2026, 10, 24, 20)), path.join(work, "restored.xlsx"), true));
        const [oneRead] = await timed(() => readAll(files.slice(0, 1)));
        print(`archive restore one workbook ${label} n=${(await (await XlsxReader.open(files[0])).readTables(SHEETS.map((s) => s.name)))[transactionsSheet.name]!.rows.length} 往来帐 rows: ${restoreMs.toFixed(0)} ms (read-one baseline ${oneRead.toFixed(0)} ms, ${(restoreMs / oneRead).toFixed(2)}x)`);
      } finally {
        await db.close();
      }
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
