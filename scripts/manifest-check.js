/**
 * Offline checks of the add-in's XML manifest (Microsoft's `office-addin-manifest validate` needs
 * the network). checkManifest(xml, options) returns a list of problems, empty when the manifest is
 * sound: it parses the XML with a W3C DOM (@xmldom/xmldom) and checks
 *   - the element order of every parent we use, as the XSDs' <xs:sequence> prescribe;
 *   - every resid names a resource of the right kind (Images, Urls, ShortStrings, LongStrings),
 *     ids are unique and at most 32 characters, and no resource is left unused;
 *   - every URL is the origin (https) plus a file the build emits (scripts/addin-files.js), the
 *     SupportUrl included; AppDomains lists bare https origins, the add-in's own among them;
 *   - a real ProviderName (not the npm package's name), and <Version> in step with package.json's;
 *   - every icon exists in the repository and is a PNG of the declared size, and no two ribbon
 *     buttons share an image;
 *   - the shared runtime: one long-lived Runtime, whose resid is also the custom functions' Page,
 *     the FunctionFile and every ShowTaskpane source; the SharedRuntime 1.1 requirement; namespace KH;
 *   - zh-CN as the default locale with an override for every locale of scripts/manifest-locales.js
 *     (English and Traditional Chinese) on every string, within length limits;
 *   - ribbon ExecuteFunction names match the actions the commands register, and one ShowTaskpane
 *     action carries the TaskpaneId Office.AutoShowTaskpaneWithDocument.
 * Used by tests/manifest/manifest.test.ts and scripts/validate-manifest.js.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");
const { LOCALES, TRADITIONAL, SOURCE } = require("./manifest-locales");
const { manifestVersion } = require("./manifest-version");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

const AUTO_SHOW_TASKPANE_ID = "Office.AutoShowTaskpaneWithDocument";

/**
 * Child order per parent, from OfficeAppManifestV1_1.xsd (TaskPaneApp), TaskPaneAppVersionOverridesV1_0.xsd
 * and OfficeAppBasicTypesV1_0.xsd. A parent is named by its local name, plus [xsi:type] where the type
 * decides the content. Parents not listed here are not order-checked.
 */
const SEQUENCES = {
  OfficeApp: [
    "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
    "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
    "Dictionary", "VersionOverrides", "ExtendedOverrides",
  ],
  DisplayName: ["Override"],
  Description: ["Override"],
  IconUrl: ["Override"],
  HighResolutionIconUrl: ["Override"],
  SupportUrl: ["Override"],
  AppDomains: ["AppDomain"],
  Hosts: ["Host"],
  Requirements: ["Sets", "Methods"],
  Sets: ["Set"],
  DefaultSettings: ["SourceLocation", "RequestedWidth", "RequestedHeight"],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins", "VersionOverrides"],
  "Host[Workbook]": ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  Runtimes: ["Runtime"],
  AllFormFactors: ["ExtensionPoint"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  "ExtensionPoint[CustomFunctions]": ["Script", "Page", "Metadata", "Namespace"],
  "ExtensionPoint[PrimaryCommandSurface]": ["OfficeTab", "CustomTab"],
  Script: ["SourceLocation"],
  Page: ["SourceLocation"],
  Metadata: ["SourceLocation"],
  OfficeTab: ["Group"],
  Group: ["Label", "Icon", "Control"],
  Icon: ["Image"],
  "Control[Button]": ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  "Action[ShowTaskpane]": ["TaskpaneId", "SourceLocation", "Title"],
  "Action[ExecuteFunction]": ["FunctionName"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
  Images: ["Image"],
  Urls: ["Url"],
  ShortStrings: ["String"],
  LongStrings: ["String"],
  String: ["Override"],
  Url: ["Override"],
};

/** Which Resources kind a resid must name, by the element that holds it (and its parent). */
function residKind(el) {
  const name = el.localName;
  const parent = el.parentNode && el.parentNode.localName;
  if (name === "Image") return "Images";
  if (name === "SourceLocation" || name === "FunctionFile" || name === "Runtime" || name === "LearnMoreUrl") return "Urls";
  if (name === "Label" || name === "Title" || name === "Namespace") return "ShortStrings";
  if (name === "Description" && (parent === "Supertip" || parent === "GetStarted" || parent === "VersionOverrides")) return "LongStrings";
  return null;
}

const LIMITS = { ShortStrings: 125, LongStrings: 250, Urls: 2048, Images: 2048 };

function elements(node) {
  const out = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c);
  return out;
}

function all(root, localName) {
  const out = [];
  const walk = (n) => {
    for (const c of elements(n)) {
      if (c.localName === localName) out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

function xsiType(el) {
  return el.getAttributeNS(NS.xsi, "type") || "";
}

function parentKey(el) {
  const type = xsiType(el);
  const typed = `${el.localName}[${type}]`;
  if (type && SEQUENCES[typed]) return typed;
  return el.localName;
}

/** An element's path for messages, e.g. OfficeApp/VersionOverrides/Hosts/Host. */
function where(el) {
  const parts = [];
  for (let n = el; n && n.nodeType === 1; n = n.parentNode) {
    const id = n.getAttribute("id");
    parts.unshift(id ? `${n.localName}#${id}` : n.localName);
  }
  return parts.join("/");
}

function text(el) {
  return el ? (el.textContent || "").trim() : "";
}

function child(el, localName) {
  return el ? elements(el).find((c) => c.localName === localName) || null : null;
}

/** Width and height of a PNG file, or null when it is not a PNG. */
function pngSize(file) {
  const buf = fs.readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (buf.length < 24 || buf.subarray(0, 8).toString("hex") !== signature || buf.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function parse(xml, problems) {
  const errors = [];
  let doc = null;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") errors.push(message);
      },
    }).parseFromString(xml, "text/xml");
  } catch (e) {
    errors.push(e instanceof Error ? e.message : String(e));
  }
  for (const message of new Set(errors.map((m) => m.split("\n")[0]))) problems.push(`XML: ${message}`);
  if (errors.length > 0 || !doc || !doc.documentElement) return null;
  return doc;
}

function checkOrder(root, problems) {
  const walk = (el) => {
    const sequence = SEQUENCES[parentKey(el)];
    if (sequence) {
      let last = -1;
      for (const c of elements(el)) {
        const index = sequence.indexOf(c.localName);
        if (index < 0) {
          problems.push(`order: <${c.localName}> is not a valid child of ${where(el)}`);
        } else if (index < last) {
          problems.push(`order: <${c.localName}> must come before <${sequence[last]}> in ${where(el)} (${sequence.join(", ")})`);
        } else {
          last = index;
        }
      }
    }
    for (const c of elements(el)) walk(c);
  };
  walk(root);
}

/**
 * The overrides of one string: one per locale of scripts/manifest-locales.js, none twice, within
 * `limit` characters, and Traditional Chinese text in the Traditional locales.
 */
function checkOverrides(el, label, limit, problems) {
  const overrides = elements(el).filter((o) => o.localName === "Override");
  const values = new Map();
  for (const o of overrides) {
    const locale = o.getAttribute("Locale");
    if (values.has(locale)) problems.push(`locale: ${label} has two ${locale} overrides`);
    values.set(locale, o.getAttribute("Value") || "");
  }
  for (const locale of LOCALES) {
    const value = values.get(locale);
    if (!value) {
      const fill = SOURCE[locale] === locale ? "" : ` (node scripts/manifest-locales.js copies it from ${SOURCE[locale]})`;
      problems.push(`locale: ${label} has no ${locale} override${fill}`);
    } else if (value.length > limit) {
      problems.push(`locale: the ${locale} override of ${label} is longer than ${limit} characters`);
    } else if (TRADITIONAL.includes(locale) && /\p{Script=Han}/u.test(el.getAttribute("DefaultValue") || "") && !/\p{Script=Han}/u.test(value)) {
      problems.push(`locale: the ${locale} override of ${label} is not Chinese ("${value}")`);
    }
  }
}

/** Resources by kind: id -> element, after checking ids, lengths and locale overrides. */
function readResources(root, problems) {
  const byKind = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  const resources = all(root, "Resources")[0];
  if (!resources) {
    problems.push("resources: VersionOverrides has no <Resources>");
    return byKind;
  }
  const seen = new Set();
  for (const kind of Object.keys(byKind)) {
    const group = child(resources, kind);
    if (!group) continue;
    for (const item of elements(group)) {
      const id = item.getAttribute("id");
      if (!id) {
        problems.push(`resources: a ${kind} entry has no id`);
        continue;
      }
      if (id.length > 32) problems.push(`resources: id "${id}" is longer than 32 characters`);
      if (seen.has(id)) problems.push(`resources: id "${id}" is defined twice`);
      seen.add(id);
      byKind[kind].set(id, item);
      const value = item.getAttribute("DefaultValue");
      if (!value) problems.push(`resources: ${kind} "${id}" has no DefaultValue`);
      else if (value.length > LIMITS[kind]) problems.push(`resources: ${kind} "${id}" is longer than ${LIMITS[kind]} characters`);
      if (kind === "ShortStrings" || kind === "LongStrings") checkOverrides(item, `string "${id}"`, LIMITS[kind], problems);
    }
  }
  return byKind;
}

function checkResids(root, resources, problems) {
  const used = new Set();
  const walk = (el) => {
    for (const c of elements(el)) {
      const resid = c.getAttribute("resid");
      if (resid !== null && resid !== "") {
        const kind = residKind(c);
        if (!kind) {
          problems.push(`resid: <${c.localName}> in ${where(el)} has a resid, which it cannot have`);
        } else if (!resources[kind].has(resid)) {
          const elsewhere = Object.keys(resources).find((k) => resources[k].has(resid));
          problems.push(
            elsewhere
              ? `resid: "${resid}" (used by <${c.localName}> in ${where(el)}) is defined in ${elsewhere}, not in ${kind}`
              : `resid: "${resid}" (used by <${c.localName}> in ${where(el)}) is not defined in ${kind}`,
          );
        }
        used.add(resid);
      }
      walk(c);
    }
  };
  walk(root);
  for (const kind of Object.keys(resources)) {
    for (const id of resources[kind].keys()) if (!used.has(id)) problems.push(`resid: ${kind} "${id}" is defined but never used`);
  }
}

/** Every URL in the manifest with where it comes from. */
function collectUrls(root, resources) {
  const urls = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    for (const el of all(root, name)) {
      urls.push({ url: el.getAttribute("DefaultValue") || "", from: name });
      for (const o of elements(el)) urls.push({ url: o.getAttribute("Value") || "", from: `${name} (${o.getAttribute("Locale")})` });
    }
  }
  const defaults = all(root, "DefaultSettings")[0];
  const source = child(defaults, "SourceLocation");
  if (source) urls.push({ url: source.getAttribute("DefaultValue") || "", from: "DefaultSettings/SourceLocation" });
  for (const kind of ["Images", "Urls"]) {
    for (const [id, el] of resources[kind]) {
      urls.push({ url: el.getAttribute("DefaultValue") || "", from: `${kind} "${id}"` });
      for (const o of elements(el)) urls.push({ url: o.getAttribute("Value") || "", from: `${kind} "${id}" (${o.getAttribute("Locale")})` });
    }
  }
  return urls;
}

/** The path of a URL below origin ("assets/icon-16.png"), or null when it is not below it. */
function pathBelow(url, origin) {
  const prefix = origin.replace(/\/+$/, "") + "/";
  if (!url.startsWith(prefix)) return null;
  return url.slice(prefix.length).split(/[?#]/)[0];
}

function checkUrls(urls, options, problems) {
  if (!/^https:\/\//.test(options.origin)) problems.push(`url: ${options.origin} is not https (Office loads add-ins only over HTTPS)`);
  const emitted = new Set(options.emittedFiles);
  for (const { url, from } of urls) {
    const file = pathBelow(url, options.origin);
    if (file === null) problems.push(`url: ${from} "${url}" is not on ${options.origin}`);
    else if (!emitted.has(file)) problems.push(`url: ${from} "${url}" is not a file the build emits (${file})`);
  }
}

/** <SupportUrl> present (checkUrls checks where it points); <AppDomains> of bare https origins, ours among them. */
function checkAdminElements(root, options, problems) {
  if (!child(root, "SupportUrl")) problems.push("admin: no <SupportUrl> (the admin center shows it to users)");
  const provider = text(child(root, "ProviderName"));
  if (provider && options.packageName && provider === options.packageName) problems.push(`admin: ProviderName is the npm package's name "${provider}", not who provides the add-in`);
  if (provider.length > 250) problems.push("admin: ProviderName is longer than 250 characters");
  const appDomains = child(root, "AppDomains");
  const domains = appDomains ? elements(appDomains).map(text) : [];
  if (domains.length === 0) {
    problems.push("admin: no <AppDomains> with an <AppDomain>");
    return;
  }
  for (const domain of domains) {
    let origin = null;
    try {
      origin = new URL(domain).origin;
    } catch {
      // reported below
    }
    if (origin !== domain || !domain.startsWith("https://")) problems.push(`admin: AppDomain "${domain}" must be an https origin alone (no path, no trailing slash, no wildcard)`);
  }
  let own = null;
  try {
    own = new URL(options.origin).origin;
  } catch {
    problems.push(`url: the origin "${options.origin}" is not a URL`);
  }
  if (own && !domains.includes(own)) problems.push(`admin: AppDomains must list the add-in's own origin ${own} (found ${domains.join(", ")})`);
}

function checkIcons(root, resources, options, problems) {
  const icons = [];
  const iconUrl = all(root, "IconUrl")[0];
  const hiRes = all(root, "HighResolutionIconUrl")[0];
  if (!iconUrl) problems.push("icon: no IconUrl");
  else icons.push({ url: iconUrl.getAttribute("DefaultValue") || "", size: 32, from: "IconUrl" });
  if (!hiRes) problems.push("icon: no HighResolutionIconUrl");
  else icons.push({ url: hiRes.getAttribute("DefaultValue") || "", size: 64, from: "HighResolutionIconUrl" });
  const declared = new Map();
  for (const ref of all(root, "Image")) {
    const resid = ref.getAttribute("resid");
    if (!resid) continue;
    const size = Number(ref.getAttribute("size"));
    if (declared.has(resid) && declared.get(resid) !== size) problems.push(`icon: image "${resid}" is used at sizes ${declared.get(resid)} and ${size}`);
    declared.set(resid, size);
  }
  for (const group of [...all(root, "Group"), ...all(root, "Control")]) {
    const icon = child(group, "Icon");
    if (!icon) continue;
    const sizes = elements(icon).map((i) => Number(i.getAttribute("size")));
    for (const required of [16, 32, 80]) {
      if (!sizes.includes(required)) problems.push(`icon: ${where(group)} has no ${required}px image`);
    }
  }
  const buttonOf = new Map();
  for (const control of all(root, "Control")) {
    const icon = child(control, "Icon");
    for (const image of icon ? elements(icon) : []) {
      const res = resources.Images.get(image.getAttribute("resid"));
      const url = res ? res.getAttribute("DefaultValue") : image.getAttribute("resid");
      const other = buttonOf.get(url);
      if (other && other !== control.getAttribute("id")) problems.push(`icon: buttons ${other} and ${control.getAttribute("id")} share the image ${url}`);
      else buttonOf.set(url, control.getAttribute("id"));
    }
  }
  for (const [id, el] of resources.Images) {
    icons.push({ url: el.getAttribute("DefaultValue") || "", size: declared.get(id), from: `Images "${id}"` });
  }
  for (const { url, size, from } of icons) {
    const file = pathBelow(url, options.origin);
    if (file === null) continue; // reported by checkUrls
    const onDisk = path.join(options.rootDir, file);
    if (!fs.existsSync(onDisk)) {
      problems.push(`icon: ${from} "${file}" does not exist in the repository`);
      continue;
    }
    const dims = pngSize(onDisk);
    if (!dims) problems.push(`icon: ${from} "${file}" is not a PNG`);
    else if (size !== undefined && (dims.width !== size || dims.height !== size)) {
      problems.push(`icon: ${from} "${file}" is ${dims.width}x${dims.height}, not ${size}x${size}`);
    }
  }
}

function checkRuntime(root, resources, options, problems) {
  const runtimes = all(root, "Runtime");
  if (runtimes.length !== 1) {
    problems.push(`runtime: expected exactly one <Runtime>, found ${runtimes.length}`);
    if (runtimes.length === 0) return;
  }
  const runtime = runtimes[0];
  const resid = runtime.getAttribute("resid");
  if (runtime.getAttribute("lifetime") !== "long") problems.push('runtime: <Runtime> must have lifetime="long" (the shared runtime)');
  const customFunctions = all(root, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
  if (!customFunctions) {
    problems.push("runtime: no CustomFunctions extension point");
  } else {
    const page = child(child(customFunctions, "Page"), "SourceLocation");
    if (!page || page.getAttribute("resid") !== resid) problems.push(`runtime: the custom functions' Page must use the Runtime's resid "${resid}"`);
    const script = child(child(customFunctions, "Script"), "SourceLocation");
    const metadata = child(child(customFunctions, "Metadata"), "SourceLocation");
    const urlOf = (el) => {
      const res = el && resources.Urls.get(el.getAttribute("resid"));
      return res ? pathBelow(res.getAttribute("DefaultValue") || "", options.origin) : null;
    };
    if (urlOf(script) !== options.functionsScript) problems.push(`runtime: the custom functions' Script must be ${options.functionsScript}`);
    if (urlOf(metadata) !== options.functionsMetadata) problems.push(`runtime: the custom functions' Metadata must be ${options.functionsMetadata}`);
    const namespace = child(customFunctions, "Namespace");
    const ns = namespace && resources.ShortStrings.get(namespace.getAttribute("resid"));
    if (!ns) {
      problems.push("runtime: the custom functions have no Namespace");
    } else {
      const values = [ns.getAttribute("DefaultValue"), ...elements(ns).map((o) => o.getAttribute("Value"))];
      if (values.some((v) => v !== options.namespace)) problems.push(`runtime: the custom functions' namespace must be ${options.namespace} in every locale (got ${values.join(", ")})`);
    }
  }
  const functionFiles = all(root, "FunctionFile");
  if (functionFiles.length === 0) problems.push("runtime: no <FunctionFile> (the ribbon commands' page)");
  for (const f of functionFiles) {
    if (f.getAttribute("resid") !== resid) problems.push(`runtime: <FunctionFile> must use the Runtime's resid "${resid}", not "${f.getAttribute("resid")}"`);
  }
  for (const action of all(root, "Action").filter((a) => xsiType(a) === "ShowTaskpane")) {
    const source = child(action, "SourceLocation");
    if (!source || source.getAttribute("resid") !== resid) problems.push(`runtime: the ShowTaskpane action in ${where(action)} must use the Runtime's resid "${resid}"`);
  }
  const runtimeUrl = resources.Urls.get(resid);
  const defaults = child(all(root, "DefaultSettings")[0], "SourceLocation");
  if (runtimeUrl && defaults && defaults.getAttribute("DefaultValue") !== runtimeUrl.getAttribute("DefaultValue")) {
    problems.push("runtime: DefaultSettings/SourceLocation must be the shared runtime's page");
  }
  const sets = all(root, "Set").filter((s) => s.parentNode && s.parentNode.parentNode && s.parentNode.parentNode.parentNode === root);
  const shared = sets.find((s) => s.getAttribute("Name") === "SharedRuntime");
  if (!shared || shared.getAttribute("MinVersion") !== "1.1") problems.push('runtime: <Requirements> must ask for <Set Name="SharedRuntime" MinVersion="1.1"/>');
}

function checkLocales(root, problems) {
  const locale = text(child(root, "DefaultLocale"));
  if (locale !== "zh-CN") problems.push(`locale: DefaultLocale must be zh-CN, not "${locale}"`);
  for (const name of ["DisplayName", "Description"]) {
    const el = child(root, name);
    if (!el || !el.getAttribute("DefaultValue")) {
      problems.push(`locale: no ${name}`);
      continue;
    }
    const limit = name === "DisplayName" ? 125 : 250;
    if (el.getAttribute("DefaultValue").length > limit) problems.push(`locale: ${name} is longer than ${limit} characters`);
    checkOverrides(el, name, limit, problems);
  }
}

function checkCommands(root, options, problems) {
  const tab = all(root, "OfficeTab")[0];
  if (!tab || tab.getAttribute("id") !== "TabHome") problems.push("ribbon: the 客户日志 group must be on the Home tab (OfficeTab id TabHome)");
  const ids = new Map();
  for (const el of [...all(root, "Group"), ...all(root, "Control")]) {
    const id = el.getAttribute("id");
    if (ids.has(id)) problems.push(`ribbon: control id "${id}" is used twice`);
    ids.set(id, el);
  }
  const actions = all(root, "Action");
  const functionNames = actions.filter((a) => xsiType(a) === "ExecuteFunction").map((a) => text(child(a, "FunctionName")));
  if (options.ribbonActions) {
    for (const name of functionNames) {
      if (!options.ribbonActions.includes(name)) problems.push(`ribbon: ExecuteFunction "${name}" is not an action the commands register`);
    }
    for (const name of options.ribbonActions) {
      if (!functionNames.includes(name)) problems.push(`ribbon: the commands register "${name}" but no button runs it`);
    }
  }
  const autoShow = actions.filter((a) => xsiType(a) === "ShowTaskpane" && text(child(a, "TaskpaneId")) === AUTO_SHOW_TASKPANE_ID);
  if (autoShow.length === 0) problems.push(`ribbon: no ShowTaskpane action has the TaskpaneId ${AUTO_SHOW_TASKPANE_ID}`);
}

/**
 * @param {string} xml the manifest's text
 * @param {import("./manifest-check").CheckOptions} options
 * @returns {string[]} the problems found, empty when none
 */
function checkManifest(xml, options) {
  const problems = [];
  const doc = parse(xml, problems);
  if (!doc) return problems;
  const root = doc.documentElement;
  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.app) {
    problems.push(`root: expected <OfficeApp xmlns="${NS.app}">, found <${root.tagName}>`);
    return problems;
  }
  if (xsiType(root) !== "TaskPaneApp") problems.push('root: OfficeApp must be xsi:type="TaskPaneApp"');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text(child(root, "Id")))) problems.push("root: <Id> is not a GUID");
  const version = text(child(root, "Version"));
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) problems.push("root: <Version> is not a version number");
  else if (options.packageVersion && version !== manifestVersion(options.packageVersion)) {
    problems.push(`root: <Version>${version}</Version> is not package.json's version ${options.packageVersion} (${manifestVersion(options.packageVersion)}); \`npm version\` moves both, node scripts/manifest-version.js sets it`);
  }
  if (!text(child(root, "ProviderName"))) problems.push("root: no ProviderName");
  const hosts = elements(child(root, "Hosts") || root).filter((h) => h.localName === "Host").map((h) => h.getAttribute("Name"));
  if (!hosts.includes("Workbook")) problems.push('root: <Hosts> must include <Host Name="Workbook"/>');
  const versionOverrides = child(root, "VersionOverrides");
  if (!versionOverrides || versionOverrides.namespaceURI !== NS.ov || xsiType(versionOverrides) !== "VersionOverridesV1_0") {
    problems.push(`root: expected <VersionOverrides xmlns="${NS.ov}" xsi:type="VersionOverridesV1_0">`);
  }
  checkOrder(root, problems);
  checkLocales(root, problems);
  const resources = readResources(root, problems);
  checkResids(root, resources, problems);
  checkUrls(collectUrls(root, resources), options, problems);
  checkAdminElements(root, options, problems);
  checkIcons(root, resources, options, problems);
  checkRuntime(root, resources, options, problems);
  checkCommands(root, options, problems);
  return problems;
}

/**
 * The options for this repository: the dev origin and emitted files of scripts/addin-files.js,
 * namespace KH, icons under rootDir. ribbonActions (the ids the commands register) is added by the caller.
 * @param {string} rootDir
 */
function projectOptions(rootDir) {
  const files = require("./addin-files");
  const pkg = JSON.parse(fs.readFileSync(path.join(rootDir, "package.json"), "utf8"));
  return {
    rootDir,
    origin: files.DEV_ORIGIN,
    emittedFiles: files.emittedFiles(),
    functionsScript: `${Object.keys(files.ENTRIES).find((name) => files.ENTRIES[name] === files.FUNCTIONS_SOURCE)}.js`,
    functionsMetadata: files.FUNCTIONS_METADATA,
    namespace: "KH",
    packageName: pkg.name,
    packageVersion: pkg.version,
  };
}

module.exports = { checkManifest, projectOptions, pngSize, AUTO_SHOW_TASKPANE_ID, SEQUENCES };
