import { SHEETS } from "../../src/workbook";
import { headerKey } from "../../src/workbook/headers";
import type { AnyColumn } from "../../src/workbook/column";
import { eventColumnsHead, eventColumnsTail } from "../../src/workbook/sheets/event-common";

describe.each(SHEETS.map((s) => [s.name, s] as const))("sheet spec %s", (_name, spec) => {
  const columns: readonly AnyColumn[] = spec.columns;

  test("keys, Chinese headers and English headers are each unique", () => {
    for (const pick of [(c: AnyColumn) => c.key, (c: AnyColumn) => headerKey(c.header), (c: AnyColumn) => headerKey(c.headerEn)]) {
      const values = columns.map(pick);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  test("a Chinese header never equals another column's English header", () => {
    const zh = new Set(columns.map((c) => headerKey(c.header)));
    columns.forEach((c) => expect(zh.has(headerKey(c.headerEn)) && headerKey(c.headerEn) !== headerKey(c.header)).toBe(false));
  });

  test("drop-down lists are non-empty, unique, fit Excel's 255-character list limit and have English labels", () => {
    for (const c of columns.filter((c) => c.list && c.kind !== "boolean")) {
      expect(c.list!.length).toBeGreaterThan(0);
      expect(new Set(c.list).size).toBe(c.list!.length);
      expect(c.list!.join(",").length).toBeLessThanOrEqual(255);
      expect(c.listEn?.length).toBe(c.list!.length);
      for (const v of c.list!) expect(c.schema.safeParse(v).success).toBe(true);
      expect(c.schema.safeParse("不可能的值").success).toBe(false);
    }
  });

  test("event sheets carry every common event column", () => {
    if (spec.kind !== "event") return;
    const keys = columns.map((c) => c.key);
    for (const c of [...eventColumnsHead, ...eventColumnsTail]) expect(keys).toContain(c.key);
    expect(spec.idPrefix).toMatch(/^[A-Z]{2}$/);
  });
});

test("sheet names, table names and id prefixes are unique across the workbook", () => {
  for (const pick of [(s: (typeof SHEETS)[number]) => s.name, (s: (typeof SHEETS)[number]) => s.table, (s: (typeof SHEETS)[number]) => s.nameEn]) {
    const values = SHEETS.map(pick);
    expect(new Set(values).size).toBe(values.length);
  }
  const prefixes = SHEETS.map((s) => s.idPrefix).filter(Boolean);
  expect(new Set(prefixes).size).toBe(prefixes.length);
  for (const s of SHEETS) expect(s.table).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
});
