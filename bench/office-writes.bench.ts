import { setupWorkbook } from "../src/app/setup";
import { OfficeWorkbook } from "../src/io/office/office-workbook";
import type { Cell, ReportCell } from "../src/io/port";
import { customersSheet } from "../src/workbook";
import { rowKey } from "../src/workbook/sheet";
import { createExcelFake, FIVE_MB, type ExcelFake } from "../tests/support/excel-fake";

/**
 * The Office.js adapter's writes on the strict fake with Excel on the web's limits, requests
 * measured as Office.js builds them: appending n customers, a keyed update of every customer's
 * ABC类 (the ABC run), and a report with one link per customer (the ABC and 路序 reports), at
 * 100, 10,000 and 100,000 rows. Printed: round trips, and the largest request against the 5 MB
 * limit (the ratio is the baseline: it must stay under 1).
 */
const SIZES = [100, 10000, 100000];

function line(print: (line: string) => void, what: string, n: number, fake: ExcelFake): void {
  const max = fake.stats.maxRequestBytes;
  print(`office ${what} n=${n}: ${fake.stats.syncs} syncs, max request ${Math.ceil(max / 1024)} KB (${(max / FIVE_MB).toFixed(2)}× the 5 MB limit), max response ${Math.ceil(fake.stats.maxResponseBytes / 1024)} KB`);
}

export async function run(print: (line: string) => void): Promise<void> {
  for (const n of SIZES) {
    const fake = createExcelFake();
    const port = new OfficeWorkbook(fake.run);
    await setupWorkbook(port);
    const headers = (await port.readHeaders([customersSheet.name]))[customersSheet.name]!;
    const code = (i: number) => `C${String(i).padStart(6, "0")}`;
    const rows = Array.from({ length: n }, (_, i): Cell[] => headers.map((h) => (h === "客户编码" ? code(i) : h === "客户名称" ? `华东五金有限公司 ${i}` : h === "客户等级" ? "B" : h === "负责客服" ? "S001" : null)));
    fake.stats.reset();
    await port.appendRows(customersSheet.name, rows, headers);
    line(print, "append customers", n, fake);

    const abc = customersSheet.columns.find((c) => c.key === "abc")!.header;
    fake.stats.reset();
    await port.updateCells(customersSheet.name, rows.map((_r, i) => ({ row: i + 2, key: rowKey(customersSheet, code(i)), header: abc, value: "ABC"[i % 3] })));
    line(print, "update ABC类 of every customer", n, fake);

    const links = rows.map((_r, i): ReportCell[] => [{ text: `${code(i)} 华东五金有限公司 ${i}`, link: { sheet: customersSheet.name, cell: `B${i + 2}` } }, "ABC"[i % 3], 1000 + i]);
    fake.stats.reset();
    await port.writeReport({ sheet: "ABC", title: "ABC 分类", blocks: [{ headers: ["客户", "类", "金额"], rows: links }] });
    line(print, "report with a link per customer", n, fake);
  }
}

if (require.main === module) {
  run((l) => console.log(l)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
