/**
 * The task pane: its bundle size against the 400 KB budget (office.js not counted), the pinyin
 * initials table against the full pinyin-pro dictionary it replaces, and customer search per
 * keystroke against computing initials on every query.
 */
import { existsSync, readFileSync, statSync } from "fs";
import { dirname, join } from "path";
import { gzipSync } from "zlib";
import { performance } from "perf_hooks";
import { INITIALS_TABLE } from "../src/taskpane/pinyin/initials-table";
import { initialsOf } from "../src/taskpane/pinyin/initials";
import { initialsMatchAt, searchCustomers, searchEntry } from "../src/taskpane/search";

const BUDGET_KB = 400;

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function bundle(print: (line: string) => void): void {
  const file = join(repoRoot(), "dist", "taskpane.js");
  if (!existsSync(file)) {
    print("taskpane js n=1 bundle: not built (npm run build writes dist/taskpane.js)");
    return;
  }
  const bytes = statSync(file).size;
  const gzip = gzipSync(readFileSync(file)).length;
  print(`taskpane js n=1 bundle: ${kb(bytes)} KB (budget ${BUDGET_KB} KB, ${(bytes / 1024 / BUDGET_KB).toFixed(2)}x; gzip ${kb(gzip)} KB)`);
}

function table(print: (line: string) => void): void {
  const chars = new Set([...Object.values(INITIALS_TABLE).join("")]).size;
  const bytes = Buffer.byteLength(Object.entries(INITIALS_TABLE).map(([k, v]) => `${k}:"${v}",`).join(""), "utf8");
  let baseline = "";
  try {
    const pinyinPro = statSync(require.resolve("pinyin-pro")).size;
    baseline = ` (pinyin-pro full build ${kb(pinyinPro)} KB, ${(bytes / pinyinPro).toFixed(2)}x)`;
  } catch {
    baseline = " (pinyin-pro not installed: no baseline)";
  }
  print(`pinyin initials table n=${chars} hanzi: ${kb(bytes)} KB${baseline}`);
}

const SYLLABLES = "北京华信上海新贸易重庆长江鑫源商贸深圳广州成都武汉杭州南京西安天津苏州郑州长沙沈阳青岛宁波东莞无锡佛山合肥大连福州厦门哈尔滨济南温州金穗龙腾恒昌盛美好百货超市餐饮管理科技实业发展连锁有限公司集团";

function customers(n: number): { code: string; name: string }[] {
  let seed = 12345;
  const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) % 1_000_000) / 1_000_000;
  return Array.from({ length: n }, (_, i) => {
    let name = "";
    const len = 4 + Math.floor(next() * 8);
    for (let j = 0; j < len; j++) name += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    return { code: `KH${String(i + 1).padStart(5, "0")}`, name };
  });
}

/** Median over rounds of the mean time per query, after a warm-up round. */
function timePerQuery(queries: readonly string[], find: (q: string) => unknown, rounds = 7): number {
  for (const q of queries) find(q);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (const q of queries) find(q);
    times.push((performance.now() - start) / queries.length);
  }
  return times.sort((a, b) => a - b)[rounds >> 1];
}

function search(print: (line: string) => void): void {
  const n = 10_000;
  const list = customers(n);
  const t0 = performance.now();
  const entries = list.map(searchEntry);
  const index = performance.now() - t0;
  const queries = ["b", "bj", "bjh", "bjhx", "kh0", "kh01", "华信", "szkj", "cqcj", "gzls"];
  const fast = timePerQuery(queries, (q) => searchCustomers(entries, q));
  // Baseline: the same matching, but the initials worked out again on every keystroke.
  const naive = timePerQuery(queries, (q) => list.filter((c) => c.code.toLowerCase().includes(q) || c.name.includes(q) || initialsMatchAt(initialsOf(c.name), q) >= 0));
  print(`customer search index n=${n}: ${index.toFixed(1)} ms`);
  print(`customer search per keystroke n=${n}: ${fast.toFixed(2)} ms (initials on every query ${naive.toFixed(2)} ms, ${(fast / naive).toFixed(2)}x)`);
}

export async function run(print: (line: string) => void): Promise<void> {
  bundle(print);
  table(print);
  search(print);
}
