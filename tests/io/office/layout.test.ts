import { setupWorkbook } from "../../../src/app/setup";
import { OfficeWorkbook } from "../../../src/io/office/office-workbook";
import { customersSheet } from "../../../src/workbook";
import { createExcelFake } from "../../support/excel-fake";

describe("set-up's overdue mark", () => {
  test("covers only the due-date column under the header, far below what one Excel operation may touch", async () => {
    const fake = createExcelFake();
    await setupWorkbook(new OfficeWorkbook(fake.run));
    const [mark] = fake.sheet(customersSheet.name).conditionalFormats;
    const due = customersSheet.columns.findIndex((c) => c.key === "nextDue");
    expect(mark.rect).toEqual({ row: 1, column: due, rows: 1048575, columns: 1 });
    expect(mark.rect.rows * mark.rect.columns).toBeLessThan(33554000);
  });
});
