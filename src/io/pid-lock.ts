import { promises as fs } from "fs";

/** Whether a process with this pid runs (EPERM: it runs as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The release, or who holds the lock (0: the file came back each time it was taken over). */
export type PidLock = { release: () => Promise<void> } | { heldBy: number };

/**
 * Takes a lock file holding this process's pid (created exclusively). A lock whose owner no longer
 * runs (killed mid-write) is taken over; a live owner's pid is returned instead of the release.
 * With `reentrant`, a lock holding this process's own pid counts as stale too (a folder this
 * process opened and did not close). Errors other than "exists" are thrown as they are.
 */
export async function takePidLock(file: string, options: { reentrant?: boolean } = {}): Promise<PidLock> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(file, String(process.pid), { flag: "wx" });
      return { release: () => fs.rm(file, { force: true }) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const owner = Number(await fs.readFile(file, "utf8").catch(() => ""));
      if (owner && !(options.reentrant && owner === process.pid) && running(owner)) return { heldBy: owner };
      await fs.rm(file, { force: true });
    }
  }
  return { heldBy: 0 };
}
