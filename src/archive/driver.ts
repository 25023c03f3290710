/**
 * The archive's one door to PostgreSQL: the same SQL runs on PGlite (Postgres compiled to
 * WebAssembly, a folder on disk, no server) and on a PostgreSQL server through `pg`.
 * Both libraries are imported only when an archive is opened, so commands that never touch the
 * archive never load them.
 */
import { TwoLanguageError } from "../i18n/two-languages";

export type SqlParam = string | number | boolean | null | Date | readonly (string | number | boolean | null)[];

export interface SqlSession {
  /** One statement with $1… parameters; rows come back as plain objects. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<R[]>;
  /** Several statements without parameters (the schema). */
  exec(sql: string): Promise<void>;
}

export interface SqlDriver extends SqlSession {
  readonly kind: "pglite" | "server";
  /** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** An archive that cannot be opened: one line for the user (never the password), exit 3. */
export class ArchiveOpenError extends TwoLanguageError {}

/** `postgres://user:secret@host/db` -> `postgres://user:***@host/db`, for any message that names the server. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@]*@/i, "$1:***@");
}

export function isServerUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** Opens the archive named by --db: a server URL, or a folder for the embedded engine. */
export async function openDriver(db: string): Promise<SqlDriver> {
  if (isServerUrl(db)) {
    const { openServer } = await import("./driver-server");
    return openServer(db);
  }
  const { openEmbedded } = await import("./driver-pglite");
  return openEmbedded(db);
}
