import { spawn } from "child_process";
import { copyFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XlsxReader } from "../../src/io/xlsx/fast-read";
import { readSnapshot, WORKBOOK_ID_PROPERTY } from "../../src/archive/snapshot";
import { syncFiles } from "../../src/archive/sync";
import { BACKENDS, emptyArchive, writeDemo } from "./support";

// PGlite starts in seconds, and CI machines are shared: these tests are slow, never timed.
jest.setTimeout(900_000);

const root = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "kehu-archive-kill-"));
const small = join(dir, "small.xlsx");
const big = join(dir, "big.xlsx");

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function claimedId(file: string): Promise<string | undefined> {
  return (await (await XlsxReader.open(file)).customProperties()).get(WORKBOOK_ID_PROPERTY);
}

beforeAll(async () => {
  await writeDemo(small, 10, 3);
  await writeDemo(big, 150, 4);
});

describe.each(BACKENDS)("SIGKILL mid-sync on %s", (label, backend) => {
  test("leaves the archive readable and as it was before that workbook; a second sync completes it", async () => {
    const db = await backend("kh_test_kill");
    await (await emptyArchive(db)).close();
    const a = join(dir, `small-${label}.xlsx`);
    const b = join(dir, `big-${label}.xlsx`);
    copyFileSync(small, a);
    copyFileSync(big, b);

    // The CLI in its own process: once the big workbook has its id written it is about to record
    // (or recording) that workbook; the kill lands inside that transaction or just before it.
    const script = `require(${JSON.stringify(join(root, "src/cli/main.ts"))}).main(process.argv.slice(1))`;
    const child = spawn(process.execPath, ["-r", join(root, "scripts/register-ts.js"), "-e", script, "archive", "sync", a, b, "--db", db], { cwd: root, stdio: "ignore" });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    let killed = false;
    for (let i = 0; i < 1200 && child.exitCode === null; i++) {
      if (await claimedId(b).catch(() => undefined)) {
        await sleep(300);
        killed = child.kill("SIGKILL");
        break;
      }
      await sleep(100);
    }
    await exited;
    expect(killed).toBe(true);

    const archive = await openAsItIs(db);
    try {
      const smallRows = (await readSnapshot(await XlsxReader.open(a))).rows.length;
      const bigId = await claimedId(b);
      const rows = await archive.query<{ workbook_id: string; n: number }>("SELECT workbook_id, count(*)::int AS n FROM kh_row GROUP BY workbook_id");
      // Either the kill came before the big workbook committed (only the small one is there) or,
      // on a fast machine, after: never a part of it.
      const bigRows = (await readSnapshot(await XlsxReader.open(b))).rows.length;
      const ofBig = rows.find((r) => r.workbook_id === bigId)?.n ?? 0;
      expect([0, bigRows]).toContain(ofBig);
      const smallId = await claimedId(a);
      expect(rows.find((r) => r.workbook_id === smallId)?.n).toBe(smallRows);

      const again = await syncFiles(archive, [a, b], { now: new Date() });
      expect(again[0].status).toBe("unchanged");
      expect(again[1].status).toBe(ofBig === 0 ? "new" : "unchanged");
      const [{ n }] = await archive.query<{ n: number }>("SELECT count(*)::int AS n FROM kh_row WHERE workbook_id = $1", [bigId!]);
      expect(n).toBe(bigRows);
    } finally {
      await archive.close();
    }
  });
});

/** Opens the archive as it is (no emptying). */
async function openAsItIs(db: string) {
  const { openArchive } = await import("../../src/archive/open");
  return openArchive(db);
}
