import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { takePidLock } from "../../src/io/pid-lock";

const dir = mkdtempSync(join(tmpdir(), "kehu-pid-lock-"));
let n = 0;
const lockFile = () => join(dir, `lock-${++n}`);

test("a free lock is taken with this process's pid and released", async () => {
  const file = lockFile();
  const lock = await takePidLock(file);
  if (!("release" in lock)) throw new Error("not taken");
  expect(readFileSync(file, "utf8")).toBe(String(process.pid));
  await lock.release();
  expect(existsSync(file)).toBe(false);
});

test("a lock left by a process that is gone is taken over; a live owner keeps it", async () => {
  const gone = spawnSync(process.execPath, ["-e", ""]).pid!;
  const stale = lockFile();
  writeFileSync(stale, String(gone));
  const taken = await takePidLock(stale);
  expect("release" in taken).toBe(true);
  expect(readFileSync(stale, "utf8")).toBe(String(process.pid));

  const held = lockFile();
  writeFileSync(held, String(process.ppid));
  expect(await takePidLock(held)).toEqual({ heldBy: process.ppid });
});

test("only a reentrant lock takes over one holding this process's own pid", async () => {
  const file = lockFile();
  writeFileSync(file, String(process.pid));
  expect(await takePidLock(file)).toEqual({ heldBy: process.pid });
  expect("release" in (await takePidLock(file, { reentrant: true }))).toBe(true);
});
