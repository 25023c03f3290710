import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { SHEETS, complaintsSheet, customersSheet, followUpsSheet } from "../../src/workbook";
import { sheetsAsCsv, sofficeAvailable } from "../support/soffice";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { logEvent } from "../../src/app/log-event";
import { seededRandom } from "../../src/domain/ids";
import { utcDate } from "../../src/domain/time";

const hasSoffice = sofficeAvailable();
if (!hasSoffice) console.log("skipped: LibreOffice (soffice) is not installed here; CI installs it and runs this test");
const maybe = hasSoffice ? describe : describe.skip;

maybe("what kehu writes, read back by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "kehu-interop-"));
  const initFile = join(dir, "init.xlsx");
  const demoFile = join(dir, "demo.xlsx");
  const quiet = { out: () => undefined, err: (s: string) => console.error(s) };
  let csv: ReturnType<typeof sheetsAsCsv>;

  beforeAll(async () => {
    expect(await main(["init", initFile], quiet)).toBe(0);
    const wb = await XlsxWorkbook.open(initFile);
    const logged = await logEvent(
      wb,
      "complaints",
      { customer: "C001", rep: "S001", occurredAt: utcDate(2026, 3, 5, 14, 30), description: "=1+1 北京华信：包装破损", complaintKind: "产品质量", status: "处理中", remedy: "换货" },
      utcDate(2026, 3, 5),
      seededRandom(3),
    );
    expect(logged.ok).toBe(true);
    await wb.save(initFile, { overwrite: true });
    expect(await main(["demo", "--out", demoFile, "--customers", "40", "--today", "2026-11-23"], quiet)).toBe(0);
    csv = sheetsAsCsv([initFile, demoFile]);
  }, 240_000);

  test("every sheet is there with its Chinese headers", () => {
    for (const file of [initFile, demoFile]) {
      const sheets = csv.get(file)!;
      for (const spec of SHEETS) {
        expect(sheets.has(spec.name)).toBe(true);
        expect(sheets.get(spec.name)![0].slice(0, spec.columns.length)).toEqual(spec.columns.map((c) => c.header));
      }
    }
  });

  test("dates, Chinese text and formula-looking text come through as written", () => {
    const rows = csv.get(initFile)!.get(complaintsSheet.name)!;
    const header = rows[0];
    const at = (key: string) => rows[1][header.indexOf(complaintsSheet.columns.find((c) => c.key === key)!.header)];
    expect(at("occurredAt")).toBe("2026-03-05 14:30");
    expect(at("description")).toBe("=1+1 北京华信：包装破损");
    expect(at("remedy")).toBe("换货");
  });

  test("the demo's customers and follow-ups read back with real dates", () => {
    const customers = csv.get(demoFile)!.get(customersSheet.name)!;
    expect(customers.length).toBeGreaterThan(40);
    expect(customers.slice(1).every((r) => /有限公司|店|厂|行|中心|集团/.test(r[1]))).toBe(true);
    const follow = csv.get(demoFile)!.get(followUpsSheet.name)!;
    const dateCol = follow[0].indexOf("发生时间");
    expect(follow.slice(1).filter((r) => r[dateCol]).every((r) => /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/.test(r[dateCol]))).toBe(true);
  });
});
