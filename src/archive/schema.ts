import { ArchiveOpenError, type SqlSession } from "./driver";

/**
 * The archive's tables, the same on PGlite and on a server.
 * - kh_workbook: one row per workbook identity (the id kept in the workbook's custom properties),
 *   with the digest of its current rows, each sheet's digest (sheet_digests) and the fingerprint of
 *   the file last read (its stored parts and how they were read), which lets an untouched file pass
 *   without being read, and the digest of the tables its current rows were made from (tables_digest,
 *   see table-digest.ts), which lets a file written again with the same cells pass without a row built.
 * - kh_sync: one row per sync that changed something; versions are valid from one sync to the next.
 * - kh_row: every version of every row: valid from the sync that first saw it as it is, to the
 *   sync that saw it changed or gone (NULL while it is current). `cells` holds the non-blank cells
 *   by column key (spec columns) or "+header" (columns people added); `hash` is their digest.
 *   rep / customer / occurred / amount / kind are copied out of `cells` for scopes and reports.
 * Timestamps are floating wall-clock time (see src/domain/time.ts), like every date of the log.
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS kh_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS kh_workbook (
  id text PRIMARY KEY,
  file text NOT NULL,
  digest text NOT NULL,
  created_at timestamptz NOT NULL,
  sheet_digests jsonb,
  fingerprint text,
  tables_digest text
);
ALTER TABLE kh_workbook ADD COLUMN IF NOT EXISTS sheet_digests jsonb;
ALTER TABLE kh_workbook ADD COLUMN IF NOT EXISTS fingerprint text;
ALTER TABLE kh_workbook ADD COLUMN IF NOT EXISTS tables_digest text;
CREATE TABLE IF NOT EXISTS kh_sync (
  id bigserial PRIMARY KEY,
  workbook_id text NOT NULL REFERENCES kh_workbook(id),
  at timestamptz NOT NULL,
  file text NOT NULL,
  holder text,
  holder_name text,
  added integer NOT NULL,
  changed integer NOT NULL,
  removed integer NOT NULL,
  columns jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS kh_sync_workbook ON kh_sync (workbook_id, at);
CREATE TABLE IF NOT EXISTS kh_row (
  workbook_id text NOT NULL REFERENCES kh_workbook(id),
  sheet text NOT NULL,
  row_key text NOT NULL,
  valid_from bigint NOT NULL REFERENCES kh_sync(id),
  valid_to bigint REFERENCES kh_sync(id),
  position integer NOT NULL,
  hash text NOT NULL,
  rep text,
  customer text,
  kind text,
  occurred double precision,
  amount double precision,
  cells jsonb NOT NULL,
  PRIMARY KEY (workbook_id, sheet, row_key, valid_from)
);
CREATE INDEX IF NOT EXISTS kh_row_current ON kh_row (workbook_id, sheet) WHERE valid_to IS NULL;
CREATE INDEX IF NOT EXISTS kh_row_ended ON kh_row (valid_to) WHERE valid_to IS NOT NULL;
CREATE INDEX IF NOT EXISTS kh_row_started ON kh_row (valid_from);
CREATE INDEX IF NOT EXISTS kh_row_current_occurred ON kh_row (occurred) WHERE valid_to IS NULL;
`;

/** Creates the tables where they are missing; an archive from a newer kehu is refused. */
export async function ensureSchema(db: SqlSession): Promise<void> {
  await db.exec(SCHEMA_SQL);
  const rows = await db.query<{ value: string }>("SELECT value FROM kh_meta WHERE key = 'schema'");
  if (rows.length === 0) await db.query("INSERT INTO kh_meta (key, value) VALUES ('schema', $1) ON CONFLICT (key) DO NOTHING", [String(SCHEMA_VERSION)]);
  else if (Number(rows[0].value) > SCHEMA_VERSION) throw new ArchiveOpenError(`归档的结构版本 ${rows[0].value} 比本程序新（${SCHEMA_VERSION}），请升级 kehu`, `the archive's schema version ${rows[0].value} is newer than this program's (${SCHEMA_VERSION}); upgrade kehu`);
}
