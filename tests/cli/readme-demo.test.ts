/**
 * README.md shows what `npm run demo -- --today …` prints; this runs that command (in process, as
 * package.json's demo script does) and checks every line the README quotes, in order. "…" in a
 * quoted line stands for anything; a line that is only "…" skips any number of lines.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";

const ROOT = join(__dirname, "..", "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const DEMO_SCRIPT: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.demo;

const quoted = /```text\n\$ npm run demo -- ([^\n]*)\n([\s\S]*?)```/.exec(README);

function linePattern(line: string): RegExp {
  return new RegExp(`^${line.split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
}

test("README quotes a demo run with its command", () => {
  expect(quoted).not.toBeNull();
  expect(quoted![1]).toMatch(/--today \d{4}-\d{2}-\d{2}/);
  expect(DEMO_SCRIPT).toMatch(/^node bin\/kehu\.js demo .*--out (\S+)/);
});

test("the figures README quotes are what that command prints", async () => {
  const [, flags, body] = quoted!;
  const readmeOut = /--out (\S+)/.exec(DEMO_SCRIPT)![1];
  const dir = mkdtempSync(join(tmpdir(), "kehu-readme-"));
  try {
    const out: string[] = [];
    const file = join(dir, "demo.xlsx");
    const args = ["demo", "--force", "--out", file, ...flags.trim().split(/\s+/)];
    expect(await main(args, { out: (s: string) => void out.push(s), err: (s: string) => void out.push(`stderr: ${s}`) })).toBe(0);
    const printed = out.join("\n").split(file).join(readmeOut).split("\n");
    let at = 0;
    for (const line of body.replace(/\n$/, "").split("\n")) {
      if (line === "…") continue;
      const pattern = linePattern(line);
      const found = printed.findIndex((p, i) => i >= at && pattern.test(p));
      if (found < 0) {
        throw new Error(`README.md quotes a line the demo does not print (in this order):\n  ${line}\nUpdate the quote from what it printed:\n${printed.join("\n")}`);
      }
      at = found + 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
