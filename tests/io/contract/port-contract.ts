import { logEvent } from "../../../src/app/log-event";
import { readLog } from "../../../src/app/read-log";
import { setupWorkbook } from "../../../src/app/setup";
import { workbookLayout } from "../../../src/app/layout";
import { seededRandom } from "../../../src/domain/ids";
import { serialFromDate, utcDate } from "../../../src/domain/time";
import { complaintsSheet, customersSheet, followUpsSheet, SHEETS } from "../../../src/workbook";
import type { Cell } from "../../../src/io/port";
import { rowKey } from "../../../src/workbook/sheet";
import type { PortHarness } from "./harness";

export const NOW = utcDate(2026, 11, 23, 9, 30);

/** Texts Excel would turn into something else if written as plain values. */
export const TRICKY_TEXTS = ["=1+1", "=SUM(A1:A3)", "+86 138 0000 0000", "-5", "@SUM(A1)", "0075", "TRUE", "2026-3-5", "'quoted"];

/** The same small history logged through any port. */
export async function logScript(port: import("../../../src/io/port").WorkbookPort): Promise<void> {
  const random = seededRandom(7);
  const events: [string, Record<string, unknown>][] = [
    ["customers", { code: "C001", name: "华东五金", grade: "B", rep: "S001" }],
    ["customers", { code: "C002", name: "=HYPERLINK(\"x\")", grade: "A", rep: "S002" }],
    ["complaints", { customer: "C001", rep: "S001", occurredAt: utcDate(2026, 11, 20, 14, 5), description: "=1+1 包装破损", complaintKind: "产品质量", status: "处理中", remedy: "换货" }],
    ["followUps", { customer: "C001", rep: "S001", occurredAt: utcDate(2026, 11, 21, 10, 0), description: "+86 回访电话", gradeAfter: "A", status: "已完成", promise: "0075 号样品", promiseDue: utcDate(2026, 12, 1) }],
    ["followUps", { customer: "C002", rep: "S002", occurredAt: utcDate(2026, 11, 22, 16, 30), description: "@SUM(A1) 不是公式", gradeAfter: "C", status: "待处理" }],
  ];
  for (const [sheet, record] of events) {
    const result = await logEvent(port, sheet, record, NOW, random);
    if (!result.ok) throw new Error(`${sheet}: ${JSON.stringify(result.problems)}`);
  }
}

const header = (spec: typeof followUpsSheet | typeof complaintsSheet | typeof customersSheet, key: string) => spec.columns.find((c) => c.key === key)!.header;

export function describePortContract(make: () => PortHarness): void {
  let h: PortHarness;
  beforeEach(() => {
    h = make();
  });

  test("set-up creates every sheet with its table; a second set-up changes nothing", async () => {
    const first = await setupWorkbook(h.port);
    expect(first.filter((c) => c.createdSheet).map((c) => c.sheet)).toEqual(SHEETS.map((s) => s.name));
    const names = await h.port.sheetNames();
    expect(names.filter((n) => SHEETS.some((s) => s.name === n))).toEqual(SHEETS.map((s) => s.name));
    const headers = await h.port.readHeaders(SHEETS.map((s) => s.name));
    for (const spec of SHEETS) expect(headers[spec.name]).toEqual(spec.columns.map((c) => c.header));
    await h.reopen();
    const before = await h.port.readTables(SHEETS.map((s) => s.name));
    expect(await setupWorkbook(h.port)).toEqual([]);
    expect(await h.port.readTables(SHEETS.map((s) => s.name))).toEqual(before);
    expect((await h.port.applyLayout(workbookLayout())).filter((c) => c.createdSheet || c.addedColumns.length)).toEqual([]);
  });

  test("logged events come back as the same typed records, text kept as text", async () => {
    await setupWorkbook(h.port);
    await logScript(h.port);
    await h.reopen();
    const log = await readLog(h.port);
    expect(log.problems).toEqual([]);
    expect(log.customers.map((r) => [r.row, r.record.code, r.record.name])).toEqual([[2, "C001", "华东五金"], [3, "C002", "=HYPERLINK(\"x\")"]]);
    expect(log.complaints.map((r) => [r.row, r.record.description, r.record.occurredAt])).toEqual([[2, "=1+1 包装破损", utcDate(2026, 11, 20, 14, 5)]]);
    expect(log.followUps.map((r) => [r.row, r.record.description, r.record.promise ?? null, r.record.promiseDue ?? null, r.record.gradeAfter])).toEqual([
      [2, "+86 回访电话", "0075 号样品", utcDate(2026, 12, 1), "A"],
      [3, "@SUM(A1) 不是公式", null, null, "C"],
    ]);
    expect(await h.formulaAt(complaintsSheet.name, "H2")).toBeUndefined();
  });

  test("appended rows land right under the table, whatever text they hold", async () => {
    const headers = followUpsSheet.columns.map((c) => c.header);
    const row = (id: string, description: string): Cell[] => headers.map((hd) => (hd === "事件编号" ? id : hd === "事件描述" ? description : null));
    await h.seedTable(followUpsSheet.name, followUpsSheet.table, headers, [row("GJ1", "一"), row("GJ2", "二"), row("GJ3", "三")]);
    const appended = await h.port.appendRows(followUpsSheet.name, TRICKY_TEXTS.map((t, i) => row(`GJ${10 + i}`, t)));
    expect(appended).toEqual({ firstRow: 5, count: TRICKY_TEXTS.length });
    await h.reopen();
    const table = (await h.port.readTables([followUpsSheet.name]))[followUpsSheet.name]!;
    const d = headers.indexOf("事件描述");
    expect(table.rows.map((r) => r[d])).toEqual(["一", "二", "三", ...TRICKY_TEXTS]);
    expect(table.rows.map((r) => r[0])).toEqual(["GJ1", "GJ2", "GJ3", ...TRICKY_TEXTS.map((_t, i) => `GJ${10 + i}`)]);
    for (let i = 0; i < TRICKY_TEXTS.length; i++) expect(await h.formulaAt(followUpsSheet.name, `H${5 + i}`)).toBeUndefined();
    const more = await h.port.appendRows(followUpsSheet.name, [row("GJ99", "最后")]);
    expect(more.firstRow).toBe(5 + TRICKY_TEXTS.length);
  });

  test("a user column in the middle and the user's rows survive set-up and logging", async () => {
    const spec = followUpsSheet;
    const old = spec.columns.slice(0, 8).map((c) => c.header);
    const headers = [...old.slice(0, 2), "我的备注", ...old.slice(2)];
    const when = serialFromDate(utcDate(2026, 10, 1, 9, 0));
    await h.seedTable(spec.name, "MyFollowUps", headers, [["GJ-OLD-1", "C001", "老客户，别忘了", "S001", null, when, "电话", "回访", "旧记录"]]);
    const changes = await setupWorkbook(h.port);
    const mine = changes.find((c) => c.sheet === spec.name)!;
    expect(mine.createdSheet).toBe(false);
    expect(mine.addedColumns).toEqual(spec.columns.slice(8).map((c) => c.header));
    expect(await setupWorkbook(h.port)).toEqual([]);
    const result = await logEvent(h.port, "followUps", { customer: "C002", rep: "S002", occurredAt: utcDate(2026, 11, 22), description: "新记录", gradeAfter: "B", status: "已完成" }, NOW, seededRandom(3));
    expect(result).toMatchObject({ ok: true, row: 3 });
    await h.reopen();
    const table = (await h.port.readTables([spec.name]))[spec.name]!;
    expect(table.headers.slice(0, 3)).toEqual([old[0], old[1], "我的备注"]);
    expect(table.rows[0].slice(0, 4)).toEqual(["GJ-OLD-1", "C001", "老客户，别忘了", "S001"]);
    expect(table.rows[1][2] ?? "").toBe("");
    const log = await readLog(h.port);
    // The old row lacks the required 跟进后等级 and 处理状态: it stays on the sheet and is reported, not read as a record.
    expect(log.followUps.map((r) => [r.row, r.record.customer, r.record.description])).toEqual([[3, "C002", "新记录"]]);
    expect(log.problems.filter((p) => p.sheet === spec.name)).toEqual([{ sheet: spec.name, cell: "K2", row: 2, header: header(spec, "gradeAfter"), code: "required" }, { sheet: spec.name, cell: "Q2", row: 2, header: header(spec, "status"), code: "required" }]);
  });

  test("updateCells changes only the named cells, keeps text as text and clears with null", async () => {
    await setupWorkbook(h.port);
    await logScript(h.port);
    const grade = header(customersSheet, "grade");
    const name = header(customersSheet, "name");
    await h.port.updateCells(customersSheet.name, [
      { row: 3, key: rowKey(customersSheet, "C002"), header: grade, value: "D" },
      { row: 2, key: rowKey(customersSheet, "C001"), header: name, value: "=2+2" },
      { row: 2, key: rowKey(customersSheet, "C001"), header: grade, value: "E" },
      { row: 3, key: rowKey(customersSheet, "C002"), header: header(customersSheet, "rep"), value: null },
    ]);
    await h.reopen();
    const table = (await h.port.readTables([customersSheet.name]))[customersSheet.name]!;
    const at = (row: number, hd: string) => table.rows[row - 2][table.headers.indexOf(hd)];
    expect([at(2, grade), at(3, grade), at(2, name), at(3, name)]).toEqual(["E", "D", "=2+2", "=HYPERLINK(\"x\")"]);
    expect(at(3, header(customersSheet, "rep")) ?? "").toBe("");
    await expect(h.port.updateCells(customersSheet.name, [{ row: 2, key: rowKey(customersSheet, "C001"), header: "没有这一列", value: 1 }])).rejects.toThrow();
  });

  test("an update lands on the row holding its key wherever that row went, and is refused (nothing written) when the key is gone", async () => {
    await setupWorkbook(h.port);
    await logScript(h.port);
    const grade = header(customersSheet, "grade");
    // Row numbers as read before someone sorted the table the other way round.
    await h.port.updateCells(customersSheet.name, [
      { row: 3, key: rowKey(customersSheet, "C001"), header: grade, value: "D" },
      { row: 2, key: rowKey(customersSheet, "C002"), header: grade, value: "E" },
    ]);
    const read = async () => {
      await h.reopen();
      const table = (await h.port.readTables([customersSheet.name]))[customersSheet.name]!;
      return table.rows.map((r) => [r[0], r[table.headers.indexOf(grade)]]);
    };
    expect(await read()).toEqual([["C001", "D"], ["C002", "E"]]);
    const refused = h.port.updateCells(customersSheet.name, [
      { row: 2, key: rowKey(customersSheet, "C001"), header: grade, value: "A" },
      { row: 3, key: rowKey(customersSheet, "C404"), header: grade, value: "A" },
    ]);
    await expect(refused).rejects.toThrow(/C404/);
    expect(await read()).toEqual([["C001", "D"], ["C002", "E"]]);
  });

  test("the same bad cells give the same problems", async () => {
    const spec = complaintsSheet;
    const headers = spec.columns.map((c) => c.header);
    const row = (values: Record<string, Cell>): Cell[] => spec.columns.map((c) => values[c.key] ?? null);
    await h.seedTable(spec.name, spec.table, headers, [
      row({ id: "TS1", customer: "C001", rep: "S001", occurredAt: "昨天下午", description: "x", complaintKind: "产品质量", status: "处理中" }),
      row({ id: "TS2", customer: "C001", rep: "S001", occurredAt: "2026-11-20 10:00", description: "y", complaintKind: "不存在", status: "处理中" }),
      row({ id: "TS1", customer: "", rep: "S001", occurredAt: 46000, description: "z", complaintKind: "服务", status: "已完成" }),
    ]);
    await h.reopen();
    const log = await readLog(h.port);
    const mine = log.problems.filter((p) => p.sheet === spec.name).map((p) => [p.cell, p.code, p.value ?? null]);
    expect(mine).toEqual([
      ["E2", "notDate", "昨天下午"],
      ["I3", "notInList", "不存在"],
      ["B4", "required", null],
      ["A4", "duplicateId", "TS1"],
    ]);
    expect(log.complaints.map((r) => r.row)).toEqual([]);
  });

  test("writeReport replaces the sheet's content", async () => {
    await setupWorkbook(h.port);
    await h.port.writeReport({ sheet: "审计", title: "审计 第一次", blocks: [{ headers: ["问题", "单元格"], rows: [["旧的问题", { text: "投诉!F2", link: { sheet: "投诉", cell: "F2" } }], ["=1+1", 3]] }] });
    await h.port.writeReport({ sheet: "审计", title: "审计 第二次", subtitle: "2026-11-23", blocks: [{ title: "汇总", headers: ["项", "数"], rows: [["新的", 1]], numberFormats: [undefined, "0"] }] });
    await h.reopen();
    const names = await h.port.sheetNames();
    expect(names.filter((n) => n === "审计")).toHaveLength(1);
    const values = await h.sheetValues("审计");
    const texts = values.flat().filter((v) => v !== null && v !== "");
    expect(texts).toEqual(expect.arrayContaining(["审计 第二次", "2026-11-23", "汇总", "项", "数", "新的", 1]));
    expect(texts).not.toContain("旧的问题");
    expect(texts).not.toContain("审计 第一次");
  });
}

/** Sheets that exist without a table: read as the xlsx adapter reads a plain range. */
export function describePlainRangeContract(make: () => PortHarness): void {
  test("a sheet without a table reads its first filled row as headers; an empty sheet has none; a missing one is undefined", async () => {
    const h = make();
    await h.putValues("手工表", [[null, null, null], [null, "编码", "名称"], [null, "C1", "甲"], [null, "C2", "=1+1"]]);
    await h.putValues("空表", []);
    const tables = await h.port.readTables(["手工表", "空表", "不存在"]);
    expect(tables["手工表"]).toEqual({ sheet: "手工表", headers: ["编码", "名称"], rows: [["C1", "甲"], ["C2", "=1+1"]], headerRow: 2, firstColumn: 1 });
    expect(tables["空表"]).toMatchObject({ headers: [], rows: [] });
    expect(tables["不存在"]).toBeUndefined();
    const headers = await h.port.readHeaders(["手工表", "空表", "不存在"]);
    expect(headers).toEqual({ 手工表: ["编码", "名称"], 空表: undefined, 不存在: undefined });
  });
}
