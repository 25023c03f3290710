import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { buildAuditFixture } from "../fixtures/audit/fixture";
import { workbookOf } from "../fixtures/audit/workbook";

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out, err };
}

describe("kehu check: orders over the credit limit", () => {
  let dir: string;
  let file: string;
  const fixture = buildAuditFixture();

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kehu-check-"));
    file = path.join(dir, "credit.xlsx");
    await (await workbookOf(fixture.log)).save(file, { overwrite: true });
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("warns with the order's cell and leaves the exit code to the workbook's faults", async () => {
    const planted = fixture.planted.find((p) => p.rule === "credit.overLimit")!;
    const json = await run(["check", file, "--json"]);
    expect(json.code).toBe(0);
    const { problems, warnings } = JSON.parse(json.out[0]);
    expect(problems).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ customer: "P22", rep: "S03", date: "2026-11-10" });
    expect(warnings[0].cell).toMatch(new RegExp(`^往来帐![A-Z]+${planted.ref.row}$`));
    const text = await run(["check", file]);
    expect(text.code).toBe(0);
    expect(text.out.some((l) => l.startsWith(`提示 ${warnings[0].cell} P22`) && l.includes("超出信用额度¥20,000.00"))).toBe(true);
  });
});
