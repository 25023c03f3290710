import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { utcDate } from "../../src/domain/time";
import { LogBuilder } from "../fixtures/audit/builder";
import { workbookOf } from "../fixtures/audit/workbook";

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out, err };
}

describe("kehu top", () => {
  let dir: string;
  let file: string;
  const b = new LogBuilder();
  b.staff("S1", "张三");
  b.staff("S2", "李四");
  b.customer({ code: "K1", name: "甲公司", grade: "B", rep: "S1" });
  b.customer({ code: "K2", name: "乙公司", grade: "C", rep: "S2" });
  b.customer({ code: "K3", name: "丙公司", grade: "C", rep: "S2" });
  b.order("K1", "S1", utcDate(2026, 10, 3, 9), 1000, "饮料");
  b.order("K2", "S2", utcDate(2026, 10, 31, 23), 3000, "零食");
  b.order("K2", "S2", utcDate(2026, 11, 1, 0), 9999, "零食"); // November: outside October
  b.order("K1", "S1", utcDate(2026, 9, 12), 800, "饮料");
  b.order("K3", "S2", utcDate(2025, 10, 12), 500, "饮料");
  b.followUp("K1", "S1", utcDate(2026, 10, 5));
  b.followUp("K2", "S1", utcDate(2026, 10, 6), { serviceType: "交接" });
  b.order("K1", "S1", utcDate(2026, 8, 20), 100, "零食", { product: "坚果礼盒" }); // K1's main category stays 饮料 (1,800 of 1,900)
  b.complaint("K1", "S1", utcDate(2026, 10, 8), { object: "坚果礼盒：过期" }); // names a 零食 product
  b.complaint("K2", "S2", utcDate(2026, 10, 9), { object: "送货太慢" }); // names none: K2's main category, 零食
  b.complaint("K1", "S1", utcDate(2026, 10, 10), { object: "服务态度" }); // names none: K1's, 饮料
  b.payment("K1", "S1", utcDate(2026, 10, 12), 700);
  b.payment("K2", "S2", utcDate(2026, 10, 13), 300);

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kehu-top-"));
    file = path.join(dir, "log.xlsx");
    await (await workbookOf(b.log)).save(file, { overwrite: true });
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("ranks the last complete month by default, with 环比 against the month before", async () => {
    const r = await run(["top", file, "--by", "sales", "--of", "customers", "-n", "5", "--compare", "pop", "--today", "2026-11-20", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out[0]);
    expect(json.period).toEqual({ from: "2026-10-01", to: "2026-10-31", label: "2026-10" });
    expect(json.entries).toEqual([
      { rank: 1, key: "K2", name: "乙公司", value: 3000, share: 0.75, base: 0, change: 3000, ratio: null, growth: null },
      { rank: 2, key: "K1", name: "甲公司", value: 1000, share: 0.25, base: 800, change: 200, ratio: 1.25, growth: 0.25 },
    ]);
    expect(json.base).toMatchObject({ from: "2026-09-01", to: "2026-09-30", total: 800, change: 3200 });
  });

  it("同比 over days that make a month, by category and by rep; a handover is not a follow-up", async () => {
    const yoy = JSON.parse((await run(["top", file, "--by", "sales", "--of", "categories", "--from", "2026-10-01", "--to", "2026-10-31", "--compare", "yoy", "--json"])).out[0]);
    expect(yoy.entries.map((e: { key: string; value: number; base: number }) => [e.key, e.value, e.base])).toEqual([["零食", 3000, 0], ["饮料", 1000, 500]]);
    const text = await run(["top", file, "--by", "follow-ups", "--of", "reps", "--from", "2026-10-01", "--to", "2026-10-31", "--compare", "yoy"]);
    expect(text.out.join("\n")).toContain("1. S1  张三  1  占 100.0%  对比 0  变化 1  无基期");
  });

  it("ranks product categories by every figure: an order by its line, a complaint by the product it names, the rest by the customer's main category", async () => {
    const json = async (by: string) => JSON.parse((await run(["top", file, "--by", by, "--of", "categories", "--from", "2026-10-01", "--to", "2026-10-31", "--json"])).out[0]);
    const entries = (j: { entries: { key: string; value: number }[] }) => j.entries.map((e) => [e.key, e.value]);
    expect(entries(await json("complaints"))).toEqual([["零食", 2], ["饮料", 1]]);
    expect(entries(await json("payments"))).toEqual([["饮料", 700], ["零食", 300]]);
    expect(entries(await json("follow-ups"))).toEqual([["饮料", 1]]);
    const text = await run(["top", file, "--by", "complaints", "--of", "categories", "--from", "2026-10-01", "--to", "2026-10-31"]);
    expect(text.code).toBe(0);
    expect(text.out[0]).toBe("产品类别投诉数 Top 10：2026-10，共 2 个产品类别有投诉数，合计 3");
  });

  it("refuses what it cannot rank with one line and exit 2, a file that is not a log with exit 3", async () => {
    for (const argv of [["--by", "sale", "--of", "customers"], ["--of", "customers"], ["--by", "payments", "--of", "category"], ["--by", "sales", "--of", "reps", "-n", "0"], ["--by", "sales", "--of", "reps", "--compare", "mom"], ["--by", "sales", "--of", "reps", "--from", "2026-10-02", "--to", "2026-10-01"]]) {
      const r = await run(["top", file, ...argv]);
      expect([argv, r.code, r.err.length]).toEqual([argv, 2, 1]);
    }
    // the line names what is wrong, in either language
    const said = async (argv: string[]) => {
      const r = await run(["top", file, "--today", "2026-11-23", ...argv]);
      expect([argv, r.code, r.err.length, r.out]).toEqual([argv, 2, 1, []]);
      return r.err[0];
    };
    expect(await said(["--by", "sale", "--of", "customers"])).toContain("--by 不认识“sale”：可选 sales、");
    expect(await said(["--by", "sales", "--of", "client", "--lang", "en"])).toContain('--of does not take "client": one of customers, categories, reps');
    expect(await said(["--of", "customers"])).toContain("--by 必须给出");
    // one end given, the other from the default period (October): a period with no day in it is refused, not ranked as zeros
    expect(await said(["--by", "sales", "--of", "reps", "--from", "2026-11-02"])).toContain("期间为空：--from 2026-11-02 晚于期末 2026-10-31");
    expect(await said(["--by", "sales", "--of", "reps", "--to", "2026-09-30", "--lang", "en"])).toContain("the period is empty: --to 2026-09-30 is before its start 2026-10-01");
    // …while one end inside the default period is a period
    expect((await run(["top", file, "--today", "2026-11-23", "--by", "sales", "--of", "reps", "--from", "2026-10-31", "--json"])).code).toBe(0);
    const notLog = path.join(dir, "other.xlsx");
    const { XlsxWorkbook } = await import("../../src/io/xlsx/xlsx-workbook");
    const other = XlsxWorkbook.create();
    other.book.addWorksheet("Sheet1").addRow(["a", "b"]);
    await other.save(notLog, { overwrite: true });
    const r = await run(["top", notLog, "--by", "sales", "--of", "reps"]);
    expect([r.code, r.err.length]).toEqual([3, 1]);
  });
});
