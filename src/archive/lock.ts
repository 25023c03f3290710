import * as path from "path";
import { ArchiveOpenError } from "./driver";
import { takePidLock } from "../io/pid-lock";

const LOCK_FILE = "kehu.lock";

/**
 * An embedded archive is one PostgreSQL data folder that only one process may open: the lock file
 * holds the owner's pid. A lock left by a process that no longer runs (killed mid-sync) is taken over.
 * Returns the release function.
 */
export async function lockFolder(folder: string): Promise<() => Promise<void>> {
  const lock = await takePidLock(path.join(folder, LOCK_FILE), { reentrant: true }).catch((err: Error) => {
    throw new ArchiveOpenError(`无法使用归档文件夹 ${folder}：${err.message}`, `cannot use the archive folder ${folder}: ${err.message}`);
  });
  if ("release" in lock) return lock.release;
  if (lock.heldBy) throw new ArchiveOpenError(`归档 ${folder} 正被另一个 kehu 进程（pid ${lock.heldBy}）使用，请稍后再试`, `the archive ${folder} is in use by another kehu process (pid ${lock.heldBy}); try again later`);
  throw new ArchiveOpenError(`无法锁定归档文件夹 ${folder}`, `cannot lock the archive folder ${folder}`);
}
