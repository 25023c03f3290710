import { constants, promises as fs, type Stats } from "fs";
import type { FileHandle } from "fs/promises";
import * as path from "path";
import { openByOfficeApp, WorkbookFileError } from "./file-errors";
import { takePidLock } from "../pid-lock";

/** The file a workbook was read from, as it was then: its real path (symlinks followed) and its stat. */
export interface ReadFrom {
  real: string;
  stat: Stats;
}

/** Where a path really leads: symlinks followed; for a file not there yet, its real folder plus its name. */
export async function realTarget(file: string): Promise<{ real: string; exists: boolean }> {
  try {
    return { real: await fs.realpath(file), exists: true };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  const dir = path.dirname(path.resolve(file));
  try {
    return { real: path.join(await fs.realpath(dir), path.basename(file)), exists: false };
  } catch {
    const link = await fs.lstat(file).catch(() => undefined);
    if (link?.isSymbolicLink()) throw new WorkbookFileError("missing", file, `符号链接指向的文件不存在：${file}`, `the symbolic link points to no file: ${file}`);
    throw new WorkbookFileError("missing", file, `输出文件夹不存在：${dir}（请先创建它）`, `the output folder does not exist: ${dir} (create it first)`);
  }
}

/** Whether two names lead to the same file (./d.xlsx, a symlink to it, its absolute path). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([realTarget(a).catch(() => undefined), realTarget(b).catch(() => undefined)]);
  return x !== undefined && y !== undefined && x.real === y.real;
}

/** Reads a file for a later safe write: its bytes and what it was like when read. */
export async function readForWriting(file: string): Promise<{ buffer: Buffer; from: ReadFrom }> {
  const real = await fs.realpath(file);
  const stat = await fs.stat(real);
  if (stat.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
  return { buffer: await fs.readFile(real), from: { real, stat } };
}

function unchanged(a: Stats, b: Stats): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** A lock file beside the workbook while it is replaced; a lock left by a process that is gone is taken over. */
async function lock(real: string, file: string): Promise<() => Promise<void>> {
  const taken = await takePidLock(path.join(path.dirname(real), `.~kehu.${path.basename(real)}.lock`));
  if ("release" in taken) return taken.release;
  throw new WorkbookFileError("locked", file, `另一个 kehu 命令正在写入这个文件：${file}（请等它结束后重试）`, `another kehu command is writing this file: ${file} (try again when it is done)`);
}

/**
 * Writes a workbook file so that nothing is ever half-written or silently lost:
 * - the new content goes to a temporary file in the same folder, is flushed to disk (fsync) and then
 *   renamed over the target in one step;
 * - a symlink's target is written (the link stays a link); the file's mode and owner are kept;
 * - a read-only file is refused, never replaced; so is a file open in Excel/WPS/LibreOffice;
 * - writes to the same file wait for no one: a second writer finds the lock and stops, and a writer
 *   whose input changed on disk since it was read (`readFrom`) stops instead of overwriting.
 */
export async function writeAtomically(file: string, options: { overwrite: boolean; readFrom?: ReadFrom }, write: (handle: FileHandle) => Promise<void>): Promise<void> {
  const { real, exists } = await realTarget(file);
  let before: Stats | undefined;
  if (exists) {
    before = await fs.stat(real);
    if (before.isDirectory()) throw new WorkbookFileError("corrupt", file, `这是一个文件夹，不是 .xlsx 文件：${file}`, `this is a folder, not an .xlsx file: ${file}`);
    if (!options.overwrite) throw new WorkbookFileError("exists", file, `文件已存在：${file}（加 --force 覆盖）`, `the file exists: ${file} (add --force to replace it)`);
    if ((before.mode & 0o222) === 0) throw new WorkbookFileError("locked", file, `文件是只读的，不会替换它：${file}`, `the file is read-only; it is not replaced: ${file}`);
    if (await openByOfficeApp(real)) throw new WorkbookFileError("locked", file, `文件正在 Excel 或 WPS/LibreOffice 中打开：${file}（请先关闭再写入）`, `the file is open in Excel or WPS/LibreOffice: ${file} (close it first)`);
  }
  const dir = path.dirname(real);
  await fs.access(dir, constants.W_OK).catch(() => {
    throw new WorkbookFileError("locked", file, `没有权限写入文件夹：${dir}`, `not permitted to write in the folder ${dir}`);
  });
  const unlock = await lock(real, file);
  const tmp = path.join(dir, `.~kehu.${path.basename(real)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const from = options.readFrom;
    if (from && from.real === real) {
      const now = await fs.stat(real).catch(() => undefined);
      if (!now || !unchanged(now, from.stat)) throw new WorkbookFileError("locked", file, `文件在读取之后被修改过：${file}（另一个程序写入了它；为免丢失对方的修改，没有写入，请重新运行命令）`,
        `the file changed after it was read: ${file} (another program wrote it; nothing was written so its changes are not lost; run the command again)`,
      );
    }
    const handle = await fs.open(tmp, "wx", before ? before.mode & 0o7777 : 0o666);
    try {
      await write(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (before) {
      await fs.chmod(tmp, before.mode & 0o7777);
      await fs.chown(tmp, before.uid, before.gid).catch(() => undefined);
    }
    await fs.rename(tmp, real);
    const folder = await fs.open(dir, "r").catch(() => undefined);
    await folder?.sync().catch(() => undefined);
    await folder?.close();
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  } finally {
    await unlock();
  }
}
