import { mkdtempSync, writeFileSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "kehu-cli-"));

test("init writes a workbook that checks clean, and never overwrites without --force", async () => {
  const file = join(dir, "new.xlsx");
  const first = capture();
  expect(await main(["init", file], first.io)).toBe(0);
  expect(first.out.join("\n")).toContain("客户档案");
  const before = readFileSync(file);
  const second = capture();
  expect(await main(["init", file], second.io)).toBe(2);
  expect(second.err.join("\n")).toContain("--force");
  expect(readFileSync(file).equals(before)).toBe(true);
  const check = capture();
  expect(await main(["check", file, "--json"], check.io)).toBe(0);
  expect(JSON.parse(check.out[0]).problems).toEqual([]);
});

test("a missing or corrupt file is one clear line and exit 3", async () => {
  const missing = capture();
  expect(await main(["check", join(dir, "none.xlsx")], missing.io)).toBe(3);
  expect(missing.err).toHaveLength(1);
  expect(missing.err[0]).toMatch(/找不到文件/);
  const bad = join(dir, "bad.xlsx");
  writeFileSync(bad, "PK\u0003\u0004 garbage");
  const corrupt = capture();
  expect(await main(["check", bad], corrupt.io)).toBe(3);
  expect(corrupt.err).toHaveLength(1);
  expect(corrupt.err[0]).not.toMatch(/at .*\.ts/);
});

test("demo writes a workbook whose planted faults check finds, cell by cell, with exit 1", async () => {
  const file = join(dir, "demo.xlsx");
  const demo = capture();
  expect(await main(["demo", "--out", file, "--customers", "30", "--seed", "7", "--today", "2026-11-23", "--json"], demo.io)).toBe(0);
  const summary = JSON.parse(demo.out[0]);
  expect(summary.rows["客户档案"]).toBe(30);
  const check = capture();
  expect(await main(["check", file, "--json"], check.io)).toBe(1);
  const problems = JSON.parse(check.out[0]).problems as { message: string }[];
  expect(problems.length).toBe(summary.planted.faults);
  expect(summary.problems).toBe(problems.length);
  for (const p of problems) expect(p.message).toMatch(/^[^!]+![A-Z]+\d+ \S+：/);
});

test("usage errors exit 2 and name the problem", async () => {
  const unknown = capture();
  expect(await main(["frobnicate"], unknown.io)).toBe(2);
  const badFlag = capture();
  expect(await main(["demo", "--customers", "many"], badFlag.io)).toBe(2);
  expect(badFlag.err[0]).toContain("--customers");
});
