/**
 * Writes that keep everything: `kehu demo --customers 1200` (a new 96k-row workbook) against the
 * read-only `kehu abc` on the file it wrote, then on that file each write command against the same
 * command read-only, and against the read-only `kehu abc`, in the same run (wall time, CPU time and
 * peak memory, each in a fresh process). The children run the compiled command line (lib/, built
 * first as `npm run build:node` does), as `kehu` runs for a user: loading TypeScript's compiler in
 * each child would add seconds and a hundred MB to every figure and flatter the ratios.
 * Targets: demo ≤ 5 s and ≤ 500 MB; each write ≤ 1.5× its read-only run's time and peak memory.
 */
import { execFile } from "child_process";
import { copyFileSync, mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";

interface ChildRun {
  ms: number;
  cpuMs: number;
  peakMb: number;
  code: number;
  /** The command's last line of output (with --json, all of it). */
  last: string;
}

const TODAY = "2026-11-23";

const ROOT = join(__dirname, "..");
const run$ = promisify(execFile);

/** One `kehu` run in a fresh node: the command's output dropped, its figures printed as one JSON line. */
const CHILD = `
const t0 = Date.now();
let last = "";
require(process.env.KEHU_MAIN).main(process.argv.slice(1), { out(s) { last = s; }, err(s) { process.stderr.write(s + "\\n"); } }).then((code) => {
  const u = process.resourceUsage();
  process.stdout.write(JSON.stringify({ ms: Date.now() - t0, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, peakMb: u.maxRSS / 1024, code, last }) + "\\n");
});`;

async function kehu(...args: string[]): Promise<ChildRun> {
  const env = { ...process.env, KEHU_MAIN: join(ROOT, "lib/src/cli/main.js") };
  const { stdout } = await run$(process.execPath, ["-e", CHILD, ...args], { cwd: ROOT, env, maxBuffer: 1 << 20 });
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
  await run$(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.node.json"], { cwd: ROOT });
  const dir = mkdtempSync(join(tmpdir(), "kehu-write-bench-"));
  try {
    const file = join(dir, "demo.xlsx");
    const demo = await kehu("demo", "--customers", String(customers), "--out", file, "--today", TODAY, "--json");
    const rows = Object.values((JSON.parse(demo.last) as { rows: Record<string, number> }).rows).reduce((a, b) => a + b, 0);
    const size = `${rows.toLocaleString("en-US")} rows, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`;
    let abc: ChildRun | undefined;
    for (const c of COMMANDS) {
      const copy = join(dir, `${c.read[0]}.xlsx`);
      copyFileSync(file, copy);
      const read = await kehu(c.read[0], copy, ...c.read.slice(1), "--today", TODAY);
      if (!abc) {
        abc = read;
        print(`kehu demo n=${customers} customers (${size}): ${figures(demo)}; ${ratios(demo, abc)} of read-only abc on the file it wrote (target ≤ 5 s, ≤ 500 MB)`);
      }
      const write = await kehu(c.write[0], copy, ...c.write.slice(1), "--today", TODAY);
      print(`kehu ${c.read.join(" ")} (read-only) n=${customers} customers: ${figures(read)}`);
      const ofAbc = read === abc ? "" : `, ${ratios(write, abc)} of read-only abc`;
      print(`kehu ${c.write.join(" ")} n=${customers} customers: ${figures(write)}; ${ratios(write, read)} of read-only ${c.name}${ofAbc}; target ≤ 1.5x`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
