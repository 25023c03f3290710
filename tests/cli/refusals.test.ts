/**
 * Every registered command (and every `kehu archive` sub-command) refuses what it does not
 * understand in one line, with the documented exit code and no stack trace: an unknown or
 * misspelled option, an option without its value, a file name too many and --write with --out are
 * usage errors (exit 2); a workbook that is not a 客户日志 (exit 3, naming the missing sheets and
 * pointing at kehu check) and a read-only file a command would write (exit 3, left as it was) are
 * file problems. The commands come from the registry: a new command fails the first test until it
 * has a line here, and then goes through every check.
 */
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { COMMANDS } from "../../src/cli/commands";
import { archiveSubs } from "../../src/cli/commands/archive";
import type { OptionSpecs } from "../../src/cli/args";
import { SHEETS } from "../../src/workbook";

const TODAY = "2026-11-23";
const dir = mkdtempSync(join(tmpdir(), "kehu-refuse-"));
const demo = join(dir, "demo.xlsx");
const notLog = join(dir, "not-a-log.xlsx");
const db = join(dir, "archive");
/** An archive that cannot open (a plain file where its folder would be): the line is checked, no PostgreSQL starts. */
const noDb = join(dir, "no-archive.txt");

/**
 * A command line that works, per command: "F" is a copy of the demo log, "O" a new file to write.
 * Archive sub-commands are listed as "archive <sub>".
 */
const LINES: Record<string, string[]> = {
  init: ["init", "O"],
  check: ["check", "F"],
  demo: ["demo", "--out", "O", "--customers", "3", "--today", TODAY],
  audit: ["audit", "F", "--today", TODAY],
  handover: ["handover", "F", "--rep", "S003", "--today", TODAY],
  due: ["due", "F", "--today", TODAY],
  abc: ["abc", "F", "--today", TODAY],
  routes: ["routes", "F", "--today", TODAY],
  receivables: ["receivables", "F", "--today", TODAY],
  top: ["top", "F", "--by", "sales", "--of", "customers", "--today", TODAY],
  report: ["report", "weekly", "F", "--today", TODAY],
  statement: ["statement", "F", "--customer", "KH0001", "--from", "2026-01-01", "--to", TODAY, "--out", "O"],
  plans: ["plans", "F", "--today", TODAY],
  plan: ["plan", "suggest", "F", "--rep", "S002", "--month", "2026-12", "--today", TODAY],
  appraise: ["appraise", "F", "--period", "2026-11", "--today", TODAY],
  "archive sync": ["archive", "sync", "F", "--db", db],
  "archive changes": ["archive", "changes", "--db", db],
  "archive restore": ["archive", "restore", "--workbook", "W", "--at", "2026-11-23T10:00", "--out", "O", "--db", db],
  "archive verify": ["archive", "verify", "F", "--db", db],
  "archive audit": ["archive", "audit", "--db", db],
  "archive report": ["archive", "report", "--month", "2026-11", "--db", db],
  "archive top": ["archive", "top", "--by", "sales", "--of", "customers", "--db", db],
  "archive appraise": ["archive", "appraise", "--period", "2026-11", "--db", db],
};

/** Commands that make a new workbook instead of reading a log. */
const CREATE = new Set(["init", "demo", "archive restore"]);

interface Entry {
  name: string;
  options: OptionSpecs;
  files: { min: number; max: number };
  line: string[];
}

let entries: Entry[] = [];
let subNames: string[] = [];

beforeAll(async () => {
  const quiet = { out: () => undefined, err: () => undefined };
  expect(await main(["demo", "--customers", "20", "--seed", "3", "--out", demo, "--today", TODAY], quiet)).toBe(0);
  // a workbook with sheets of its own and none of ours: made by hand, the smallest valid package
  const { default: yazl } = await import("yazl");
  await new Promise<void>((resolve, reject) => {
    const zip = new yazl.ZipFile();
    const part = (name: string, xml: string) => zip.addBuffer(Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`), name);
    part("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
    part("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
    part("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets></workbook>');
    part("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
    part("xl/worksheets/sheet1.xml", '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Item</t></is></c><c r="B1" t="inlineStr"><is><t>Amount</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Paper</t></is></c><c r="B2"><v>12</v></c></row></sheetData></worksheet>');
    zip.end();
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (c: Buffer) => chunks.push(c)).on("end", () => {
      writeFileSync(notLog, Buffer.concat(chunks));
      resolve();
    }).on("error", reject);
  });
  writeFileSync(noDb, "not an archive");
  const subs = await archiveSubs();
  subNames = subs.map((s) => `archive ${s.name}`);
  entries = [
    ...COMMANDS.filter((c) => c.name !== "archive").map((c) => ({ name: c.name, options: c.options, files: c.files, line: LINES[c.name] })),
    ...subs.map((s) => ({ name: `archive ${s.name}`, options: s.options, files: s.files, line: LINES[`archive ${s.name}`] })),
  ];
}, 120_000);

let serial = 0;

/** Runs a line with "F" a fresh copy of `log` and "O" a path not yet written; returns what it said. */
async function run(line: readonly string[], log = demo, extra: readonly string[] = [], prepare?: (file: string, out: string) => void) {
  const tag = `${serial++}`;
  const file = join(dir, `in-${tag}.xlsx`);
  const out = join(dir, `out-${tag}.xlsx`);
  if (line.includes("F")) copyFileSync(log, file);
  prepare?.(file, out);
  const o: string[] = [];
  const e: string[] = [];
  const code = await main([...line.map((a) => (a === "F" ? file : a === "O" ? out : a)), ...extra], { out: (s) => void o.push(s), err: (s) => void e.push(s) });
  return { code, out: o, err: e, file, outFile: out };
}

/** One line on stderr, nothing on stdout, the exit code; no stack trace, no "unexpected error". */
function expectRefusal(result: Awaited<ReturnType<typeof run>>, code: number, name: string): string {
  expect({ name, code: result.code, lines: result.err.length, out: result.out }).toEqual({ name, code, lines: 1, out: [] });
  const line = result.err[0];
  expect(line).not.toMatch(/\n|\bat .*:\d+:\d+|意外错误|unexpected error/);
  return line;
}

const prefix = (name: string) => `kehu ${name.split(" ")[0]}: `;

test("every registered command and archive sub-command has a working line here", async () => {
  expect(Object.keys(LINES).sort()).toEqual([...COMMANDS.filter((c) => c.name !== "archive").map((c) => c.name), ...subNames].sort());
  // the lines themselves are accepted: no error about the command line (an empty archive is fine)
  for (const e of entries) {
    const result = await run(e.line.map((a) => (a === db ? noDb : a)));
    expect([e.name, result.err.filter((l) => /未知选项|缺少|多余的参数|不接受|用法/.test(l))]).toEqual([e.name, []]);
  }
}, 240_000);

test("an unknown option is a usage error suggesting the closest, in Chinese and in English", async () => {
  for (const e of entries) {
    const zh = expectRefusal(await run(e.line, demo, ["--jsn"]), 2, e.name);
    expect(zh.startsWith(prefix(e.name))).toBe(true);
    expect(zh).toContain("未知选项 --jsn，是不是 --json？");
    expect(zh).not.toMatch(/？。/);
    const en = expectRefusal(await run(e.line, demo, ["--jsn", "--lang", "en"]), 2, e.name);
    expect(en).toContain("unknown option --jsn (did you mean --json?)");
  }
});

test("a misspelled option of the command's own suggests that option", async () => {
  for (const e of entries) {
    for (const name of Object.keys(e.options).filter((n) => n.length > 1)) {
      const typo = `--${name}${name.at(-1)}`;
      const line = expectRefusal(await run(e.line, demo, [typo]), 2, `${e.name} ${typo}`);
      expect([e.name, line]).toEqual([e.name, expect.stringContaining(`${typo}，是不是 --${name}？`)]);
    }
  }
});

test("a value option given last without its value is a usage error naming it", async () => {
  for (const e of entries) {
    for (const [name, spec] of Object.entries(e.options)) {
      if (spec.type !== "string") continue;
      const line = expectRefusal(await run(e.line, demo, [`--${name}`]), 2, `${e.name} --${name}`);
      expect([e.name, line]).toEqual([e.name, expect.stringMatching(new RegExp(`--${name} 缺少`))]);
    }
  }
});

test("a file name too many is a usage error", async () => {
  for (const e of entries.filter((x) => x.files.max < 10)) {
    const line = expectRefusal(await run(e.line, demo, ["extra.xlsx"]), 2, e.name);
    expect([e.name, line]).toEqual([e.name, expect.stringContaining("多余的参数：extra.xlsx")]);
  }
});

test("--write with --out is a usage error, and nothing is written", async () => {
  const both = entries.filter((e) => "write" in e.options && "out" in e.options);
  expect(both.map((e) => e.name).sort()).toEqual(["audit", "handover"]);
  for (const e of both) {
    const result = await run(e.line.filter((a, i, all) => a !== "O" && all[i + 1] !== "O"), demo, ["--write", "--out", join(dir, `both-${e.name}.xlsx`)]);
    expectRefusal(result, 2, e.name);
    expect(readFileSync(result.file).equals(readFileSync(demo))).toBe(true);
    expect(existsSync(join(dir, `both-${e.name}.xlsx`))).toBe(false);
  }
});

test("a workbook that is not a 客户日志 is refused by every command but init and check, naming what is missing", async () => {
  const readers = entries.filter((e) => e.name !== "check" && !CREATE.has(e.name) && e.line.includes("F"));
  expect(readers.length).toBeGreaterThan(10);
  const sheetNames = SHEETS.map((s) => s.name);
  for (const e of readers) {
    for (const lang of [[], ["--lang", "en"]]) {
      if (lang.length && !("lang" in e.options)) continue;
      const line = expectRefusal(await run(e.line, notLog, lang), 3, `${e.name} ${lang.join(" ")}`);
      expect([e.name, sheetNames.some((s) => line.includes(s)), /kehu check/.test(line)]).toEqual([e.name, true, true]);
    }
  }
  // check reads it and says what it is not, without refusing
  const check = await run(["check", "F"], notLog);
  expect(check.code).toBe(1);
});

test("a read-only workbook is never replaced: --write and --force onto it are refused, the file left as it was", async () => {
  const writers = entries.filter((e) => "write" in e.options);
  const forcers = entries.filter((e) => "force" in e.options && !e.name.startsWith("archive"));
  expect(writers.length).toBeGreaterThanOrEqual(8);
  const readOnly = (file: string) => {
    if (!existsSync(file)) copyFileSync(demo, file);
    chmodSync(file, 0o444);
  };
  const expectUnchanged = (name: string, file: string) => {
    expect([name, readFileSync(file).equals(readFileSync(demo)), (statSync(file).mode & 0o777).toString(8)]).toEqual([name, true, "444"]);
  };
  for (const e of writers) {
    const result = await run(e.line, demo, e.name === "handover" ? ["--to", "S004", "--write"] : ["--write"], (file) => readOnly(file));
    expectRefusal(result, 3, e.name);
    expectUnchanged(e.name, result.file);
  }
  for (const e of forcers) {
    const result = await run(e.line.includes("O") ? e.line : [...e.line, "--out", "O"], demo, ["--force"], (_, out) => readOnly(out));
    expectRefusal(result, 3, e.name);
    expectUnchanged(e.name, result.outFile);
  }
  expect(forcers.map((e) => e.name).sort()).toEqual(["audit", "demo", "handover", "init", "statement"]);
});

test("a 工号 nobody has is refused by every option that takes one (OptionSpec.staffId), in one line naming it, exit 2, nothing written", async () => {
  const takers = entries.flatMap((e) => Object.entries(e.options).filter(([, spec]) => spec.staffId).map(([name]) => ({ e, name })));
  // the commands that take a 工号 today; a new one joins the list by declaring OPT.rep
  expect([...new Set(takers.map((t) => t.e.name))].sort()).toEqual(["archive appraise", "archive audit", "archive changes", "archive report", "archive top", "due", "handover", "plan", "plans", "receivables", "report"]);
  // the archive knows the demo's staff and customers
  expect((await run(["archive", "sync", "F", "--db", db, "--now", "2026-11-23T10:00"])).code).toBe(0);
  for (const { e, name } of takers) {
    const at = e.line.indexOf(`--${name}`);
    const line = at >= 0 ? e.line.map((a, i) => (i === at + 1 ? "S999" : a)) : [...e.line, `--${name}`, "S999"];
    // with --write where the command writes: the file must come back as it was
    const writing = "write" in e.options ? ["--write"] : [];
    for (const lang of [[], ["--lang", "en"]]) {
      const result = await run(line, demo, [...writing, ...lang]);
      const said = expectRefusal(result, 2, `${e.name} --${name} ${lang.join(" ")}`);
      expect([e.name, name, said]).toEqual([e.name, name, expect.stringMatching(new RegExp(`^kehu ${e.name.split(" ")[0]}: --${name}[:：].*S999`))]);
      if (lang.length) expect([e.name, name, said.replace(/^kehu \S+: /, "")]).toEqual([e.name, name, expect.not.stringMatching(/[\u4e00-\u9fff]/)]);
      if (line.includes("F")) expect([e.name, readFileSync(result.file).equals(readFileSync(demo))]).toEqual([e.name, true]);
    }
  }
}, 240_000);

test("an archive sub-command given another one's option, or an unknown sub-command, is one line in either language", async () => {
  const subs = entries.filter((e) => e.name.startsWith("archive "));
  const all = new Set(subs.flatMap((e) => Object.keys(e.options)));
  for (const e of subs) {
    const foreign = [...all].find((n) => !(n in e.options) && n !== "lang" && n !== "today");
    if (!foreign) continue;
    const value = subs.find((s) => foreign in s.options)!.options[foreign].type === "string" ? ["x"] : [];
    const zh = expectRefusal(await run(e.line.map((a) => (a === db ? noDb : a)), demo, [`--${foreign}`, ...value]), 2, e.name);
    expect(zh).toMatch(new RegExp(`^kehu archive: ${e.name.split(" ")[1]} 不接受 --${foreign}`));
    const en = expectRefusal(await run(e.line.map((a) => (a === db ? noDb : a)), demo, [`--${foreign}`, ...value, "--lang", "en"]), 2, e.name);
    expect(en).toMatch(new RegExp(`^kehu archive: ${e.name.split(" ")[1]} takes no --${foreign}`));
  }
  expect(expectRefusal(await run(["archive", "syn", "F"]), 2, "archive syn")).toContain("是不是 sync？");
  expect(expectRefusal(await run(["archive", "syn", "F", "--lang", "en"]), 2, "archive syn")).toContain('unknown sub-command "syn" (did you mean sync?)');
});
