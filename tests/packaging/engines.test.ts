import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { atLeast, ENGINES, LOCKFILE_NPM, lockfileNote, nodeProblem, npmProblem } from "../../scripts/check-engines";

const ROOT = path.join(__dirname, "..", "..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));

describe("engines", () => {
  test("package.json asks for Node 20.9 (ESLint 9's floor) and npm 10 (what Node 20 ships)", () => {
    expect(ENGINES).toEqual({ node: ">=20.9.0", npm: ">=10" });
    expect(fs.readFileSync(path.join(ROOT, ".npmrc"), "utf8")).toMatch(/^engine-strict=true$/m);
  });

  test("the lockfile's root entry says what package.json says, so npm install has nothing to rewrite", () => {
    const root = lock.packages[""];
    for (const key of ["name", "version", "dependencies", "devDependencies", "engines", "bin"]) expect([key, root[key]]).toEqual([key, pkg[key]]);
    // npm records that the root package has its own install-time script (package.json's preinstall).
    const installScript = ["preinstall", "install", "postinstall"].some((name) => name in pkg.scripts);
    expect(root.hasInstallScript === true).toBe(installScript);
  });

  test("versions compare part by part", () => {
    expect(atLeast("v20.9.0", ">=20.9.0")).toBe(true);
    expect(atLeast("v20.10.0", ">=20.9.0")).toBe(true);
    expect(atLeast("v22.0.0", ">=20.9.0")).toBe(true);
    expect(atLeast("v20.8.9", ">=20.9.0")).toBe(false);
    expect(atLeast("v18.20.4", ">=20.9.0")).toBe(false);
    expect(atLeast("10.8.2", ">=10")).toBe(true);
    expect(atLeast("9.9.9", ">=10")).toBe(false);
  });

  test("too old a Node or npm is one line naming what is needed and what was found", () => {
    expect(nodeProblem(process.version)).toBeNull();
    expect(npmProblem("10.8.2")).toBeNull();
    expect(npmProblem(null)).toBeNull();
    const node = nodeProblem("v18.19.0")!;
    expect(node).toContain(">=20.9.0");
    expect(node).toContain("v18.19.0");
    const npm = npmProblem("9.2.0")!;
    expect(npm).toContain(">=10");
    expect(npm).toContain("9.2.0");
    for (const line of [node, npm]) expect(line).not.toContain("\n");
  });

  test("an npm that works but would rewrite the lockfile gets a one-line note, a newer one none", () => {
    expect(LOCKFILE_NPM).toBe("11.11.0");
    expect(lockfileNote("11.11.0")).toBeNull();
    expect(lockfileNote("11.19.1")).toBeNull();
    expect(lockfileNote(null)).toBeNull();
    const note = lockfileNote("10.8.2")!;
    expect(note).toContain("10.8.2");
    expect(note).toContain("libc");
    expect(note).not.toContain("\n");
    expect(lockfileNote("11.10.9")).not.toBeNull();
  });

  test("package.json runs the check before npm install's own scripts", () => {
    expect(pkg.scripts.preinstall).toBe("node scripts/check-engines.js");
  });

  test("bin/kehu.js under too old a Node prints that one line and exits 3", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kh-engines-"));
    try {
      const preload = path.join(dir, "old-node.js");
      fs.writeFileSync(preload, 'Object.defineProperty(process, "version", { value: "v18.19.0" });\n');
      const run = spawnSync(process.execPath, ["-r", preload, path.join(ROOT, "bin", "kehu.js"), "--help"], { encoding: "utf8" });
      expect(run.status).toBe(3);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toEqual([nodeProblem("v18.19.0")]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
