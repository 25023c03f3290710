/**
 * Run by write.bench.ts in a fresh process so each command gets its own peak RSS:
 * `node -r ./scripts/register-ts.js bench/write-child.ts <kehu arguments…>` runs the command line
 * (output discarded) and prints one JSON line: { ms, cpuMs, peakMb, code } (cpuMs: user + system time,
 * steadier than wall time on a shared machine).
 */
import { main } from "../src/cli/main";

async function run(): Promise<void> {
  const t0 = Date.now();
  const code = await main(process.argv.slice(2), { out: () => undefined, err: (s) => void process.stderr.write(`${s}\n`) });
  const ms = Date.now() - t0;
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, peakMb: usage.maxRSS / 1024, code })}\n`);
}

run().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
