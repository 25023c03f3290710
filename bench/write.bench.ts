/**
 * Writes that keep everything: `kehu demo --customers 1200` (a new 96k-row workbook), then on that
 * file `abc --write`, `routes --write` and `handover --rep … --to … --write` against the read-only
 * `kehu abc` in the same run (time and peak memory, each in a fresh process).
 * Targets: demo ≤ 5 s and ≤ 500 MB; each write ≤ 1.5× the read-only abc's time and peak memory.
 */
import { execFile } from "child_process";
import { copyFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";

interface ChildRun {
  ms: number;
  peakMb: number;
  code: number;
}

const TODAY = "2026-11-23";

async function kehu(...args: string[]): Promise<ChildRun> {
  const root = join(__dirname, "..");
  const { stdout } = await promisify(execFile)(process.execPath, ["-r", join(root, "scripts/register-ts.js"), join(__dirname, "write-child.ts"), ...args], { cwd: root, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as ChildRun;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function run(print: (line: string) => void): Promise<void> {
  const customers = 1200;
  const dir = mkdtempSync(join(tmpdir(), "kehu-write-bench-"));
  const file = join(dir, "demo.xlsx");
  const demo = await kehu("demo", "--customers", String(customers), "--out", file, "--today", TODAY);
  print(`kehu demo n=${customers} customers: ${s(demo.ms)}, peak ${demo.peakMb.toFixed(0)} MB (target ≤ 5 s, ≤ 500 MB)`);
  const read = await kehu("abc", file, "--today", TODAY);
  print(`kehu abc (read-only baseline) n=${customers} customers: ${s(read.ms)}, peak ${read.peakMb.toFixed(0)} MB`);
  const writes: [string, string[]][] = [
    ["abc --write", ["abc", "--write"]],
    ["routes --write", ["routes", "--write"]],
    ["handover --rep S003 --to S004 --write", ["handover", "--rep", "S003", "--to", "S004", "--write"]],
  ];
  for (const [name, args] of writes) {
    const copy = join(dir, `${args[0]}.xlsx`);
    copyFileSync(file, copy);
    const w = await kehu(args[0], copy, ...args.slice(1), "--today", TODAY);
    print(
      `kehu ${name} n=${customers} customers: ${s(w.ms)} (${(w.ms / read.ms).toFixed(2)}x read-only abc), peak ${w.peakMb.toFixed(0)} MB (${(w.peakMb / read.peakMb).toFixed(2)}x)${w.code === 0 ? "" : ` exit ${w.code}`}; target ≤ 1.5x both`,
    );
  }
}
