import { randomUUID } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import { XlsxReader } from "../io/xlsx/fast-read";
import { writeCustomProperty } from "../io/xlsx/custom-properties";
import type { SqlDriver, SqlSession } from "./driver";
import { ARCHIVED_SHEETS, digestOf, READING_SIGNATURE, snapshotOf, WORKBOOK_ID_PROPERTY, type ArchivedRow, type WorkbookSnapshot } from "./snapshot";
import { tablesDigest } from "./table-digest";
import { messageIn } from "../i18n/two-languages";

export interface SyncOutcome {
  file: string;
  workbookId?: string;
  status: "new" | "changed" | "unchanged" | "refused";
  added: number;
  changed: number;
  removed: number;
  /** Why the file was refused: one line. */
  reason?: string;
  /** The same line in English (--lang en). */
  reasonEn?: string;
}

interface Current {
  sheet: string;
  row_key: string;
  hash: string;
  position: number;
}

/**
 * The archive's current rows of a workbook (of the sheets named, or all), as one JSON text of
 * [sheet, key, hash, position] arrays: one value to send and parse instead of a result row per row,
 * which cost more than the query (src/archive/sync.ts record).
 */
async function currentRows(tx: SqlSession, id: string, sheets: ReadonlySet<string> | undefined): Promise<Current[]> {
  const [{ rows }] = await tx.query<{ rows: string }>(
    `SELECT coalesce(json_agg(json_build_array(sheet, row_key, hash, position)), '[]')::text AS rows
     FROM kh_row WHERE workbook_id = $1 AND valid_to IS NULL AND ($2::text[] IS NULL OR sheet = ANY($2::text[]))`,
    [id, sheets ? [...sheets] : null],
  );
  return (JSON.parse(rows) as [string, string, string, number][]).map(([sheet, row_key, hash, position]) => ({ sheet, row_key, hash, position }));
}


/** A value as JSON: text quoted, a number as written (none that JSON cannot hold), null for none. */
function json(value: string | number | undefined): string {
  if (value === undefined) return "null";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  return JSON.stringify(value);
}

/**
 * Inserts versions, 5,000 rows a statement, each statement's rows sent as one JSON text of arrays
 * (the row's cells JSON inside as it is) and unpacked by the server: one parameter instead of ten
 * arrays the driver writes out element by element, which cost more than the insert itself.
 */
async function insertVersions(tx: SqlSession, workbookId: string, syncId: number, rows: readonly ArchivedRow[]): Promise<void> {
  const CHUNK = 5000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK).map((r) => `[${json(r.sheet)},${json(r.key)},${r.position},${json(r.hash)},${json(r.rep)},${json(r.customer)},${json(r.kind)},${json(r.occurred)},${json(r.amount)},${r.json}]`);
    await tx.query(
      `INSERT INTO kh_row (workbook_id, sheet, row_key, valid_from, position, hash, rep, customer, kind, occurred, amount, cells)
       SELECT $1, e->>0, e->>1, $2, (e->>2)::int, e->>3, e->>4, e->>5, e->>6, (e->>7)::float8, (e->>8)::float8, e->9
       FROM jsonb_array_elements($3::jsonb) AS e`,
      [workbookId, syncId, `[${part.join(",")}]`],
    );
  }
}

/** What changed between the archive's current rows and the workbook, as three lists and the rows that only moved. */
export function diffRows(current: readonly Current[], rows: readonly ArchivedRow[]) {
  const byKey = new Map(current.map((c) => [`${c.sheet}\t${c.row_key}`, c]));
  const added: ArchivedRow[] = [];
  const changed: ArchivedRow[] = [];
  const moved: ArchivedRow[] = [];
  for (const r of rows) {
    const k = `${r.sheet}\t${r.key}`;
    const c = byKey.get(k);
    if (!c) added.push(r);
    else {
      byKey.delete(k);
      if (c.hash !== r.hash) changed.push(r);
      else if (c.position !== r.position) moved.push(r);
    }
  }
  return { added, changed, removed: [...byKey.values()], moved };
}

/** What the archive holds about a workbook identity. */
interface Known {
  file: string;
  digest: string;
  /** Per sheet key, its rows' digest when last synced (null in archives synced before it was kept). */
  sheet_digests: Record<string, string> | null;
  fingerprint: string | null;
  /** The tables as read when the archive's rows were last made to match them (table-digest.ts); null before it was kept. */
  tables_digest: string | null;
}

/** The sheets whose rows differ between the archive and the snapshot; undefined: every sheet (nothing to compare with). */
function staleSheets(known: Known | undefined, snap: WorkbookSnapshot): Set<string> | undefined {
  if (!known?.sheet_digests) return undefined;
  const before = known.sheet_digests;
  const keys = new Set([...Object.keys(before), ...Object.keys(snap.sheets)]);
  return new Set([...keys].filter((k) => before[k] !== snap.sheets[k]));
}

/**
 * Records one workbook's state in one transaction: new versions for added and changed rows, ends for
 * changed and removed ones. Only the sheets whose digest changed are compared row by row.
 */
async function record(db: SqlDriver, id: string, file: string, snap: WorkbookSnapshot, read: FileRead, now: Date, known: Known | undefined): Promise<SyncOutcome> {
  return db.transaction(async (tx) => {
    const sheets = JSON.stringify(snap.sheets);
    const params = [id, file, snap.digest, sheets, read.fingerprint, read.tables];
    if (!known) await tx.query("INSERT INTO kh_workbook (id, file, digest, sheet_digests, fingerprint, tables_digest, created_at) VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7)", [...params, now]);
    else await tx.query("UPDATE kh_workbook SET file = $2, digest = $3, sheet_digests = $4::jsonb, fingerprint = $5, tables_digest = $6 WHERE id = $1", params);
    const stale = staleSheets(known, snap);
    const current = known ? await currentRows(tx, id, stale) : [];
    const d = diffRows(current, stale ? snap.rows.filter((r) => stale.has(r.sheet)) : snap.rows);
    const [sync] = await tx.query<{ id: string }>(
      "INSERT INTO kh_sync (workbook_id, at, file, holder, holder_name, added, changed, removed, columns) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb) RETURNING id",
      [id, now, file, snap.holder?.id ?? null, snap.holder?.name ?? null, d.added.length, d.changed.length, d.removed.length, JSON.stringify(snap.columns)],
    );
    const syncId = Number(sync.id);
    const ended = [...d.changed.map((r) => ({ sheet: r.sheet, row_key: r.key })), ...d.removed];
    if (ended.length > 0) {
      await tx.query(
        `UPDATE kh_row SET valid_to = $2 FROM unnest($3::text[], $4::text[]) AS u(s, k)
         WHERE workbook_id = $1 AND valid_to IS NULL AND sheet = u.s AND row_key = u.k`,
        [id, syncId, ended.map((e) => e.sheet), ended.map((e) => e.row_key)],
      );
    }
    await insertVersions(tx, id, syncId, [...d.added, ...d.changed]);
    if (d.moved.length > 0) {
      await tx.query(
        `UPDATE kh_row SET position = u.p FROM unnest($2::text[], $3::text[], $4::int[]) AS u(s, k, p)
         WHERE workbook_id = $1 AND valid_to IS NULL AND sheet = u.s AND row_key = u.k`,
        [id, d.moved.map((r) => r.sheet), d.moved.map((r) => r.key), d.moved.map((r) => r.position)],
      );
    }
    return { file, workbookId: id, status: known ? "changed" : "new", added: d.added.length, changed: d.changed.length, removed: d.removed.length };
  });
}

/** The file as read: its stored parts and how this kehu reads sheets (snapshot.ts READING_SIGNATURE). */
async function fingerprintOf(reader: XlsxReader): Promise<string> {
  return digestOf(`${READING_SIGNATURE}\n${await reader.contentDigest()}`);
}

/** The workbook id a file claims, or undefined (missing, unreadable or without one). */
async function claimedId(file: string): Promise<string | undefined> {
  try {
    return (await (await XlsxReader.open(file)).customProperties()).get(WORKBOOK_ID_PROPERTY);
  } catch {
    return undefined;
  }
}

export interface SyncOptions {
  /** The sync's time (floating wall-clock time, see src/domain/time.ts). */
  now: Date;
  /** Called after each file, so a long batch reports as it goes. */
  progress?: (outcome: SyncOutcome) => void;
}

/**
 * Syncs each file in its own transaction. A file that is not a 客户日志, cannot be read, or claims
 * the id of another file whose content has diverged from it is refused with one line; the rest of
 * the batch goes on. A workbook without an id gets one, written into its custom properties first,
 * so a sync cut short never leaves an archived workbook its file does not name.
 */
export async function syncFiles(db: SqlDriver, files: readonly string[], options: SyncOptions): Promise<SyncOutcome[]> {
  const outcomes: SyncOutcome[] = [];
  const seen = new Map<string, { file: string; digest: string }>();
  for (const given of files) {
    const outcome = await syncOne(db, given, options.now, seen).catch((err): SyncOutcome => ({ file: given, status: "refused", added: 0, changed: 0, removed: 0, reason: messageIn(err, "zh"), reasonEn: messageIn(err, "en") }));
    outcomes.push(outcome);
    options.progress?.(outcome);
  }
  return outcomes;
}

/** What was learnt of a file's content: its fingerprint, and the digest of its tables when they were read. */
interface FileRead {
  fingerprint: string;
  tables: string | null;
}

/**
 * A file whose fingerprint equals the one the archive recorded for its workbook id holds the rows the
 * archive holds: it passes without a sheet being read. Otherwise its tables are read; tables equal to
 * the ones the archive's rows were last made from (tables_digest) pass without a row being built
 * (a file saved again with nothing edited). Otherwise its rows are built and compared.
 */
async function syncOne(db: SqlDriver, given: string, now: Date, seen: Map<string, { file: string; digest: string }>): Promise<SyncOutcome> {
  const file = path.resolve(given);
  const refuse = (reason: string, reasonEn: string, workbookId?: string): SyncOutcome => ({ file: given, workbookId, status: "refused", added: 0, changed: 0, removed: 0, reason, reasonEn });
  const unchanged = (workbookId: string): SyncOutcome => ({ file: given, workbookId, status: "unchanged", added: 0, changed: 0, removed: 0 });
  const reader = await XlsxReader.open(file);
  let id = (await reader.customProperties()).get(WORKBOOK_ID_PROPERTY);
  const read: FileRead = { fingerprint: await fingerprintOf(reader), tables: null };
  const lookUp = async (wid: string) => (await db.query<Known>("SELECT file, digest, sheet_digests, fingerprint, tables_digest FROM kh_workbook WHERE id = $1", [wid]))[0];
  const known = id ? await lookUp(id) : undefined;
  const untouched = known !== undefined && known.fingerprint === read.fingerprint;
  const tables = untouched ? undefined : await reader.readTables(ARCHIVED_SHEETS);
  if (tables) read.tables = tablesDigest(READING_SIGNATURE, ARCHIVED_SHEETS, tables);
  const sameTables = known !== undefined && read.tables !== null && known.tables_digest === read.tables;
  const snap = tables && !sameTables ? snapshotOf(tables) : undefined;
  if (!id) {
    id = randomUUID();
    await writeCustomProperty(file, WORKBOOK_ID_PROPERTY, id);
    read.fingerprint = await fingerprintOf(await XlsxReader.open(file));
  }
  const digest = snap ? snap.digest : known!.digest;
  const earlier = seen.get(id);
  if (earlier && earlier.file !== file) {
    if (earlier.digest === digest) return unchanged(id);
    return refuse(`与 ${earlier.file} 是同一工作簿（编号 ${id}），但内容已分叉；未同步此文件`, `the same workbook as ${earlier.file} (id ${id}), but their contents have diverged; this file was not synced`, id);
  }
  if (known && known.file !== file && known.digest !== digest) {
    const other = await fs.access(known.file).then(() => true, () => false);
    if (other && (await claimedId(known.file)) === id) {
      return refuse(
        `与 ${known.file} 是同一工作簿（编号 ${id}），但内容已分叉；未同步此文件（请确认哪一份是最新的）`,
        `the same workbook as ${known.file} (id ${id}), but their contents have diverged; this file was not synced (make sure which copy is the latest)`,
        id,
      );
    }
  }
  seen.set(id, { file, digest });
  if (untouched) return unchanged(id);
  if (!snap) {
    // The tables the archive's rows were made from, in a file written again: remember this file's fingerprint.
    await db.query("UPDATE kh_workbook SET fingerprint = $2 WHERE id = $1", [id, read.fingerprint]);
    return unchanged(id);
  }
  if (known && known.digest === digest) {
    // Same rows from other tables (columns moved, another writer's numbers): remember this file and its tables.
    await db.query("UPDATE kh_workbook SET fingerprint = $2, sheet_digests = $3::jsonb, tables_digest = $4 WHERE id = $1", [id, read.fingerprint, JSON.stringify(snap.sheets), read.tables]);
    return unchanged(id);
  }
  return { ...(await record(db, id, file, snap, read, now, known)), file: given };
}
