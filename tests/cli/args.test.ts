import { main } from "../../src/cli/main";
import { closest, displayWidth } from "../../src/cli/args";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

async function run(...argv: string[]) {
  const c = capture();
  const code = await main(argv, c.io);
  return { code, out: c.out, err: c.err };
}

test("an unknown option is a usage error naming the closest valid one", async () => {
  const r = await run("due", "x.xlsx", "--rpe", "S004");
  expect(r.code).toBe(2);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toContain("--rpe");
  expect(r.err[0]).toContain("--rep");
  const w = await run("abc", "x.xlsx", "--wrte");
  expect(w.code).toBe(2);
  expect(w.err[0]).toContain("--write");
});

test("an option another command has is still unknown here", async () => {
  const r = await run("due", "x.xlsx", "--write");
  expect(r.code).toBe(2);
  expect(r.err[0]).toContain("--write");
});

test("a value option without its value is a usage error, also when the next word is an option", async () => {
  for (const argv of [["due", "x.xlsx", "--today"], ["due", "x.xlsx", "--today", "--json"], ["routes", "x.xlsx", "--max-stops"]]) {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/缺少/);
  }
});

test("a switch given a value, extra file names and a missing file name are usage errors", async () => {
  expect((await run("abc", "x.xlsx", "--write=yes")).code).toBe(2);
  const extra = await run("abc", "a.xlsx", "b.xlsx");
  expect(extra.code).toBe(2);
  expect(extra.err[0]).toContain("b.xlsx");
  expect((await run("demo", "stray.xlsx")).code).toBe(2);
  expect((await run("due")).code).toBe(2);
  expect((await run("check", "x.xlsx", "--lang", "fr")).code).toBe(2);
});

test("--write with --out is a usage error", async () => {
  expect((await run("handover", "x.xlsx", "--rep", "S1", "--write", "--out", "y.xlsx")).code).toBe(2);
  expect((await run("audit", "x.xlsx", "--write", "--out", "y.xlsx")).code).toBe(2);
});

test("--version, help per command, an unknown command with a suggestion", async () => {
  const v = await run("--version");
  expect(v.code).toBe(0);
  expect(v.out[0]).toMatch(/^kehu \d+\.\d+\.\d+$/);
  const h = await run("abc", "--help");
  expect(h.code).toBe(0);
  expect(h.out[0]).toMatch(/^kehu abc/);
  const u = await run("audt", "x.xlsx");
  expect(u.code).toBe(2);
  expect(u.err[0]).toContain("audit");
});

test("help lines align their summaries in display columns (CJK counts two)", async () => {
  const h = await run("help");
  const summaries = h.out[0].split("\n").map((l) => /^( .*?)\s{2,}((?:[\u4e00-\u9fff]|ABC ).*)$/.exec(l)).filter((m) => m !== null);
  expect(summaries.length).toBeGreaterThanOrEqual(8);
  const starts = summaries.map((m) => displayWidth(m[0]) - displayWidth(m[2]));
  expect(new Set(starts).size).toBe(1);
});

test("closest suggests only near names", () => {
  expect(closest("--wrte", ["--write", "--json"])).toBe("--write");
  expect(closest("--zzzzzz", ["--write", "--json"])).toBeUndefined();
});

test("a bad value names the option as it was typed (-n, not --n)", async () => {
  const short = await run("top", "x.xlsx", "--by", "sales", "--of", "reps", "-n", "0");
  expect([short.code, short.err.length]).toEqual([2, 1]);
  expect(short.err[0]).toMatch(/(^|[^-])-n：“0”/);
  expect(short.err[0]).not.toContain("--n");
  const long = await run("top", "x.xlsx", "--by", "sales", "--of", "reps", "--n", "x");
  expect(long.err[0]).toContain("--n：“x”");
  const choice = await run("top", "x.xlsx", "--by", "sale", "--of", "reps");
  expect(choice.err[0]).toContain("--by 不认识“sale”");
});
