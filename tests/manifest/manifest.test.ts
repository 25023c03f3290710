import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkManifest, CheckOptions, projectOptions } from "../../scripts/manifest-check";
import * as addinFiles from "../../scripts/addin-files";
import { completeOverrides, ENGLISH, LOCALES, TRADITIONAL } from "../../scripts/manifest-locales";
import { productionManifest } from "../../scripts/prod-manifest";
import { manifestVersion, withVersion } from "../../scripts/manifest-version";
import { RIBBON_ACTIONS } from "../../src/app/panel-request";

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
    for (const [name, sizes] of Object.entries(addinFiles.ICONS)) {
      for (const size of sizes) {
        const buf = fs.readFileSync(path.join(ROOT, addinFiles.iconFile(size, name)));
        expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
        expect([buf.readUInt32BE(16), buf.readUInt32BE(20)]).toEqual([size, size]);
      }
    }
    expect(addinFiles.iconFiles()).toHaveLength(Object.values(addinFiles.ICONS).flat().length);
  });

  test("the committed icons are what scripts/make-icons.js draws", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { encodePng, render, SHADES } = require("../../scripts/make-icons.js");
    for (const [name, sizes] of Object.entries(addinFiles.ICONS)) {
      for (const size of sizes) {
        const drawn: Buffer = encodePng(size, render(size, SHADES[name]));
        expect([name, size, drawn.equals(fs.readFileSync(path.join(ROOT, addinFiles.iconFile(size, name))))]).toEqual([name, size, true]);
      }
    }
  });

  test("the four ribbon buttons each have their own icon files", () => {
    const controls = [...MANIFEST.matchAll(/<Control xsi:type="Button" id="([^"]+)">[\s\S]*?<\/Control>/g)];
    expect(controls.map((c) => c[1])).toEqual(["KH.Open", "KH.Register", "KH.Due", "KH.Audit"]);
    const imagesOf = controls.map((c) => [...c[0].matchAll(/resid="([^"]+)"/g)].map((m) => m[1]).filter((id) => /Icon/.test(id)).join(","));
    expect(new Set(imagesOf).size).toBe(4);
  });

  test("every string has an override for each English and Traditional Chinese locale, and the file is as the locale tool writes it", () => {
    expect(ENGLISH).toEqual(expect.arrayContaining(["en-US", "en-GB", "en-AU", "en-CA", "en-IN"]));
    expect(TRADITIONAL).toEqual(["zh-TW", "zh-HK", "zh-MO"]);
    expect(completeOverrides(MANIFEST)).toBe(MANIFEST);
    const strings = MANIFEST.match(/<bt:String id=/g)!.length + 2; // + DisplayName and Description
    for (const locale of LOCALES) expect([locale, MANIFEST.split(`Locale="${locale}"`).length - 1]).toEqual([locale, strings]);
    expect(MANIFEST).toContain('<bt:Override Locale="en-GB" Value="Log event"/>');
    expect(MANIFEST).toContain('<bt:Override Locale="zh-HK" Value="今日跟進"/>');
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
    ["top-level elements out of order", broken("<Version>0.1.0.0</Version>\n  <ProviderName>客户日志 Customer Log project</ProviderName>", "<ProviderName>客户日志 Customer Log project</ProviderName>\n  <Version>0.1.0.0</Version>"), "<Version> must come before <ProviderName>"],
    ["resources out of order", broken(/(<bt:Images>[\s\S]*?<\/bt:Images>)(\s*)(<bt:Urls>[\s\S]*?<\/bt:Urls>)/, "$3$2$1"), "<Images> must come before <Urls>"],
    ["ExecuteFunction the commands do not register", broken("<FunctionName>openDuePanel</FunctionName>", "<FunctionName>openDuePane</FunctionName>"), '"openDuePane" is not an action the commands register'],
    ["no autoshow TaskpaneId", broken("<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>", "<TaskpaneId>KH.Pane</TaskpaneId>"), "Office.AutoShowTaskpaneWithDocument"],
    ["group moved off the Home tab", broken('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">'), "Home tab"],
    ["Version behind package.json's", broken("<Version>0.1.0.0</Version>", "<Version>0.0.9.0</Version>"), "is not package.json's version 0.1.0 (0.1.0.0)"],
    ["no SupportUrl", broken('<SupportUrl DefaultValue="https://localhost:3000/support.html"/>', ""), "no <SupportUrl>"],
    ["SupportUrl the build does not emit", broken("https://localhost:3000/support.html", "https://localhost:3000/help.html"), 'SupportUrl "https://localhost:3000/help.html" is not a file the build emits'],
    ["no AppDomains", broken(/<AppDomains>[\s\S]*?<\/AppDomains>/, ""), "no <AppDomains>"],
    ["AppDomain with a path", broken("<AppDomain>https://localhost:3000</AppDomain>", "<AppDomain>https://localhost:3000/kehu</AppDomain>"), 'AppDomain "https://localhost:3000/kehu" must be an https origin alone'],
    ["AppDomain with a trailing slash", broken("<AppDomain>https://localhost:3000</AppDomain>", "<AppDomain>https://localhost:3000/</AppDomain>"), "must be an https origin alone"],
    ["AppDomains without the add-in's origin", broken("<AppDomain>https://localhost:3000</AppDomain>", "<AppDomain>https://example.com</AppDomain>"), "must list the add-in's own origin https://localhost:3000"],
    ["ProviderName is the package name", broken("<ProviderName>客户日志 Customer Log project</ProviderName>", "<ProviderName>kehu-rizhi</ProviderName>"), "ProviderName is the npm package's name"],
    ["two buttons share an icon", broken('<bt:Image size="32" resid="Due.Icon.32"/>', '<bt:Image size="32" resid="Register.Icon.32"/>'), "buttons KH.Register and KH.Due share the image https://localhost:3000/assets/register-32.png"],
    ["string without en-GB override", broken('\n          <bt:Override Locale="en-GB" Value="Due today"/>', ""), '"Due.Label" has no en-GB override (node scripts/manifest-locales.js copies it from en-US)'],
    ["display name without zh-HK override", broken('\n    <Override Locale="zh-HK" Value="客戶日誌"/>', ""), "DisplayName has no zh-HK override"],
    ["Traditional override in English", broken('<bt:Override Locale="zh-TW" Value="審計"/>', '<bt:Override Locale="zh-TW" Value="Audit"/>'), 'the zh-TW override of string "Audit.Label" is not Chinese'],
    ["two overrides of one locale", broken('<bt:Override Locale="en-AU" Value="Audit"/>', '<bt:Override Locale="en-AU" Value="Audit"/><bt:Override Locale="en-AU" Value="Audit"/>'), 'string "Audit.Label" has two en-AU overrides'],
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

  test("an origin that is not https is reported", () => {
    const xml = MANIFEST.split("https://localhost:3000").join("http://localhost:3000");
    expect(problemsOf(xml, { ...OPTIONS, origin: "http://localhost:3000" })).toContain("url: http://localhost:3000 is not https (Office loads add-ins only over HTTPS)");
  });

  test("a button the commands register but no button runs is reported", () => {
    const problems = problemsOf(MANIFEST, { ...OPTIONS, ribbonActions: [...Object.keys(RIBBON_ACTIONS), "openRoutesPanel"] });
    expect(problems).toContain('ribbon: the commands register "openRoutesPanel" but no button runs it');
  });
});

describe("the manifest's version", () => {
  test("follows package.json's, which `npm version` bumps and the version script copies", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(MANIFEST).toContain(`<Version>${manifestVersion(pkg.version)}</Version>`);
    expect(pkg.scripts.version).toBe("node scripts/manifest-version.js && git add manifest.xml");
    expect(manifestVersion("1.4.2")).toBe("1.4.2.0");
    expect(manifestVersion("2.0.0-beta.1")).toBe("2.0.0.0");
    expect(() => manifestVersion("1.4")).toThrow("not x.y.z");
    const bumped = withVersion(MANIFEST, "0.2.0.0");
    expect(bumped.split("\n").filter((line, i) => line !== MANIFEST.split("\n")[i])).toEqual(["  <Version>0.2.0.0</Version>"]);
    expect(problemsOf(bumped).some((p) => p.includes("<Version>0.2.0.0</Version> is not package.json's version"))).toBe(true);
  });
});

describe("PROD_URL builds", () => {
  const PROD = "https://addins.example.com/kehu/";

  test("every URL and the AppDomain move to the production host, and the result passes every check there", () => {
    const xml = productionManifest(MANIFEST, PROD);
    expect(xml).not.toContain("localhost");
    const devUrls = MANIFEST.split(addinFiles.DEV_ORIGIN).length - 1;
    expect(devUrls).toBeGreaterThanOrEqual(20);
    expect(xml.split("https://addins.example.com/kehu/").length - 1).toBe(devUrls - 1); // all but the AppDomain
    expect(xml).toContain("<AppDomain>https://addins.example.com</AppDomain>");
    expect(xml).toContain('<SupportUrl DefaultValue="https://addins.example.com/kehu/support.html"/>');
    expect(xml).toContain('<bt:Image id="Audit.Icon.80" DefaultValue="https://addins.example.com/kehu/assets/audit-80.png"/>');
    expect(problemsOf(xml, { ...OPTIONS, origin: "https://addins.example.com/kehu" })).toEqual([]);
    // Checked against the dev origin instead, every rewritten URL is reported: none was missed by the check either.
    expect(problemsOf(xml).filter((p) => p.startsWith("url:"))).toHaveLength(devUrls - 1);
  });

  test("a host at the root works too, and PROD_URL must be https without query or fragment", () => {
    const xml = productionManifest(MANIFEST, "https://kehu.example.com");
    expect(problemsOf(xml, { ...OPTIONS, origin: "https://kehu.example.com" })).toEqual([]);
    expect(() => productionManifest(MANIFEST, "http://kehu.example.com")).toThrow("must be an https URL");
    expect(() => productionManifest(MANIFEST, "https://kehu.example.com/?v=2")).toThrow("query or fragment");
    expect(() => productionManifest(MANIFEST, "kehu.example.com")).toThrow("not a URL");
  });

  test("webpack.config.js writes dist/manifest.xml through it and copies the support page and every icon", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require("../../webpack.config.js") as (env: unknown, argv: { mode: string }) => { plugins: { constructor: { name: string }; patterns?: { from: string; to: string; transform?: (c: Buffer) => Buffer | string }[] }[] };
    const saved = process.env.PROD_URL;
    process.env.PROD_URL = PROD;
    try {
      const copy = makeConfig({}, { mode: "production" }).plugins.find((p) => p.constructor.name === "CopyPlugin")!;
      const patterns = copy.patterns!;
      const manifest = patterns.find((p) => p.to === addinFiles.MANIFEST)!;
      expect(String(manifest.transform!(Buffer.from(MANIFEST)))).toBe(productionManifest(MANIFEST, PROD));
      expect(patterns.map((p) => p.to).sort()).toEqual([addinFiles.MANIFEST, addinFiles.SUPPORT_PAGE.file, ...addinFiles.iconFiles()].sort());
      for (const p of patterns) expect([p.from, fs.existsSync(path.join(ROOT, p.from))]).toEqual([p.from, true]);
    } finally {
      if (saved === undefined) delete process.env.PROD_URL;
      else process.env.PROD_URL = saved;
    }
  });
});
