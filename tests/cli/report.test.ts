import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { utcDate } from "../../src/domain/time";
import { LogBuilder } from "../fixtures/audit/builder";
import { workbookOf } from "../fixtures/audit/workbook";

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out, err };
}

async function sheetRows(file: string, sheet: string) {
  const book = await XlsxWorkbook.open(file);
  const ws = book.book.getWorksheet(sheet);
  // rows by Excel row number (rows[0] is row 1), blank rows as []
  const rows: unknown[][] = Array.from({ length: ws?.rowCount ?? 0 }, () => []);
  ws?.eachRow((row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
  return { ws, rows, book };
}

describe("kehu report", () => {
  let dir: string;
  let file: string;
  const b = new LogBuilder();
  b.customer({ code: "K1", name: "甲公司", grade: "B", rep: "S1", createdAt: utcDate(2026, 11, 2) });
  b.customer({ code: "K2", name: "乙公司", grade: "A", rep: "S2", lastFollowUp: utcDate(2026, 9, 1) });
  b.followUp("K1", "S1", utcDate(2026, 11, 3, 10));
  b.followUp("K1", "S1", utcDate(2026, 11, 20, 10), { promise: "送样", promiseDue: utcDate(2026, 11, 25) });
  b.followUp("K2", "S1", utcDate(2026, 11, 21), { serviceType: "交接" });
  b.order("K1", "S1", utcDate(2026, 11, 4), 1200.5);
  b.order("K1", "S1", utcDate(2026, 10, 4), 1000);
  b.payment("K1", "S1", utcDate(2026, 11, 28), 800.25);
  b.complaint("K2", "S2", utcDate(2026, 11, 5)); // closed the next day: in time
  b.complaint("K2", "S2", utcDate(2026, 10, 20), { closedAt: utcDate(2026, 11, 10) }); // closed after 21 days: late
  b.sample("K1", "S1", utcDate(2026, 11, 6), 300);
  b.marketSupport("K2", "S2", utcDate(2026, 11, 7), { cost: 2000 });

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kehu-report-"));
    file = path.join(dir, "log.xlsx");
    await (await workbookOf(b.log)).save(file, { overwrite: true });
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("gives the month's figures against the month before", async () => {
    const r = await run(["report", "monthly", file, "--date", "2026-11-15", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out[0]);
    expect(json.period).toEqual({ from: "2026-11-01", to: "2026-11-30", label: "2026-11" });
    expect(json.total).toMatchObject({ followUpsDone: 2, customersContacted: 1, newCustomers: 1, orders: 1, orderAmount: 1200.5, payments: 1, paymentAmount: 800.25, samples: 1, sampleValue: 300, marketSupport: 1, marketSupportCost: 2000, complaintsOpened: 1, complaintsClosed: 2, complaintsClosedInTime: 1, openItems: 1 });
    // K2 (A: every 7 days) was last contacted 09-01: due and overdue at 11-30; K1 (B) was contacted 11-20
    expect([json.total.followUpsDue, json.total.followUpsOverdue]).toEqual([1, 1]);
    expect(json.previousTotal).toMatchObject({ orders: 1, orderAmount: 1000, complaintsOpened: 1 });
    expect(Object.keys(json.byRep)).toEqual(["S1", "S2"]);
    // the text gives each figure's change, ratio and growth rate, or says there is no base
    const text = (await run(["report", "monthly", file, "--date", "2026-11-15"])).out;
    expect(text).toContain("  订单笔数  1  上期 1  变化 0  比率 100.0%，增长率 0.0%");
    expect(text).toContain("  新建客户  1  上期 0  变化 +1  无基期");
    const s2 = JSON.parse((await run(["report", "monthly", file, "--date", "2026-11-15", "--rep", "S2", "--json"])).out[0]);
    expect(s2.total).toMatchObject({ followUpsDone: 0, orders: 0, complaintsClosed: 2, followUpsDue: 1 });
  });

  it("--write makes the report sheet; what the rep wrote beside 总结 and 下期计划 survives a regeneration, as text", async () => {
    expect((await run(["report", "weekly", file, "--date", "2026-11-25", "--rep", "S1", "--write"])).code).toBe(0);
    const sheet = "周报 2026-11-23 S1";
    const first = await sheetRows(file, sheet);
    let { ws, rows } = first;
    expect(rows[0][0]).toBe("周报 2026年第48周（11-23 至 11-29） · 客服 S1");
    const at = (label: string) => rows.findIndex((row) => row[0] === label) + 1;
    expect(rows[at("指标") - 1].slice(0, 6)).toEqual(["指标", "本期", "上期", "变化", "比率", "增长率"]);
    expect(rows[at("跟进次数") - 1].slice(0, 6)).toEqual(["跟进次数", 0, 1, -1, "0.0%", "-100.0%"]); // 11-20 was the week before
    expect(rows[at("回款金额") - 1].slice(0, 6)).toEqual(["回款金额", 800.25, 0, 800.25, "无基期", "无基期"]);
    ws!.getCell(at("总结"), 2).value = "=SUM(1,2) 回款偏慢";
    ws!.getCell(at("下期计划"), 2).value = "拜访 K2";
    await first.book.save(file, { overwrite: true });

    const again = await run(["report", "weekly", file, "--date", "2026-11-29", "--rep", "S1", "--write"]);
    expect(again.out.join("\n")).toContain("保留了已填写的 2 项");
    ({ ws, rows } = await sheetRows(file, sheet));
    expect(rows[at("总结") - 1][1]).toBe("=SUM(1,2) 回款偏慢");
    expect(ws!.getCell(at("总结"), 2).formula).toBeUndefined();
    expect(rows[at("下期计划") - 1][1]).toBe("拜访 K2");
    // another period is another sheet, its notes blank
    await run(["report", "weekly", file, "--date", "2026-11-16", "--rep", "S1", "--write"]);
    const other = await sheetRows(file, "周报 2026-11-16 S1");
    expect(other.rows.find((row) => row[0] === "总结")?.[1]).toBeUndefined();
  });

  it("refuses an unknown kind or a bad date with one line and exit 2", async () => {
    for (const argv of [["report", "yearly", file], ["report", "daily", file, "--date", "昨天"], ["report", "daily"]]) {
      const r = await run(argv);
      expect([argv, r.code, r.err.length]).toEqual([argv, 2, 1]);
    }
  });
});
