/**
 * `npm run bench`: every bench/*.bench.ts module in turn, one figure per line:
 * `<figure> n=<work size>: <value> <unit>` with a same-run baseline ratio where there is one.
 * Benchmarks never fail a build; they print what they measured.
 */
import { readdirSync } from "fs";
import { join } from "path";

type Bench = { run(print: (line: string) => void): Promise<void> };

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => !only || f.startsWith(only))
    .sort();
  for (const file of files) {
    const bench = (await import(join(__dirname, file))) as Bench;
    try {
      await bench.run((line) => console.log(line));
    } catch (err) {
      console.log(`${file.replace(/\.bench\.ts$/, "")} n=0: failed (${err instanceof Error ? err.message : String(err)})`);
    }
  }
}

void main();
