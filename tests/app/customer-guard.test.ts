import { reassignCustomers } from "../../src/app/handover";
import { runAbc } from "../../src/app/abc";
import { runRoutes, ROUTES_SHEET } from "../../src/app/routes";
import { readLog } from "../../src/app/read-log";
import { seededRandom } from "../../src/domain/ids";
import { utcDate } from "../../src/domain/time";
import { formatProblem } from "../../src/workbook/problems";
import { buildAuditFixture } from "../fixtures/audit/fixture";
import { workbookOf } from "../fixtures/audit/workbook";

describe("a customer code on two rows of 客户档案: nothing acts on it until one row is mended", () => {
  const fixture = buildAuditFixture();
  const today = fixture.today;
  const [first, other] = fixture.log.customers;
  // the second row of a customer typed again further down (another name, same code)
  const log = { ...fixture.log, customers: [...fixture.log.customers, { ...other, record: { ...other.record, code: first.record.code, name: "重复录入的客户" } }] };

  async function bookAndRows() {
    const book = await workbookOf(log);
    const read = await readLog(book);
    const rows = read.customers.filter((c) => c.record.code === first.record.code).map((c) => c.row);
    expect(rows).toHaveLength(2);
    return { book, rows, before: read };
  }

  const namesBoth = (lines: string[], rows: number[]) => {
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`客户档案!A${rows[1]}`);
    expect(lines[0]).toContain(`第 ${rows[0]} 行`);
  };

  test("the pane's and the command line's 交接 (reassignCustomers) refuses and writes no 交接 row", async () => {
    const { book, rows, before } = await bookAndRows();
    const result = await reassignCustomers(book, [first.record.code], "S03", utcDate(2026, 11, 23, 9), seededRandom(1));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    namesBoth(result.problems.map((p) => formatProblem(p)), rows);
    const after = await readLog(book);
    expect(after.followUps).toHaveLength(before.followUps.length);
    expect(after.customers.map((c) => c.record.rep)).toEqual(before.customers.map((c) => c.record.rep));
    // a customer whose code is not in doubt still moves
    const fine = await reassignCustomers(book, [fixture.log.customers[2].record.code], "S03", utcDate(2026, 11, 23, 9), seededRandom(1));
    expect(fine.ok).toBe(true);
  });

  test("ABC --write refuses (which row's ABC类 would change?); reading ABC still works", async () => {
    const { book, rows, before } = await bookAndRows();
    const run = await runAbc(book, { today, write: true });
    namesBoth(run.refused.map((p) => formatProblem(p)), rows);
    expect(run.written).toBe(0);
    expect((await readLog(book)).customers.map((c) => c.record.abc)).toEqual(before.customers.map((c) => c.record.abc));
    expect((await runAbc(book, { today })).refused).toEqual([]);
  });

  test("routes --write refuses and writes no 路序 sheet", async () => {
    const { book, rows } = await bookAndRows();
    const run = await runRoutes(book, { today, write: true });
    namesBoth(run.refused.map((p) => formatProblem(p, "en")).map((l) => l.replace(/also on row (\d+)/, "第 $1 行")), rows);
    expect(run.written).toBe(false);
    expect(book.book.getWorksheet(ROUTES_SHEET)).toBeUndefined();
  });
});
