/**
 * `kehu archive <sub> --lang en`: every sub-command's output and refusals are English, over the demo
 * synced into an embedded archive (PGlite) in a temp folder. What may stay Chinese is what the
 * workbooks hold (tests/support/leftover-chinese.ts). A sub-command added to kehu archive fails the
 * registry test until it has lines here.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { archiveSubs } from "../../src/cli/commands/archive";
import { WORKBOOK_ID_PROPERTY } from "../../src/archive/snapshot";
import { XlsxReader } from "../../src/io/xlsx/fast-read";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { capture, editAsRep, SERVER_URL } from "../archive/support";
import { leftoverChinese, workbookText } from "../support/leftover-chinese";

// PGlite starts in seconds, and CI machines are shared: these tests are slow, never timed.
jest.setTimeout(900_000);

const dir = mkdtempSync(join(tmpdir(), "kehu-lang-archive-"));
const TODAY = "2026-11-23";
/** The names a line stands for: the archive, the demo as the rep edited it, its copy from before the edits, a workbook that is no customer log. */
const files = { A: join(dir, "archive"), F: join(dir, "rep.xlsx"), OLD: join(dir, "before.xlsx"), NOTLOG: join(dir, "not-a-log.xlsx"), ID: "" };
let text: string[] = [];

beforeAll(async () => {
  const quiet = { out: () => undefined, err: () => undefined };
  expect(await main(["demo", "--customers", "40", "--seed", "3", "--out", files.F, "--today", TODAY], quiet)).toBe(0);
  expect(await main(["archive", "sync", files.F, "--db", files.A, "--now", "2026-11-01T18:00"], quiet)).toBe(0);
  files.ID = (await (await XlsxReader.open(files.F)).customProperties()).get(WORKBOOK_ID_PROPERTY)!;
  copyFileSync(files.F, files.OLD);
  // a row added, edited, deleted, and a closed complaint rewritten (tampering) before the next sync
  await editAsRep(files.F, files.ID);
  const other = XlsxWorkbook.create();
  other.book.addWorksheet("Sheet1").getCell("A1").value = "hello";
  await other.save(files.NOTLOG, { overwrite: true });
  text = await workbookText([files.F, files.OLD]);
}, 900_000);

interface Line {
  argv: string[];
  code: number;
  /** A line the output must hold (the English it is about). */
  expect: RegExp;
}

/**
 * Each sub-command's lines, run in this order on one archive (sync first: the rest read what it
 * recorded): its output, then at least one refusal with its exit code. "O" is a new file.
 */
const EVERY: Record<string, Line[]> = {
  sync: [
    // OLD claims the same workbook id as F with other content: refused, F synced
    { argv: ["sync", "F", "OLD", "--now", "2026-11-08T18:00"], code: 3, expect: /^F: synced \(added 1 · edited 2 · deleted 1\)$/ },
    { argv: ["sync", "F", "OLD", "--now", "2026-11-08T18:00"], code: 3, expect: /^OLD: not synced: the same workbook as F \(id ID\), but their contents have diverged; this file was not synced/ },
    { argv: ["sync", "F"], code: 0, expect: /^F: unchanged$/ },
    // alone, OLD meets the archive's record of F, which still claims the id
    { argv: ["sync", "OLD"], code: 3, expect: /^OLD: not synced: the same workbook as D\/rep\.xlsx \(id ID\), but their contents have diverged; this file was not synced \(make sure which copy is the latest\)$/ },
    { argv: ["sync", "NOTLOG"], code: 3, expect: /^NOTLOG: not synced: not a customer log \(no 客户档案 table with a 客户编码 column; run kehu check to see\)$/ },
    { argv: ["sync", "D/missing.xlsx"], code: 3, expect: /^D\/missing\.xlsx: not synced: file not found: / },
    { argv: ["sync"], code: 2, expect: /^kehu archive: missing file name\. Usage: kehu archive sync <file\.xlsx\.\.\.> \[--now TIME\]/ },
    { argv: ["sync", "F", "--now", "soon"], code: 2, expect: /^kehu archive: --now: "soon" is not a time \(e\.g\. 2026-11-01T18:00\)$/ },
  ],
  changes: [
    { argv: ["changes"], code: 1, expect: /^\S+ \S+ {2}D\/rep\.xlsx \(held by \S+ .+\) {2}archived for the first time: \d+ rows$/ },
    { argv: ["changes", "--since", "2026-11-02"], code: 1, expect: /^Suspected tampering \(finished events deleted or edited\): 2$/ },
    { argv: ["changes", "--since", "2026-11-02"], code: 1, expect: /^\S+ \S+ {2}D\/rep\.xlsx \(held by .+\) {2}投诉 \S+ edited: 处理结果: .+ → （改写过的结果）$/ },
    { argv: ["changes", "--since", "2026-11-02"], code: 1, expect: /^ {2}high {2}投诉 \S+ edited, found by the sync of 2026-11-08 18:00, when .+ held the workbook \(D\/rep\.xlsx\)$/ },
    { argv: ["changes", "--since", "2026-11-02"], code: 1, expect: / 跟进记录 \S+ deleted$/ },
    { argv: ["changes", "--since", "2026-11-30"], code: 0, expect: /^No changes in this time\.$/ },
    { argv: ["changes", "--since", "x"], code: 2, expect: /^kehu archive: --since: "x" is not a time/ },
  ],
  restore: [
    { argv: ["restore", "--workbook", "ID", "--at", "2026-11-05", "--out", "O"], code: 0, expect: /^Restored ID as it was at 2026-11-05 \(the version synced at 2026-11-01 18:00, \d+ rows\) to O$/ },
    { argv: ["restore", "--workbook", "nobody", "--at", "2026-11-05", "--out", "O"], code: 2, expect: /^kehu archive: the archive holds no workbook nobody$/ },
    { argv: ["restore", "--workbook", "ID", "--at", "2026-10-01", "--out", "O"], code: 2, expect: /^kehu archive: the workbook ID was not archived yet at that time$/ },
    { argv: ["restore", "--workbook", "ID"], code: 2, expect: /^kehu archive: missing --at\. Usage: kehu archive restore --workbook ID --at TIME --out F/ },
  ],
  verify: [
    { argv: ["verify", "F"], code: 0, expect: /^F: complete, every row of the archive is there and up to date$/ },
    { argv: ["verify", "OLD"], code: 1, expect: /^OLD: incomplete: 1 rows missing, 2 older versions, 0 rows altered$/ },
    { argv: ["verify", "OLD"], code: 1, expect: /^ {2}older {2}投诉 / },
    { argv: ["verify", "NOTLOG"], code: 3, expect: /^kehu archive: NOTLOG: not a customer log / },
    { argv: ["verify"], code: 2, expect: /^kehu archive: missing file name\. Usage: kehu archive verify <file\.xlsx>/ },
  ],
  audit: [
    { argv: ["audit", "--today", TODAY], code: 1, expect: /^the whole company: \d+ findings \(high \d+ · medium \d+ · low \d+\), \d+ reps$/ },
    { argv: ["audit", "--department", "客服部", "--with-sub", "--as", "S001", "--today", TODAY], code: 1, expect: /^department 客服部 and those below it \(as S001 sees it\): \d+ findings/ },
    { argv: ["audit", "--as", "S999"], code: 2, expect: /^kehu archive: --as: the archive's staff has no ID "S999" \(IDs match ignoring case\)$/ },
    { argv: ["audit", "--department", "Nowhere"], code: 2, expect: /^kehu archive: neither the archive's departments nor its staff know the department "Nowhere"$/ },
    { argv: ["audit", "--with-sub"], code: 2, expect: /^kehu archive: --with-sub goes with --department/ },
  ],
  report: [
    { argv: ["report", "--month", "2026-10"], code: 0, expect: /^Monthly report 2026-10 · the whole company$/ },
    { argv: ["report", "--month", "2026-10", "--rep", "S003"], code: 0, expect: /^ {2}Rep +Order amount +Payment amount +Follow-ups done +Complaints opened$/ },
    { argv: ["report", "--month", "2026-13"], code: 2, expect: /^kehu archive: --month: "2026-13" is not a month \(e\.g\. 2026-10\)\. Usage: / },
    { argv: ["report", "--month", "2026-10", "--rep", "S001", "--department", "客服部"], code: 2, expect: /^kehu archive: --rep and --department cannot go together\. Usage: / },
  ],
  top: [
    { argv: ["top", "--by", "sales", "--of", "categories", "--compare", "yoy", "--today", TODAY], code: 0, expect: /^Top 10 product categories by sales: / },
    { argv: ["top", "--by", "balance", "--of", "reps", "--department", "客服部", "--with-sub", "--today", TODAY], code: 0, expect: /^The archive · department 客服部 and those below it$/ },
    { argv: ["top", "--by", "x", "--of", "reps"], code: 2, expect: /^kehu archive: --by does not take "x": one of / },
  ],
  appraise: [
    { argv: ["appraise", "--period", "2026-Q4", "--today", TODAY], code: 0, expect: /^Appraisal for 2026 Q4 over the archive \(the whole company\); weights: / },
    { argv: ["appraise"], code: 2, expect: /^kehu archive: missing --period / },
  ],
};

/** `kehu archive <argv> --db A --lang en`, names replaced; the lines with the folder written D, the files by their names. */
async function runLine(argv: readonly string[]): Promise<{ code: number; lines: string[] }> {
  const out = join(dir, `restored-${Math.random().toString(36).slice(2)}.xlsx`);
  const names: Record<string, string> = { ...files, O: out };
  const c = capture();
  const code = await main(["archive", ...argv.map((a) => names[a] ?? a.replace(/^D\//, `${dir}/`)), ...(argv.includes("--db") ? [] : ["--db", files.A]), "--lang", "en"], c.io);
  const shown = (l: string) => [[out, "O"], [files.ID, "ID"], ...argv.filter((a) => a in files).map((a) => [names[a], a]), [dir, "D"]].reduce((s, [from, to]) => s.split(from).join(to), l);
  return { code, lines: [...c.out, ...c.err].flatMap((l) => l.split("\n")).map(shown) };
}

test("every kehu archive sub-command has --lang en lines", async () => {
  expect(Object.keys(EVERY).sort()).toEqual((await archiveSubs()).map((s) => s.name).sort());
  for (const lines of Object.values(EVERY)) expect(lines.some((l) => l.code !== 0 && l.code !== 1)).toBe(true);
});

describe.each(Object.entries(EVERY))("kehu archive %s --lang en", (name, lines) => {
  test.each([...lines.map((l) => [l.argv.join(" "), l] as const), [`${name} --help`, { argv: [name, "--help"], code: 0, expect: new RegExp(`^kehu archive ${name} .*\\[--lang en\\]`) }] as const])("%s", async (_, line) => {
    const result = await runLine(line.argv);
    // the line it is about, or every line when none matches (to see what came instead)
    expect({ code: result.code, line: result.lines.find((l) => line.expect.test(l)) ?? result.lines }).toEqual({ code: line.code, line: expect.stringMatching(line.expect) });
    expect(leftoverChinese(result.lines, text)).toEqual([]);
  });
});

test.each([[["help"]], [[]], [["--help"]], [["frob"]]])("kehu archive %j --lang en lists or refuses in English", async (argv) => {
  const result = await runLine(argv);
  expect(result.lines.length).toBeGreaterThan(0);
  expect(leftoverChinese(result.lines, text)).toEqual([]);
});

test("an unreachable server or wrong credentials: one English line, exit 3, no password", async () => {
  const unreachable = await runLine(["changes", "--db", "postgres://kehu:s3cret-pw@127.0.0.1:1/kehu"]);
  expect(unreachable).toEqual({ code: 3, lines: ["kehu archive: cannot connect to the PostgreSQL server postgres://kehu:***@127.0.0.1:1/kehu: connection refused (the server is not running, or the port is wrong)"] });
  if (!SERVER_URL) return;
  const wrong = new URL(SERVER_URL);
  wrong.password = "definitely-not-it";
  const denied = await runLine(["changes", "--db", wrong.toString()]);
  expect(denied.code).toBe(3);
  expect(denied.lines).toEqual([expect.stringMatching(/^kehu archive: cannot connect to the PostgreSQL server .*: wrong user name or password$/)]);
  expect(denied.lines[0]).not.toContain("definitely-not-it");
});

test("an archive folder another kehu process holds: one English line, exit 3", async () => {
  const held = join(dir, "held");
  mkdirSync(held);
  // a live process other than this one (the one that started it) owns the lock
  writeFileSync(join(held, "kehu.lock"), String(process.ppid));
  expect(await runLine(["changes", "--db", held])).toEqual({ code: 3, lines: [`kehu archive: the archive D/held is in use by another kehu process (pid ${process.ppid}); try again later`] });
});
