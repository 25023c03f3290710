import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { AUDIT_SHEET } from "../../src/app/audit-report";
import { buildAuditFixture } from "../fixtures/audit/fixture";
import { workbookOf } from "../fixtures/audit/workbook";

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out, err };
}

describe("kehu audit", () => {
  let dir: string;
  let good: string;
  let clean: string;
  let corrupt: string;
  const fixture = buildAuditFixture();

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kehu-audit-"));
    good = path.join(dir, "张敏.xlsx");
    clean = path.join(dir, "空白.xlsx");
    corrupt = path.join(dir, "坏文件.xlsx");
    await (await workbookOf(fixture.log)).save(good, { overwrite: true });
    const empty = XlsxWorkbook.create();
    const { setupWorkbook } = await import("../../src/app/setup");
    await setupWorkbook(empty);
    await empty.save(clean, { overwrite: true });
    await fs.writeFile(corrupt, "not a zip");
  });

  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("audits every readable workbook, reports the unreadable ones, and writes one consolidated report", async () => {
    const report = path.join(dir, "report.xlsx");
    const r = await run(["audit", good, corrupt, clean, path.join(dir, "missing.xlsx"), "--today", "2026-11-23", "--out", report]);
    expect(r.code).toBe(3);
    expect(r.out[0]).toContain(`发现 ${fixture.planted.length} 条`);
    expect(r.out[1]).toContain("发现 0 条");
    expect(r.err).toHaveLength(2);
    expect(r.err.join("\n")).toContain("坏文件.xlsx");
    expect(r.err.join("\n")).toContain("missing.xlsx");
    const book = await XlsxWorkbook.open(report);
    const ws = book.book.getWorksheet(AUDIT_SHEET)!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void texts.push(String(c.text))));
    expect(texts.filter((t) => t === "张敏.xlsx")).toHaveLength(1 + 6 + fixture.planted.length); // workbook list, 6 scorecards (S01–S04, S09, 主管 M02's visits), findings
    expect(texts.some((t) => t.startsWith("无法读取"))).toBe(true);
  });

  it("prints JSON with each finding's cell, and exits 1 when there are findings", async () => {
    const r = await run(["audit", good, "--today", "2026-11-23", "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out.join(""));
    expect(json.workbooks[0].findings).toHaveLength(fixture.planted.length);
    const promise = json.workbooks[0].findings.find((f: { rule: string }) => f.rule === "promise.unkept");
    expect(promise).toMatchObject({ severity: "高", customer: "P12", rep: "S01", sheet: "跟进记录" });
    expect(promise.cell).toMatch(/^[A-Z]+\d+$/);
  });

  it("exits 0 on a clean workbook and writes the 审计 sheet into it with --write", async () => {
    const r = await run(["audit", clean, "--today", "2026-11-23", "--write"]);
    expect(r.code).toBe(0);
    const book = await XlsxWorkbook.open(clean);
    expect(book.book.getWorksheet(AUDIT_SHEET)).toBeDefined();
  });

  it("asks for at least one file", async () => {
    const r = await run(["audit"]);
    expect(r.code).toBe(2);
  });
});
