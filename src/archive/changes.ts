import { isTamperingWithClosedEvent } from "../domain/tamper";
import { sheetByKey } from "../workbook";
import type { Cell } from "../workbook/cell";
import type { SqlSession } from "./driver";
import { fieldChanges, type FieldChange } from "./columns";

export interface SyncInfo {
  syncId: number;
  at: Date;
  workbookId: string;
  file: string;
  holder?: string;
  holderName?: string;
}

export interface RowChange extends SyncInfo {
  sheet: string;
  key: string;
  kind: "added" | "edited" | "deleted";
  /** Edited rows: each field that changed, old → new. */
  fields: FieldChange[];
  /** The row as it was (edited, deleted) and as it is (added, edited). */
  before?: Record<string, Cell>;
  after?: Record<string, Cell>;
  /** A finished event deleted or edited (see domain/tamper.ts). */
  tamper: boolean;
}

export interface ChangeList {
  /** A workbook's first sync: every row is new, so it is counted, not listed. */
  firstSyncs: (SyncInfo & { rows: number })[];
  changes: RowChange[];
}

interface SyncRow {
  id: string;
  at: Date;
  workbook_id: string;
  file: string;
  holder: string | null;
  holder_name: string | null;
  first: boolean;
  added: number;
}

interface VersionRow {
  side: "start" | "end";
  sync_id: string;
  sheet: string;
  row_key: string;
  rep: string | null;
  cells: Record<string, Cell>;
}

export interface ChangeFilter {
  since?: Date;
  /** Rows of this rep (客服工号 / 负责客服 before or after), or held by this rep. */
  rep?: string;
}

/** Rows added, edited (field by field) and deleted by every sync since `since`, oldest first. */
export async function listChanges(db: SqlSession, filter: ChangeFilter): Promise<ChangeList> {
  const syncs = await db.query<SyncRow>(
    `SELECT s.id, s.at, s.workbook_id, s.file, s.holder, s.holder_name, s.added,
            NOT EXISTS (SELECT 1 FROM kh_sync p WHERE p.workbook_id = s.workbook_id AND p.id < s.id) AS first
     FROM kh_sync s WHERE $1::timestamptz IS NULL OR s.at >= $1 ORDER BY s.at, s.id`,
    [filter.since ?? null],
  );
  const info = new Map<string, SyncInfo>(
    syncs.map((s) => [String(s.id), { syncId: Number(s.id), at: new Date(s.at), workbookId: s.workbook_id, file: s.file, holder: s.holder ?? undefined, holderName: s.holder_name ?? undefined }]),
  );
  const firstSyncs = syncs.filter((s) => s.first && (!filter.rep || s.holder === filter.rep)).map((s) => ({ ...info.get(String(s.id))!, rows: s.added }));
  const later = syncs.filter((s) => !s.first).map((s) => Number(s.id));
  if (later.length === 0) return { firstSyncs, changes: [] };
  const versions = await db.query<VersionRow>(
    `SELECT 'end' AS side, valid_to AS sync_id, sheet, row_key, rep, cells FROM kh_row WHERE valid_to = ANY($1::bigint[])
     UNION ALL
     SELECT 'start' AS side, valid_from AS sync_id, sheet, row_key, rep, cells FROM kh_row WHERE valid_from = ANY($1::bigint[])`,
    [later],
  );
  const pairs = new Map<string, { end?: VersionRow; start?: VersionRow }>();
  for (const v of versions) {
    const k = `${v.sync_id}\t${v.sheet}\t${v.row_key}`;
    const pair = pairs.get(k) ?? {};
    pair[v.side] = v;
    pairs.set(k, pair);
  }
  const changes: RowChange[] = [];
  for (const { end, start } of pairs.values()) {
    const any = (end ?? start)!;
    const sync = info.get(String(any.sync_id))!;
    if (filter.rep && end?.rep !== filter.rep && start?.rep !== filter.rep && sync.holder !== filter.rep) continue;
    const kind = !end ? "added" : !start ? "deleted" : "edited";
    const isEvent = sheetByKey(any.sheet)?.kind === "event";
    changes.push({
      ...sync,
      sheet: any.sheet,
      key: any.row_key,
      kind,
      fields: end && start ? fieldChanges(end.cells, start.cells) : [],
      before: end?.cells,
      after: start?.cells,
      tamper: kind !== "added" && isTamperingWithClosedEvent(isEvent, end?.cells.status),
    });
  }
  changes.sort((a, b) => a.at.getTime() - b.at.getTime() || a.syncId - b.syncId || a.sheet.localeCompare(b.sheet) || a.key.localeCompare(b.key));
  return { firstSyncs, changes };
}
