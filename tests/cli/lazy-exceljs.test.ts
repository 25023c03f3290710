/**
 * exceljs takes seconds of CPU to load on a busy machine, so the command line loads it only for the
 * commands that create a new workbook (init, demo, audit --out, statement, archive restore).
 * Commands that read, or write through the package writer, never load it.
 */
import { copyFileSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";

const dir = mkdtempSync(join(tmpdir(), "kehu-lazy-"));
const demo = join(dir, "demo.xlsx");
const TODAY = "2026-11-23";
const quiet = { out: () => undefined, err: () => undefined };

beforeAll(async () => {
  expect(await main(["demo", "--customers", "40", "--seed", "3", "--out", demo, "--today", TODAY], quiet)).toBe(0);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs one command in a fresh module registry and says whether it loaded exceljs. */
async function loadsExcelJs(argv: readonly string[]): Promise<{ loaded: boolean; code: number }> {
  let loaded = false;
  let code = -1;
  await jest.isolateModulesAsync(async () => {
    jest.doMock("exceljs", () => {
      loaded = true;
      return jest.requireActual("exceljs");
    });
    const fresh = (await import("../../src/cli/main")) as typeof import("../../src/cli/main");
    code = await fresh.main(argv, quiet);
  });
  return { loaded, code };
}

function copy(): string {
  const file = join(dir, `w-${Math.random().toString(36).slice(2)}.xlsx`);
  copyFileSync(demo, file);
  return file;
}

test.each([
  ["check", []],
  ["due", ["--today", TODAY]],
  ["abc", ["--today", TODAY]],
  ["abc", ["--today", TODAY, "--write"]],
  ["routes", ["--today", TODAY, "--write"]],
  ["audit", ["--today", TODAY, "--write"]],
  ["receivables", ["--today", TODAY]],
])("kehu %s %j does not load exceljs", async (command, flags) => {
  const { loaded, code } = await loadsExcelJs([command, copy(), ...flags]);
  expect(code).toBeLessThanOrEqual(1);
  expect(loaded).toBe(false);
}, 120_000);

test("kehu init still makes its workbook with exceljs", async () => {
  const { loaded, code } = await loadsExcelJs(["init", join(dir, "new.xlsx")]);
  expect(code).toBe(0);
  expect(loaded).toBe(true);
}, 60_000);
