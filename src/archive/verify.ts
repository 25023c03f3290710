import type { XlsxReader } from "../io/xlsx/fast-read";
import type { Cell } from "../workbook/cell";
import type { SqlSession } from "./driver";
import { fieldChanges, type FieldChange } from "./columns";
import { readSnapshot, WORKBOOK_ID_PROPERTY } from "./snapshot";

export interface RowRef {
  sheet: string;
  key: string;
}

export interface VerifyResult {
  workbookId?: string;
  /** Rows the archive holds that the file does not. */
  missing: RowRef[];
  /** Rows the file holds as an earlier archived version. */
  older: RowRef[];
  /** Rows the file holds in a form the archive never saw: field by field against the archived one. */
  altered: (RowRef & { fields: FieldChange[] })[];
  /** Rows in the file the archive does not hold yet (added since the last sync): not a fault. */
  unarchived: number;
  /** The archive holds no workbook with the file's id (or the file has none). */
  unknown: boolean;
}

/** Whether a handed-over workbook holds every row the archive holds for it, as the archive last saw it. */
export async function verifyWorkbook(db: SqlSession, reader: XlsxReader): Promise<VerifyResult> {
  const workbookId = (await reader.customProperties()).get(WORKBOOK_ID_PROPERTY);
  const snap = await readSnapshot(reader);
  const empty = { workbookId, missing: [], older: [], altered: [], unarchived: snap.rows.length };
  if (!workbookId) return { ...empty, unknown: true };
  const [known] = await db.query("SELECT 1 FROM kh_workbook WHERE id = $1", [workbookId]);
  if (!known) return { ...empty, unknown: true };
  const versions = await db.query<{ sheet: string; row_key: string; hash: string; current: boolean; cells: Record<string, Cell> | null }>(
    `SELECT sheet, row_key, hash, valid_to IS NULL AS current, CASE WHEN valid_to IS NULL THEN cells END AS cells
     FROM kh_row WHERE workbook_id = $1`,
    [workbookId],
  );
  const inFile = new Map(snap.rows.map((r) => [`${r.sheet}\t${r.key}`, r]));
  const earlier = new Set(versions.filter((v) => !v.current).map((v) => `${v.sheet}\t${v.row_key}\t${v.hash}`));
  const result: VerifyResult = { workbookId, missing: [], older: [], altered: [], unarchived: 0, unknown: false };
  const archived = new Set<string>();
  for (const v of versions) {
    if (!v.current) continue;
    const k = `${v.sheet}\t${v.row_key}`;
    archived.add(k);
    const row = inFile.get(k);
    const ref = { sheet: v.sheet, key: v.row_key };
    if (!row) result.missing.push(ref);
    else if (row.hash === v.hash) continue;
    else if (earlier.has(`${k}\t${row.hash}`)) result.older.push(ref);
    else result.altered.push({ ...ref, fields: fieldChanges(v.cells ?? {}, row.cells) });
  }
  result.unarchived = snap.rows.filter((r) => !archived.has(`${r.sheet}\t${r.key}`)).length;
  return result;
}
