import { copyFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { XlsxReader } from "../../src/io/xlsx/fast-read";
import { writeCustomProperty } from "../../src/io/xlsx/custom-properties";
import * as snapshot from "../../src/archive/snapshot";
import { readSnapshot, WORKBOOK_ID_PROPERTY, type WorkbookSnapshot } from "../../src/archive/snapshot";
import { syncFiles } from "../../src/archive/sync";
import { listChanges } from "../../src/archive/changes";
import { restoreWorkbook } from "../../src/archive/restore";
import { verifyWorkbook } from "../../src/archive/verify";
import type { SqlDriver } from "../../src/archive/driver";
import { followUpsSheet } from "../../src/workbook";
import { swapColumns } from "../support/swap-columns";
import { BACKENDS, editAsRep, emptyArchive, writeDemo } from "./support";

// PGlite starts in seconds, and CI machines are shared: these tests are slow, never timed.
jest.setTimeout(900_000);

const dir = mkdtempSync(join(tmpdir(), "kehu-archive-files-"));
const original = join(dir, "客服A.xlsx");
const T1 = new Date(Date.UTC(2026, 10, 1, 18, 0));
const T2 = new Date(Date.UTC(2026, 10, 8, 18, 0));

async function snapshotOf(file: string): Promise<WorkbookSnapshot & { id?: string }> {
  const reader = await XlsxReader.open(file);
  return { ...(await readSnapshot(reader)), id: (await reader.customProperties()).get(WORKBOOK_ID_PROPERTY) };
}

async function count(db: SqlDriver, table: string): Promise<number> {
  return (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
}

beforeAll(async () => {
  await writeDemo(original, 40, 16);
});

describe.each(BACKENDS)("archive on %s", (_label, backend) => {
  let db: SqlDriver;
  let url: string;
  beforeAll(async () => {
    url = await backend("kh_test_archive");
  });
  beforeEach(async () => {
    db = await emptyArchive(url);
  });
  afterEach(async () => {
    await db.close();
  });

  test("sync keeps every row under its id; an unchanged re-sync writes nothing; edits become versions, changes and tamper findings; restore and verify agree", async () => {
    const file = join(dir, `sync-${_label}.xlsx`);
    copyFileSync(original, file);
    const [first] = await syncFiles(db, [file], { now: T1 });
    const before = await snapshotOf(file);
    expect(first.status).toBe("new");
    expect(before.id).toBe(first.workbookId);
    expect(first.added).toBe(before.rows.length);
    expect(await count(db, "kh_row")).toBe(before.rows.length);

    // Unchanged: nothing written, not even a sync row.
    const [again] = await syncFiles(db, [file], { now: T2 });
    expect(again.status).toBe("unchanged");
    expect(await count(db, "kh_sync")).toBe(1);
    expect(await count(db, "kh_row")).toBe(before.rows.length);

    const edited = await editAsRep(file, first.workbookId!);
    const [second] = await syncFiles(db, [file], { now: T2 });
    expect(second).toMatchObject({ status: "changed", added: 1, changed: 2, removed: 1 });

    const list = await listChanges(db, { since: new Date(T1.getTime() + 1) });
    expect(list.firstSyncs).toEqual([]);
    const byKey = new Map(list.changes.map((c) => [c.key, c]));
    expect(byKey.get(edited.added)?.kind).toBe("added");
    expect(byKey.get(edited.deleted)?.kind).toBe("deleted");
    const closed = byKey.get(edited.closed)!;
    expect(closed.kind).toBe("edited");
    expect(closed.fields).toEqual([expect.objectContaining({ column: "resolution", after: "（改写过的结果）" })]);
    expect(closed.tamper).toBe(true);
    expect(closed.holder).toBe(before.holder?.id);
    expect(byKey.get(edited.open)?.tamper).toBe(false);
    expect(list.changes).toHaveLength(4);
    const all = await listChanges(db, {});
    expect(all.firstSyncs).toHaveLength(1);
    expect((await listChanges(db, { rep: "S999" })).changes).toEqual([]);

    // Restore to either side of the edit reads back equal to the workbook as it was.
    const after = await snapshotOf(file);
    for (const [at, expected] of [[T1, before], [T2, after]] as const) {
      const out = join(dir, `restored-${_label}-${at.getTime()}.xlsx`);
      await restoreWorkbook(db, first.workbookId!, at, out, true);
      const restored = await snapshotOf(out);
      expect(restored.id).toBe(first.workbookId);
      // Row order is not versioned (see src/archive/restore.ts): compare the rows as sets.
      const rows = (s: WorkbookSnapshot) => s.rows.map((r) => `${r.sheet}\t${r.key}\t${r.hash}`).sort();
      expect(rows(restored)).toEqual(rows(expected));
      expect(restored.columns).toEqual(expected.columns);
    }

    // Verify: the current file is complete; the restored older one holds an older row and misses the added one.
    expect(await verifyWorkbook(db, await XlsxReader.open(file))).toMatchObject({ missing: [], older: [], altered: [], unarchived: 0, unknown: false });
    const old = await verifyWorkbook(db, await XlsxReader.open(join(dir, `restored-${_label}-${T1.getTime()}.xlsx`)));
    expect(old.missing.map((r) => r.key)).toEqual([edited.added]);
    expect(old.older.map((r) => r.key).sort()).toEqual([edited.closed, edited.open].sort());
    expect(old.unarchived).toBe(1);
  });

  test("an untouched file passes without a sheet read; the same rows written again are read once, then pass too; the same cells pass without a row built", async () => {
    const file = join(dir, `untouched-${_label}.xlsx`);
    copyFileSync(original, file);
    const [first] = await syncFiles(db, [file], { now: T1 });
    const reads = jest.spyOn(XlsxReader.prototype, "readTables");
    const built = jest.spyOn(snapshot, "snapshotOf");
    try {
      expect((await syncFiles(db, [file], { now: T2 }))[0].status).toBe("unchanged");
      expect(reads).not.toHaveBeenCalled();

      // Another document property only: docProps/ is not the workbook's content.
      await writeCustomProperty(file, "Reviewed", "yes");
      expect((await syncFiles(db, [file], { now: T2 }))[0].status).toBe("unchanged");
      expect(reads).not.toHaveBeenCalled();

      // Saved again by another writer (exceljs), nothing edited: the parts differ, and date-times'
      // 16th and 17th digits, but not the cells to 15 digits: the tables are read, no row is built.
      await (await XlsxWorkbook.open(file)).save(file, { overwrite: true });
      await writeCustomProperty(file, WORKBOOK_ID_PROPERTY, first.workbookId!);
      expect((await syncFiles(db, [file], { now: T2 }))[0].status).toBe("unchanged");
      expect(reads).toHaveBeenCalledTimes(1);
      expect(built).not.toHaveBeenCalled();
      expect((await syncFiles(db, [file], { now: T2 }))[0].status).toBe("unchanged");
      expect(reads).toHaveBeenCalledTimes(1);
      expect(await count(db, "kh_sync")).toBe(1);

      // Its parts differ again, its cells do not: the tables are read, equal the ones archived, and no row is built.
      await db.query("UPDATE kh_workbook SET fingerprint = NULL");
      expect((await syncFiles(db, [file], { now: T2 }))[0].status).toBe("unchanged");
      expect(reads).toHaveBeenCalledTimes(2);
      expect(built).not.toHaveBeenCalled();
      expect(await count(db, "kh_sync")).toBe(1);

      // An edit is read and recorded, whatever was remembered of the file before.
      await editAsRep(file, first.workbookId!);
      expect((await syncFiles(db, [file], { now: T2 }))[0]).toMatchObject({ status: "changed", added: 1, changed: 2, removed: 1 });
      expect(reads).toHaveBeenCalledTimes(3);
      expect(built).toHaveBeenCalledTimes(1);
      // The tables it was recorded from pass on their digest next time.
      await db.query("UPDATE kh_workbook SET fingerprint = NULL");
      expect((await syncFiles(db, [file], { now: T2 }))[0].status).toBe("unchanged");
      expect(built).toHaveBeenCalledTimes(1);
      expect(await count(db, "kh_sync")).toBe(2);
    } finally {
      reads.mockRestore();
      jest.restoreAllMocks();
    }
  });

  test("a file whose columns were moved passes on its tables' digest without a row built; an edit in it is still recorded", async () => {
    const file = join(dir, `moved-${_label}.xlsx`);
    copyFileSync(original, file);
    const [first] = await syncFiles(db, [file], { now: T1 });
    const built = jest.spyOn(snapshot, "snapshotOf");
    try {
      // 跟进记录's 总结 and 客服工号 swap places, as a rep dragging a column does; no cell changes.
      const [key] = await swapColumns(file, first.workbookId!, [followUpsSheet.name], "总结", "客服工号");
      expect((await syncFiles(db, [file], { now: T2 }))[0].status).toBe("unchanged");
      expect(built).not.toHaveBeenCalled();
      expect(await count(db, "kh_sync")).toBe(1);

      // Moved back, with one 总结 edited: that row is recorded as changed, and only it.
      await swapColumns(file, first.workbookId!, [followUpsSheet.name], "总结", "客服工号", { key, value: "（移动列后改写）" });
      expect((await syncFiles(db, [file], { now: T2 }))[0]).toMatchObject({ status: "changed", added: 0, changed: 1, removed: 0 });
      expect(built).toHaveBeenCalledTimes(1);
      const [row] = await db.query<{ cells: Record<string, unknown> }>("SELECT cells FROM kh_row WHERE valid_to IS NULL AND sheet = $1 AND row_key = $2", [followUpsSheet.key, key]);
      expect(row.cells.summary).toBe("（移动列后改写）");
    } finally {
      built.mockRestore();
    }
  });

  test("rows are compared sheet by sheet: an archive without sheet digests compares them all, and both record the same", async () => {
    const file = join(dir, `sheets-${_label}.xlsx`);
    copyFileSync(original, file);
    const [first] = await syncFiles(db, [file], { now: T1 });
    await editAsRep(file, first.workbookId!);
    // As an archive synced before sheet digests were kept: nothing to compare with, every sheet is read.
    await db.query("UPDATE kh_workbook SET sheet_digests = NULL");
    const [second] = await syncFiles(db, [file], { now: T2 });
    expect(second).toMatchObject({ status: "changed", added: 1, changed: 2, removed: 1 });
    const current = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM kh_row WHERE valid_to IS NULL");
    expect(current[0].n).toBe((await snapshotOf(file)).rows.length);
  });

  test("a file that is not a 客户日志, or a copy whose content diverged, is refused with one line while the rest syncs", async () => {
    const a = join(dir, `a-${_label}.xlsx`);
    copyFileSync(original, a);
    const other = join(dir, `other-${_label}.xlsx`);
    const book = XlsxWorkbook.create();
    await book.applyLayout([{ sheet: "Sheet1", table: "T1", columns: [{ header: "名称", aliases: [] }] }]);
    await book.save(other, { overwrite: true });
    const [ok, refused] = await syncFiles(db, [a, other], { now: T1 });
    expect(ok.status).toBe("new");
    expect(refused.status).toBe("refused");
    expect(refused.reason).toMatch(/不是客户日志/);

    // A copy taken after the first sync carries the same id; once edited, the two have diverged.
    const copy = join(dir, `a-copy-${_label}.xlsx`);
    copyFileSync(a, copy);
    await editAsRep(copy, ok.workbookId!);
    const b = join(dir, `b-${_label}.xlsx`);
    copyFileSync(original, b);
    const outcomes = await syncFiles(db, [copy, b], { now: T2 });
    expect(outcomes[0].status).toBe("refused");
    expect(outcomes[0].reason).toContain(a);
    expect(outcomes[1].status).toBe("new");
    // Unchanged copies of one workbook are not a conflict.
    const same = join(dir, `a-same-${_label}.xlsx`);
    copyFileSync(a, same);
    expect((await syncFiles(db, [same], { now: T2 }))[0].status).toBe("unchanged");
  });
});
