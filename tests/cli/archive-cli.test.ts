import { spawnSync } from "child_process";
import { copyFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { capture, SERVER_URL, writeDemo } from "../archive/support";

// PGlite starts in seconds, and CI machines are shared: these tests are slow, never timed.
jest.setTimeout(900_000);

const dir = mkdtempSync(join(tmpdir(), "kehu-archive-cli-"));
const root = join(__dirname, "..", "..");

test("kehu archive sync / changes / verify / restore on an embedded archive: lines, JSON and exit codes", async () => {
  const file = join(dir, "客服.xlsx");
  await writeDemo(file, 20, 5);
  const db = join(dir, "archive");
  const bad = join(dir, "bad.xlsx");
  copyFileSync(join(root, "package.json"), bad);

  const sync = capture();
  expect(await main(["archive", "sync", file, bad, "--db", db, "--now", "2026-11-01T18:00"], sync.io)).toBe(3);
  expect(sync.out).toEqual([expect.stringMatching(/客服\.xlsx：首次归档（新增 \d+ · 修改 0 · 删除 0）/)]);
  expect(sync.err).toEqual([expect.stringContaining("bad.xlsx：未同步：")]);

  const again = capture();
  expect(await main(["archive", "sync", file, "--db", db, "--json"], again.io)).toBe(0);
  const outcome = JSON.parse(again.out[0]).workbooks[0];
  expect(outcome.status).toBe("unchanged");

  const changes = capture();
  expect(await main(["archive", "changes", "--db", db, "--since", "2026-10-01"], changes.io)).toBe(0);
  expect(changes.out[0]).toMatch(/首次归档 \d+ 行/);

  const verify = capture();
  expect(await main(["archive", "verify", file, "--db", db], verify.io)).toBe(0);
  expect(verify.out[0]).toContain("完整");

  const out = join(dir, "restored.xlsx");
  const restore = capture();
  expect(await main(["archive", "restore", "--workbook", outcome.workbookId, "--at", "2026-11-02", "--out", out, "--db", db], restore.io)).toBe(0);
  const restoredVerify = capture();
  expect(await main(["archive", "verify", out, "--db", db], restoredVerify.io)).toBe(0);

  const early = capture();
  expect(await main(["archive", "restore", "--workbook", outcome.workbookId, "--at", "2026-10-01", "--out", join(dir, "x.xlsx"), "--db", db], early.io)).toBe(2);
  expect(early.err).toHaveLength(1);

  const report = capture();
  expect(await main(["archive", "report", "--month", "2026-10", "--db", db, "--json"], report.io)).toBe(0);
  expect(JSON.parse(report.out[0]).reps.length).toBeGreaterThan(0);
  // 客服部 with the groups below it (部门's tree) is the whole company; without them, only its own staff.
  const tree = capture();
  expect(await main(["archive", "report", "--month", "2026-10", "--department", "客服部", "--with-sub", "--db", db, "--json"], tree.io)).toBe(0);
  expect(JSON.parse(tree.out[0])).toEqual({ ...JSON.parse(report.out[0]), scope: "部门 客服部（含下级部门）" });
  const own = capture();
  expect(await main(["archive", "report", "--month", "2026-10", "--department", "D01", "--db", db, "--json"], own.io)).toBe(0);
  expect(JSON.parse(own.out[0]).reps.every((r: { rep: string }) => r.rep === "S001")).toBe(true);
  // --rep as typed in another case is the archive's ID (its rows carry S00n), not a rep with no rows
  const busy: string = JSON.parse(report.out[0]).reps[0].rep;
  const [upper, lower] = [capture(), capture()];
  expect(await main(["archive", "report", "--month", "2026-10", "--rep", busy, "--db", db, "--json"], upper.io)).toBe(0);
  expect(await main(["archive", "report", "--month", "2026-10", "--rep", ` ${busy.toLowerCase()}`, "--db", db, "--json"], lower.io)).toBe(0);
  expect(JSON.parse(lower.out[0])).toEqual(JSON.parse(upper.out[0]));
  expect(JSON.parse(upper.out[0]).reps.map((r: { rep: string }) => r.rep)).toEqual([busy]);
  const alone = capture();
  expect(await main(["archive", "report", "--month", "2026-10", "--with-sub", "--db", db], alone.io)).toBe(2);
  expect(alone.err[0]).toContain("--department");
  // TopN with 环比 over the archive equals TopN over the workbook it holds
  for (const ask of [["--by", "sales", "--of", "customers", "--compare", "pop"], ["--by", "balance", "--of", "reps"], ["--by", "follow-ups", "--of", "reps", "--compare", "yoy"], ["--by", "complaints", "--of", "categories", "--compare", "pop"], ["--by", "balance", "--of", "categories"]]) {
    const period = ["--from", "2026-10-01", "--to", "2026-10-31", "-n", "5", "--json"];
    const fromBook = capture();
    expect(await main(["top", file, ...ask, ...period], fromBook.io)).toBe(0);
    const fromArchive = capture();
    expect(await main(["archive", "top", ...ask, ...period, "--db", db], fromArchive.io)).toBe(0);
    const pick = (json: { entries: unknown; total: unknown; base: unknown }) => [json.entries, json.total, json.base];
    expect(pick(JSON.parse(fromArchive.out[0]))).toEqual(pick(JSON.parse(fromBook.out[0])));
  }
  expect(await main(["archive", "top", "--by", "sales", "--of", "galaxies", "--db", db], capture().io)).toBe(2);
  // 业绩考核 over the archive is kehu appraise over the workbook it holds: rows, departments' plans and weights
  const appraised = capture();
  expect(await main(["appraise", file, "--period", "2026-Q4", "--today", "2026-11-23", "--json"], appraised.io)).toBe(0);
  const archived = capture();
  expect(await main(["archive", "appraise", "--period", "2026-Q4", "--today", "2026-11-23", "--db", db, "--json"], archived.io)).toBe(0);
  const figures = (json: { rows: unknown; departments: unknown; weights: unknown }) => [json.rows, json.departments, json.weights];
  expect(JSON.parse(archived.out[0]).rows.length).toBeGreaterThan(0);
  expect(figures(JSON.parse(archived.out[0]))).toEqual(figures(JSON.parse(appraised.out[0])));
  const table = capture();
  expect(await main(["archive", "appraise", "--period", "2026-Q4", "--department", "客服部", "--with-sub", "--today", "2026-11-23", "--db", db], table.io)).toBe(0);
  expect(table.out[0]).toMatch(/^业绩考核：2026年第4季度，归档（部门 客服部（含下级部门））；权重/);
  expect(await main(["archive", "appraise", "--db", db], capture().io)).toBe(2);
  const nobody = capture();
  expect(await main(["archive", "audit", "--as", "S999", "--db", db], nobody.io)).toBe(2);
  expect(nobody.err[0]).toContain("S999");
  expect(await main(["archive", "report", "--month", "2026-13", "--db", db], capture().io)).toBe(2);

  const usage = capture();
  expect(await main(["archive", "frob", "--db", db], usage.io)).toBe(2);
  expect(await main(["archive", "restore", "--db", db], capture().io)).toBe(2);
  const foreign = capture();
  expect(await main(["archive", "changes", "--ats", "2026-11-01", "--db", db], foreign.io)).toBe(2);
  expect(await main(["archive", "changes", "--workbook", "x", "--db", db], capture().io)).toBe(2);
});

test("an unreachable server or wrong credentials: one line, exit 3, no password, no stack", async () => {
  const unreachable = capture();
  expect(await main(["archive", "changes", "--db", "postgres://kehu:s3cret-pw@127.0.0.1:1/kehu"], unreachable.io)).toBe(3);
  expect(unreachable.err).toHaveLength(1);
  expect(unreachable.err[0]).toContain("postgres://kehu:***@127.0.0.1:1/kehu");
  expect(unreachable.err[0]).not.toContain("s3cret-pw");
  if (!SERVER_URL) return;
  const wrong = new URL(SERVER_URL);
  wrong.password = "definitely-not-it";
  const denied = capture();
  expect(await main(["archive", "changes", "--db", wrong.toString()], denied.io)).toBe(3);
  expect(denied.err).toHaveLength(1);
  expect(denied.err[0]).toMatch(/用户名或密码不对/);
  expect(denied.err[0]).not.toContain("definitely-not-it");
});

test("commands that do not use the archive never load PGlite or pg", () => {
  const script = `require(${JSON.stringify(join(root, "src/cli/main.ts"))}).main(["help"], { out() {}, err() {} }).then(() => {
    const loaded = Object.keys(require.cache).filter((m) => /node_modules[\\\\/](@electric-sql|pg)[\\\\/]/.test(m));
    process.stdout.write(JSON.stringify(loaded));
  });`;
  const run = spawnSync(process.execPath, ["-r", join(root, "scripts/register-ts.js"), "-e", script], { encoding: "utf8", cwd: root });
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual([]);
});
