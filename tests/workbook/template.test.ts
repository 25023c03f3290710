import { join } from "path";
import { XlsxReader } from "../../src/io/xlsx/fast-read";
import { SHEETS } from "../../src/workbook";
import { readLog } from "../../src/app/read-log";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";

const TEMPLATE = join(__dirname, "..", "..", "templates", "客户日志-模板.xlsx");

test("the committed template is what the specs produce (run `npm run template` after changing a spec)", async () => {
  const reader = await XlsxReader.open(TEMPLATE);
  expect(await reader.sheetNames()).toEqual(SHEETS.map((s) => s.name));
  const headers = await reader.readHeaders(SHEETS.map((s) => s.name));
  for (const spec of SHEETS) expect(headers[spec.name]).toEqual(spec.columns.map((c) => c.header));
  const log = await readLog(reader);
  expect(log.problems).toEqual([]);
  expect(log.customers).toEqual([]);
  expect(log.settings.cadenceDays).toEqual(DEFAULT_SETTINGS.cadenceDays);
  expect(log.settings.holidays.length).toBeGreaterThan(0);
});
