import { generateDemoLog, PLANT_KINDS, PLANT_LABELS, summarizeDemo, type DemoLog } from "../../src/demo";
import { AREAS } from "../../src/demo/places";
import { sheetByKey, SHEETS } from "../../src/workbook";
import { columnLetter } from "../../src/workbook/cell";
import { parseSheet } from "../../src/workbook/codec/parse";
import { encodeRecordInSpecOrder } from "../../src/workbook/codec/record";
import { validateRecord } from "../../src/workbook/codec/validate";

const TODAY = new Date(Date.UTC(2026, 10, 23, 10, 30));
let log: DemoLog;

beforeAll(() => {
  log = generateDemoLog({ customers: 300, seed: 42, today: TODAY });
});

describe("generateDemoLog: what the workbook gets", () => {
  test("fills every sheet but 设置, and summarizeDemo counts the rows in workbook order", () => {
    const summary = summarizeDemo(log);
    expect(summary.map((s) => s.sheetKey)).toEqual(SHEETS.filter((s) => s.key !== "settings").map((s) => s.key));
    for (const s of summary) expect(s.rows).toBe(log.records[s.sheetKey].length);
    expect(log.records.customers).toHaveLength(300);
    for (const key of ["transactions", "samples", "invoices", "returns", "complaints", "marketSupport", "followUps"]) {
      expect(log.records[key].length).toBeGreaterThan(10);
    }
  });

  test("planted: every kind is counted, labelled, and listed where it is", () => {
    expect(Object.keys(log.planted).sort()).toEqual([...PLANT_KINDS].sort());
    for (const kind of PLANT_KINDS) {
      expect(PLANT_LABELS[kind].zh).toMatch(/\p{Script=Han}/u);
      expect(log.plantedIn[kind]).toHaveLength(log.planted[kind]);
      expect(new Set(log.plantedIn[kind]).size).toBe(log.planted[kind]);
      expect(log.planted[kind]).toBeGreaterThan(0);
    }
  });

  test("every record passes validateRecord against its sheet", () => {
    const failures: string[] = [];
    for (const [key, rows] of Object.entries(log.records)) {
      const spec = sheetByKey(key)!;
      expect(spec).toBeDefined();
      rows.forEach((r, i) => {
        const checked = validateRecord(spec, r);
        if (!checked.ok) failures.push(`${key}[${i}]: ${JSON.stringify(checked.problems[0])}`);
      });
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  test("the faults are the only bad cells: parseSheet reports exactly them after they are written", () => {
    expect(log.faults.length).toBeGreaterThanOrEqual(12);
    expect(log.planted.faults).toBe(log.faults.length);
    const faultSheets = new Set(log.faults.map((f) => f.sheetKey));
    expect(faultSheets.size).toBeGreaterThanOrEqual(7);
    for (const [key, records] of Object.entries(log.records)) {
      const spec = sheetByKey(key)!;
      const rows = records.map((r) => encodeRecordInSpecOrder(spec, r));
      const expected: string[] = [];
      for (const f of log.faults.filter((f) => f.sheetKey === key)) {
        const col = spec.columns.findIndex((c) => c.key === f.columnKey);
        expect(col).toBeGreaterThanOrEqual(0);
        rows[f.index][col] = f.raw;
        expected.push(`${columnLetter(col)}${f.index + 2}`);
      }
      const parsed = parseSheet(spec, { sheet: spec.name, headers: spec.columns.map((c) => c.header), rows, headerRow: 1, firstColumn: 0 });
      expect(parsed.problems.map((p) => p.cell).sort()).toEqual(expected.sort());
    }
  });

  test("is deterministic from the seed", () => {
    const again = generateDemoLog({ customers: 300, seed: 42, today: TODAY });
    expect(again.records.customers).toEqual(log.records.customers);
    expect(again.records.transactions.length).toBe(log.records.transactions.length);
    expect(again.records.followUps.slice(-50)).toEqual(log.records.followUps.slice(-50));
    expect(again.faults).toEqual(log.faults);
    expect(again.planted).toEqual(log.planted);
    const other = generateDemoLog({ customers: 300, seed: 43, today: TODAY });
    expect(other.records.customers.map((c) => c.name)).not.toEqual(log.records.customers.map((c) => c.name));
  });

  test("nothing happens after today, and the log starts 12 complete months back", () => {
    const start = Date.UTC(2025, 10, 1);
    for (const [key, rows] of Object.entries(log.records)) {
      for (const r of rows) {
        if (!(r.occurredAt instanceof Date)) continue;
        if (r.occurredAt.getTime() > TODAY.getTime() || r.occurredAt.getTime() < start) throw new Error(`${key} ${String(r.id)} at ${r.occurredAt.toISOString()}`);
        if (r.feedbackAt instanceof Date && r.feedbackAt.getTime() > TODAY.getTime()) throw new Error(`${key} ${String(r.id)} feedback in the future`);
      }
    }
    const months = new Set(log.records.transactions.map((t) => (t.occurredAt as Date).toISOString().slice(0, 7)));
    expect(months.size).toBe(13);
  });

  test("works for a handful of customers and for 2000", () => {
    for (const n of [1, 3, 2000]) {
      const small = generateDemoLog({ customers: n, seed: 1, today: TODAY });
      expect(small.records.customers).toHaveLength(n);
      for (const f of small.faults) expect(small.records[f.sheetKey][f.index]).toBeDefined();
    }
  });
});

describe("generateDemoLog: realistic data", () => {
  test("customers are companies in the six areas with coordinates, 片区 and a 方位 that matches the position", () => {
    const customers = log.records.customers;
    for (const place of AREAS.flatMap((a) => a.places)) expect(place.areaCode).toMatch(/^0\d{2,3}$/);
    expect(new Set(customers.map((c) => c.area))).toEqual(new Set(AREAS.map((a) => a.name)));
    expect(new Set(customers.map((c) => c.name)).size).toBe(customers.length);
    for (const c of customers) {
      expect(String(c.name)).toMatch(/^(\p{Script=Han})+(有限公司|商行|店)$/u);
      const area = AREAS.find((a) => a.name === c.area)!;
      expect(area.places.map((p) => p.district)).toContain(c.district);
      const [lat, lng, bearing] = [c.lat as number, c.lng as number, c.bearing as string];
      const dLat = lat - area.lat;
      const dLng = lng - area.lng;
      expect(Math.hypot(dLat, dLng)).toBeLessThan(12);
      if (bearing === "中") continue;
      if (bearing.includes("北")) expect(dLat).toBeGreaterThan(0);
      if (bearing.includes("南")) expect(dLat).toBeLessThan(0);
      if (bearing.includes("东")) expect(dLng).toBeGreaterThan(0);
      if (bearing.includes("西")) expect(dLng).toBeLessThan(0);
      expect(String(c.phone)).toMatch(/^(1\d{10}|0\d{2,3}-\d{7,8})$/);
    }
  });

  test("grades A–E in a realistic mix; reps are active staff with 工号 under one manager (but the one planted leaver's customer)", () => {
    const counts = new Map<string, number>();
    for (const c of log.records.customers) counts.set(c.grade as string, (counts.get(c.grade as string) ?? 0) + 1);
    for (const g of ["A", "B", "C", "D", "E"]) expect(counts.get(g) ?? 0).toBeGreaterThan(0);
    expect(counts.get("A")!).toBeLessThan(counts.get("D")!);
    const staff = log.records.staff;
    expect(staff.length).toBeGreaterThanOrEqual(6);
    expect(staff.length).toBeLessThanOrEqual(10);
    const managers = staff.filter((s) => !s.manager);
    expect(managers).toHaveLength(1);
    for (const s of staff) expect(s.id).toMatch(/^S\d{3}$/);
    const active = new Set(staff.filter((s) => s.active).map((s) => s.id));
    // every customer's rep is active but the one planted customer the handover missed (its rep left)
    const gone = log.records.customers.filter((c) => !active.has(c.rep as string)).map((c) => c.code);
    expect(gone).toEqual(log.plantedIn.repGone);
    const codes = new Set(log.records.customers.map((c) => c.code));
    const ids = new Set(staff.map((s) => s.id));
    const strangers: string[] = [];
    for (const key of ["transactions", "samples", "invoices", "returns", "complaints", "marketSupport", "followUps"]) {
      for (const r of log.records[key]) {
        if (!codes.has(r.customer) || !ids.has(r.rep as string)) strangers.push(`${key} ${String(r.id)}`);
      }
    }
    expect(strangers).toEqual([]);
  });

  test("sales are skewed: the top fifth of customers make most of the orders", () => {
    const byCustomer = new Map<string, number>();
    for (const t of log.records.transactions) if (t.txType === "订单") byCustomer.set(t.customer as string, (byCustomer.get(t.customer as string) ?? 0) + (t.amount as number));
    const amounts = [...byCustomer.values()].sort((a, b) => b - a);
    const total = amounts.reduce((a, b) => a + b, 0);
    const top = amounts.slice(0, Math.ceil(amounts.length / 5)).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(0.55);
    expect(new Set(log.records.transactions.map((t) => t.txType))).toEqual(new Set(["订单", "发货", "回款"]));
    expect(new Set(log.records.transactions.map((t) => t.productCategory).filter(Boolean)).size).toBe(5);
  });
});
