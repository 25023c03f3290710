import { spawn } from "child_process";
import * as path from "path";

const KEHU = path.join(__dirname, "..", "..", "bin", "kehu.js");

/** Runs bin/kehu.js with its standard output closed before it writes, as `kehu help | true` does. */
function runIntoClosedPipe(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KEHU, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("kehu writing into a pipe its reader closed", () => {
  test.each(["help", "help --lang en"])("kehu %s stops quietly with the SIGPIPE exit code, no stack trace", async (line) => {
    const { code, stderr } = await runIntoClosedPipe(line.split(" "));
    expect(stderr).toBe("");
    expect(code).toBe(141);
  });
});
