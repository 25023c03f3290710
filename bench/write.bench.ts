/**
 * Writes that keep everything: `kehu demo --customers 1200` (a new 96k-row workbook), then on that
 * file each write command against the same command read-only, and against the read-only `kehu abc`,
 * in the same run (wall time, CPU time and peak memory, each in a fresh process).
 * Targets: demo ≤ 5 s and ≤ 500 MB; each write ≤ 1.5× its read-only run's time and peak memory.
 */
import { execFile } from "child_process";
import { copyFileSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";

interface ChildRun {
  ms: number;
  cpuMs: number;
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
const x = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
const figures = (r: ChildRun) => `${s(r.ms)} (CPU ${s(r.cpuMs)}), peak ${r.peakMb.toFixed(0)} MB${r.code === 0 ? "" : `, exit ${r.code}`}`;
const ratios = (w: ChildRun, base: ChildRun) => `${x(w.ms, base.ms)} time, ${x(w.cpuMs, base.cpuMs)} CPU, ${x(w.peakMb, base.peakMb)} memory`;

/** Each write command and the same command without writing. */
const COMMANDS: { name: string; read: string[]; write: string[] }[] = [
  { name: "abc", read: ["abc"], write: ["abc", "--write"] },
  { name: "routes", read: ["routes"], write: ["routes", "--write"] },
  { name: "handover --rep S003", read: ["handover", "--rep", "S003"], write: ["handover", "--rep", "S003", "--to", "S004", "--write"] },
];

export async function run(print: (line: string) => void): Promise<void> {
  const customers = 1200;
  const dir = mkdtempSync(join(tmpdir(), "kehu-write-bench-"));
  try {
    const file = join(dir, "demo.xlsx");
    const demo = await kehu("demo", "--customers", String(customers), "--out", file, "--today", TODAY);
    print(`kehu demo n=${customers} customers: ${figures(demo)} (target ≤ 5 s, ≤ 500 MB)`);
    let abc: ChildRun | undefined;
    for (const c of COMMANDS) {
      const copy = join(dir, `${c.read[0]}.xlsx`);
      copyFileSync(file, copy);
      const read = await kehu(c.read[0], copy, ...c.read.slice(1), "--today", TODAY);
      abc ??= read;
      const write = await kehu(c.write[0], copy, ...c.write.slice(1), "--today", TODAY);
      print(`kehu ${c.read.join(" ")} (read-only) n=${customers} customers: ${figures(read)}`);
      print(`kehu ${c.write.join(" ")} n=${customers} customers: ${figures(write)}; ${ratios(write, read)} of read-only ${c.name}, ${ratios(write, abc)} of read-only abc; target ≤ 1.5x`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
