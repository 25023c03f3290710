/**
 * The layer rule as `npm run lint` (and so .ci/run) applies it: eslint.config.mjs with
 * scripts/eslint/layers.mjs, run on probe files placed in src/'s folders (linted from memory,
 * nothing is written). Wrong-way imports fail; the allowed ones pass.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

interface Probe {
  file: string;
  code: string;
}

/** Lints every probe in one eslint process (loading typescript-eslint once): the rule ids each one breaks, and the rule's folders. */
function lint(probes: readonly Probe[]): { results: string[][]; folders: string[] } {
  const script = `
    const { ESLint } = await import("eslint");
    const { LAYERS } = await import("./scripts/eslint/layers.mjs");
    const probes = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const p of probes) {
      const [result] = await eslint.lintText(p.code, { filePath: p.file });
      out.push(result.messages.map((m) => m.ruleId + (m.ruleId === "local/layers" ? ": " + m.message : "")));
    }
    process.stdout.write(JSON.stringify({ results: out, folders: Object.keys(LAYERS) }));
  `;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(probes)], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { results: string[][]; folders: string[] };
}

const probe = (folder: string, code: string): Probe => ({ file: path.join(ROOT, "src", folder, "zz-layer-probe.ts"), code: `${code}\nexport const probe = 1;\n` });

const WRONG: [string, Probe][] = [
  ["domain → app", probe("domain", 'import { readLog } from "../app/read-log";\nvoid readLog;')],
  ["domain → workbook (a type)", probe("domain", 'import type { SheetSpec } from "../workbook/sheet";\nexport type T = SheetSpec;')],
  ["domain → i18n", probe("domain", 'import type { Lang } from "../i18n/lang";\nexport type T = Lang;')],
  ["domain (a subfolder) → io, re-exported", probe("domain/audit", 'export * from "../../io/port";')],
  ["domain → app, dynamic", probe("domain", 'export const later = () => import("../app/due");')],
  ["workbook → io", probe("workbook", 'import type { WorkbookPort } from "../io/port";\nexport type T = WorkbookPort;')],
  ["io → app", probe("io", 'export { readLog } from "../app/read-log";')],
  ["app → cli", probe("app", 'import { OPT } from "../cli/args";\nvoid OPT;')],
  ["cli → taskpane", probe("cli", 'import { workbookStatus } from "../taskpane/workbook-status";\nvoid workbookStatus;')],
  ["taskpane → functions", probe("taskpane", 'import { nextDueMatrix } from "../functions/cadence";\nvoid nextDueMatrix;')],
  ["functions → commands", probe("functions", 'import "../commands/commands";')],
  ["demo → app", probe("demo", 'import { readLog } from "../app/read-log";\nvoid readLog;')],
];

const RIGHT: [string, Probe][] = [
  ["workbook → domain", probe("workbook", 'import { GRADES } from "../domain/vocabulary";\nvoid GRADES;')],
  ["io → workbook, domain", probe("io", 'import { customersSheet } from "../workbook";\nimport { isoDate } from "../domain/time";\nvoid customersSheet; void isoDate;')],
  ["app → io", probe("app", 'import type { WorkbookPort } from "../io/port";\nexport type T = WorkbookPort;')],
  ["cli → app, demo, archive", probe("cli", 'import { runDue } from "../app/due";\nimport { generateDemoLog } from "../demo";\nimport { openArchive } from "../archive/open";\nvoid runDue; void generateDemoLog; void openArchive;')],
  ["taskpane → app", probe("taskpane", 'import { runDue } from "../app/due";\nvoid runDue;')],
  ["domain within itself", probe("domain/audit", 'import { isoDate } from "../time";\nvoid isoDate;')],
];

describe("npm run lint's layer rule (scripts/eslint/layers.mjs)", () => {
  const { results, folders: known } = lint([...WRONG, ...RIGHT].map(([, p]) => p));

  it.each(WRONG.map(([name], i) => [name, i]))("fails on a wrong-way import: %s", (_name, i) => {
    expect(results[i as number].filter((m) => m.startsWith("local/layers"))).toHaveLength(1);
  });

  it.each(RIGHT.map(([name], i) => [name, WRONG.length + i]))("passes an import the layers allow: %s", (_name, i) => {
    expect(results[i as number]).toEqual([]);
  });

  it("is part of `npm run lint` over src/, and CI runs `npm run lint`", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.lint.split(/\s+/)).toEqual(expect.arrayContaining(["eslint", "src"]));
    expect(readFileSync(path.join(ROOT, "eslint.config.mjs"), "utf8")).toMatch(/"local\/layers": "error"/);
    expect(readFileSync(path.join(ROOT, ".ci/run"), "utf8")).toMatch(/^npm run lint$/m);
  });

  it("knows every folder of src/ that holds code (a folder it does not know would import anything)", () => {
    const hasCode = (dir: string): boolean => readdirSync(dir, { withFileTypes: true }).some((e) => (e.isDirectory() ? hasCode(path.join(dir, e.name)) : /\.tsx?$/.test(e.name)));
    const folders = readdirSync(path.join(ROOT, "src"), { withFileTypes: true }).filter((e) => e.isDirectory() && hasCode(path.join(ROOT, "src", e.name))).map((e) => e.name);
    expect(folders.filter((f) => !known.includes(f))).toEqual([]);
  });
});
