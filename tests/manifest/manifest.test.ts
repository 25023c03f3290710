import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkManifest, CheckOptions, projectOptions } from "../../scripts/manifest-check";
import * as addinFiles from "../../scripts/addin-files";
import { RIBBON_ACTIONS } from "../../src/commands/panel-request";

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const OPTIONS: CheckOptions = { ...projectOptions(ROOT), ribbonActions: Object.keys(RIBBON_ACTIONS) };

/** The manifest with one exact piece replaced; throws if the piece is not there (so no case goes stale). */
function broken(from: string | RegExp, to: string): string {
  const found = typeof from === "string" ? MANIFEST.includes(from) : MANIFEST.search(from) >= 0;
  if (!found) throw new Error(`the manifest no longer contains ${String(from)}`);
  return MANIFEST.replace(from, to);
}

const GROUP_ICON = [
  '<Label resid="Group.Label"/>',
  "                <Icon>",
  '                  <bt:Image size="16" resid="Icon.16"/>',
  '                  <bt:Image size="32" resid="Icon.32"/>',
  '                  <bt:Image size="80" resid="Icon.80"/>',
].join("\n");

function problemsOf(xml: string, options: CheckOptions = OPTIONS): string[] {
  return checkManifest(xml, options);
}

describe("manifest.xml", () => {
  test("passes every offline check", () => {
    expect(problemsOf(MANIFEST)).toEqual([]);
  });

  test("webpack.config.js builds exactly the entries scripts/addin-files.js declares", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require("../../webpack.config.js") as (env: unknown, argv: { mode: string }) => {
      entry: Record<string, string>;
      output: { filename: string };
      plugins: { constructor: { name: string } }[];
    };
    const config = makeConfig({}, { mode: "production" });
    expect(config.entry).toEqual(addinFiles.ENTRIES);
    expect(config.output.filename).toBe("[name].js");
    expect(config.plugins.map((p) => p.constructor.name)).toContain("DeclaredFilesPlugin");
    for (const name of Object.keys(addinFiles.ENTRIES)) expect(addinFiles.emittedFiles()).toContain(`${name}.js`);
    for (const source of Object.values(addinFiles.ENTRIES)) expect(fs.existsSync(path.join(ROOT, source))).toBe(true);
  });

  test("every icon the build copies exists as a PNG of its size", () => {
    for (const size of addinFiles.ICON_SIZES) {
      const file = path.join(ROOT, addinFiles.iconFile(size));
      const buf = fs.readFileSync(file);
      expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([buf.readUInt32BE(16), buf.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe("the checker fails on a broken manifest", () => {
  const cases: [string, string, string][] = [
    // [what, broken manifest, a problem that must be reported]
    ["malformed XML", broken("</Hosts>\n  <Requirements>", "<Requirements>"), "XML:"],
    ["undefined image resid", broken('<bt:Image size="80" resid="Icon.80"/>', '<bt:Image size="80" resid="Icon.81"/>'), '"Icon.81"'],
    ["undefined url resid", broken('<SourceLocation resid="Functions.Script.Url"/>', '<SourceLocation resid="Functions.Js.Url"/>'), '"Functions.Js.Url"'],
    ["undefined short-string resid", broken('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>'), '"Group.Lable"'],
    ["undefined long-string resid", broken('<Description resid="Due.Tip"/>', '<Description resid="Due.Tips"/>'), '"Due.Tips"'],
    ["resid of the wrong kind", broken('<Title resid="Audit.Label"/>', '<Title resid="Audit.Tip"/>'), "is defined in LongStrings, not in ShortStrings"],
    ["unused resource", broken("<bt:ShortStrings>", '<bt:ShortStrings>\n<bt:String id="Spare" DefaultValue="备用"><bt:Override Locale="en-US" Value="Spare"/></bt:String>'), '"Spare" is defined but never used'],
    ["duplicate resource id", broken("<bt:LongStrings>", '<bt:LongStrings>\n<bt:String id="Due.Tip" DefaultValue="重复"><bt:Override Locale="en-US" Value="Twice"/></bt:String>'), '"Due.Tip" is defined twice'],
    ["resid longer than 32 characters", broken(/"Group\.Label"/g, '"Group.Label.That.Is.Far.Too.Long.For.Office"'), "longer than 32 characters"],
    ["URL the build does not emit", broken("https://localhost:3000/functions.json", "https://localhost:3000/functions-meta.json"), "not a file the build emits (functions-meta.json)"],
    ["URL on another origin", broken("https://localhost:3000/taskpane.html\"/>\n  </DefaultSettings>", "https://localhost:3001/taskpane.html\"/>\n  </DefaultSettings>"), "is not on https://localhost:3000"],
    ["icon that is not built", broken("assets/icon-80.png", "assets/icon-96.png"), "icon-96.png"],
    ["icon of the wrong size", broken('id="Icon.80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80" DefaultValue="https://localhost:3000/assets/icon-64.png"'), "is 64x64, not 80x80"],
    ["ribbon icon list without 80px", broken(GROUP_ICON, GROUP_ICON.replace(/\n\s*<bt:Image size="80" resid="Icon.80"\/>/, "")), "Group#KH.Group has no 80px image"],
    ["short-lived runtime", broken('lifetime="long"', 'lifetime="short"'), 'lifetime="long"'],
    ["FunctionFile off the runtime", broken('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'), "<FunctionFile> must use the Runtime's resid"],
    ["custom-functions Page off the runtime", broken("<Page>\n              <SourceLocation resid=\"Taskpane.Url\"/>", "<Page>\n              <SourceLocation resid=\"Functions.Script.Url\"/>"), "Page must use the Runtime's resid"],
    ["ShowTaskpane off the runtime", broken('<SourceLocation resid="Taskpane.Url"/>\n                    <Title', '<SourceLocation resid="Functions.Script.Url"/>\n                    <Title'), "ShowTaskpane action"],
    ["namespace other than KH", broken('DefaultValue="KH">', 'DefaultValue="KHX">'), "namespace must be KH"],
    ["no SharedRuntime requirement", broken('<Set Name="SharedRuntime" MinVersion="1.1"/>', '<Set Name="ExcelApi" MinVersion="1.1"/>'), "SharedRuntime"],
    ["default locale not zh-CN", broken("<DefaultLocale>zh-CN</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>"), "DefaultLocale must be zh-CN"],
    ["string without en-US override", broken('<bt:Override Locale="en-US" Value="Due today"/>', ""), '"Due.Label" has no en-US override'],
    ["display name without en-US override", broken('<Override Locale="en-US" Value="Customer Log"/>', '<Override Locale="en-GB" Value="Customer Log"/>'), "DisplayName has no en-US override"],
    ["long string over 250 characters", broken('Value="Open the Customer Log task pane."', `Value="${"x".repeat(251)}"`), "longer than 250 characters"],
    ["top-level elements out of order", broken("<Version>1.0.0.0</Version>\n  <ProviderName>kehu-rizhi</ProviderName>", "<ProviderName>kehu-rizhi</ProviderName>\n  <Version>1.0.0.0</Version>"), "<Version> must come before <ProviderName>"],
    ["resources out of order", broken(/(<bt:Images>[\s\S]*?<\/bt:Images>)(\s*)(<bt:Urls>[\s\S]*?<\/bt:Urls>)/, "$3$2$1"), "<Images> must come before <Urls>"],
    ["ExecuteFunction the commands do not register", broken("<FunctionName>openDuePanel</FunctionName>", "<FunctionName>openDuePane</FunctionName>"), '"openDuePane" is not an action the commands register'],
    ["no autoshow TaskpaneId", broken("<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>", "<TaskpaneId>KH.Pane</TaskpaneId>"), "Office.AutoShowTaskpaneWithDocument"],
    ["group moved off the Home tab", broken('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">'), "Home tab"],
  ];

  test.each(cases)("%s", (_what, xml, expected) => {
    const problems = problemsOf(xml);
    expect(problems.some((p) => p.includes(expected))).toBe(true);
  });

  test("a child outside its parent's sequence is reported", () => {
    const xml = broken("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteDocument</Permissions>\n  <Runtimes/>");
    expect(problemsOf(xml)).toContain("order: <Runtimes> is not a valid child of OfficeApp");
  });

  test("a FunctionFile after the ExtensionPoint is out of order", () => {
    const xml = broken(
      /(<FunctionFile resid="Taskpane.Url"\/>)(\s*)(<ExtensionPoint xsi:type="PrimaryCommandSurface">[\s\S]*?<\/ExtensionPoint>)/,
      "$3$2$1",
    );
    expect(problemsOf(xml).some((p) => p.includes("<FunctionFile> must come before <ExtensionPoint>"))).toBe(true);
  });

  test("an icon missing from the repository is reported", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kh-manifest-"));
    try {
      fs.mkdirSync(path.join(dir, "assets"));
      for (const size of addinFiles.ICON_SIZES) {
        if (size !== 16) fs.copyFileSync(path.join(ROOT, addinFiles.iconFile(size)), path.join(dir, addinFiles.iconFile(size)));
      }
      const problems = problemsOf(MANIFEST, { ...OPTIONS, rootDir: dir });
      expect(problems).toContain('icon: Images "Icon.16" "assets/icon-16.png" does not exist in the repository');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a button the commands register but no button runs is reported", () => {
    const problems = problemsOf(MANIFEST, { ...OPTIONS, ribbonActions: [...Object.keys(RIBBON_ACTIONS), "openRoutesPanel"] });
    expect(problems).toContain('ribbon: the commands register "openRoutesPanel" but no button runs it');
  });
});
