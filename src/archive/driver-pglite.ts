import { promises as fs } from "fs";
import { lockFolder } from "./lock";
import { ArchiveOpenError, type SqlDriver, type SqlParam, type SqlSession } from "./driver";

interface PgliteLike {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  exec(sql: string): Promise<unknown>;
  transaction<T>(fn: (tx: PgliteLike) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function session(db: PgliteLike): SqlSession {
  return {
    async query<R>(sql: string, params: readonly SqlParam[] = []) {
      return (await db.query<R>(sql, params as unknown[])).rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

/** PGlite in a folder (created when missing). One process at a time: see lock.ts. */
export async function openEmbedded(folder: string): Promise<SqlDriver> {
  let db: PgliteLike;
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ArchiveOpenError(`无法创建归档文件夹 ${folder}：${why}`, `cannot create the archive folder ${folder}: ${why}`);
  }
  const unlock = await lockFolder(folder);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    db = (await PGlite.create(folder)) as unknown as PgliteLike;
  } catch (err) {
    await unlock();
    const why = err instanceof Error ? err.message : String(err);
    throw new ArchiveOpenError(`无法打开归档文件夹 ${folder}：${why}`, `cannot open the archive folder ${folder}: ${why}`);
  }
  return {
    kind: "pglite",
    ...session(db),
    transaction: (work) => db.transaction((tx) => work(session(tx))),
    close: async () => {
      await db.close();
      await unlock();
    },
  };
}
