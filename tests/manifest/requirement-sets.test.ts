import * as fs from "fs";
import * as path from "path";
import ts from "typescript";

/**
 * Every Office.js member the add-in's code uses has an `[Api set: ExcelApi 1.x]` tag in
 * @types/office-js. The manifest's <Requirements> must ask for at least the highest of each set
 * the code uses, or Excel installs the add-in on builds where those calls fail with ApiNotFound.
 */
const ROOT = path.join(__dirname, "..", "..");
const OFFICE_TYPES = path.join("@types", "office-js", "index.d.ts");
const CODE = ["src/io/office", "src/taskpane", "src/commands", "src/functions"];

interface Use {
  set: string;
  version: number[];
  member: string;
  where: string;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(rel);
    return /\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [path.join(ROOT, rel)] : [];
  });
}

const version = (text: string) => text.split(".").map(Number);
const newer = (a: number[], b: number[]) => (a[0] - b[0] || (a[1] ?? 0) - (b[1] ?? 0)) > 0;

/** The requirement sets a member's declaration is tagged with. */
function setsOf(symbol: ts.Symbol | undefined): { set: string; version: number[] }[] {
  const out: { set: string; version: number[] }[] = [];
  for (const d of symbol?.declarations ?? []) {
    if (!d.getSourceFile().fileName.endsWith(OFFICE_TYPES.split(path.sep).join("/"))) continue;
    const text = d.getFullText().slice(0, d.getLeadingTriviaWidth());
    for (const m of text.matchAll(/\[Api set: (\w+) ([\d.]+)\]/g)) out.push({ set: m[1], version: version(m[2]) });
  }
  return out;
}

/** What the add-in's code uses of Office.js, each with the set its tag names. */
function uses(): Use[] {
  const files = CODE.flatMap(filesUnder);
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile).config;
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const out: Use[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const visit = (node: ts.Node): void => {
      let symbol: ts.Symbol | undefined;
      let member = "";
      if (ts.isPropertyAccessExpression(node)) {
        symbol = checker.getSymbolAtLocation(node.name);
        member = node.name.text;
      } else if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent) && ts.isIdentifier(node.name)) {
        // Options objects ({ delayForCellEdit: true }) take their members' sets too.
        symbol = checker.getContextualType(node.parent)?.getProperty(node.name.text);
        member = node.name.text;
      }
      for (const s of setsOf(symbol)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        out.push({ ...s, member, where: `${path.relative(ROOT, file)}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** The sets the manifest's <Requirements> asks for (not those of VersionOverrides). */
function declared(): Map<string, number[]> {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml)?.[1] ?? "";
  const defaultMin = /<Sets[^>]*DefaultMinVersion="([\d.]+)"/.exec(requirements)?.[1] ?? "1.1";
  return new Map([...requirements.matchAll(/<Set Name="(\w+)"(?: MinVersion="([\d.]+)")?\s*\/>/g)].map((m) => [m[1], version(m[2] ?? defaultMin)]));
}

describe("requirement sets", () => {
  const found = uses();

  test("the code is scanned for real: the Excel API it calls is found, with its sets", () => {
    if (process.env.KH_SHOW_SETS) console.log([...new Set(found.map((u) => `${u.set} ${u.version.join(".")} ${u.member}`))].sort().join("\n"));
    expect(found.some((u) => u.set === "ExcelApi" && u.member === "resize")).toBe(true);
    expect(found.some((u) => u.set === "ExcelApi" && u.member === "getUsedRangeOrNullObject")).toBe(true);
  });

  test("the manifest asks for ExcelApi at least as high as the newest Excel API the code calls", () => {
    const sets = declared();
    expect(sets.has("ExcelApi")).toBe(true);
    const tooNew = found.filter((u) => u.set === "ExcelApi" && newer(u.version, sets.get("ExcelApi")!));
    expect(tooNew.map((u) => `${u.where} ${u.member} needs ExcelApi ${u.version.join(".")}`)).toEqual([]);
  });

  test("no set the manifest names is used above its declared version", () => {
    const sets = declared();
    const tooNew = found.filter((u) => sets.has(u.set) && newer(u.version, sets.get(u.set)!));
    expect(tooNew.map((u) => `${u.where} ${u.member} needs ${u.set} ${u.version.join(".")}`)).toEqual([]);
  });
});
