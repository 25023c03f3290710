import { promises as fs } from "fs";
import * as path from "path";
import { ArchiveOpenError } from "./driver";

const LOCK_FILE = "kehu.lock";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * An embedded archive is one PostgreSQL data folder that only one process may open: the lock file
 * holds the owner's pid. A lock left by a process that no longer runs (killed mid-sync) is taken over.
 * Returns the release function.
 */
export async function lockFolder(folder: string): Promise<() => Promise<void>> {
  const file = path.join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(file, String(process.pid), { flag: "wx" });
      return () => fs.rm(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw new ArchiveOpenError(`无法使用归档文件夹 ${folder}：${(err as Error).message}`);
      const owner = Number(await fs.readFile(file, "utf8").catch(() => ""));
      if (owner && owner !== process.pid && alive(owner)) throw new ArchiveOpenError(`归档 ${folder} 正被另一个 kehu 进程（pid ${owner}）使用，请稍后再试`);
      await fs.rm(file, { force: true });
    }
  }
  throw new ArchiveOpenError(`无法锁定归档文件夹 ${folder}`);
}
