import type { Cell } from "../../../src/workbook/cell";
import { SheetRewriter, type CellEdit, type SheetEdit } from "../../../src/io/xlsx/package-writer/sheet-edit";

/** A worksheet of `rows` rows (A: code, B: name styled 2), some rows without their r attribute. */
function sheetXml(rows: number): string {
  let data = "";
  for (let r = 2; r <= rows + 1; r++) {
    const at = r % 7 === 0 ? "" : ` r="${r}"`;
    data += `<row${at}><c r="A${r}" s="1" t="inlineStr"><is><t>K${r}</t></is></c><c r="B${r}" s="2"><v>${r}</v></c></row>`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B${rows + 1}"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>客户编码</t></is></c></row>${data}</sheetData><mergeCells count="1"><mergeCell ref="D1:E1"/></mergeCells></worksheet>`;
}

function edit(rows: number): SheetEdit {
  return {
    sheet: "客户档案",
    cells: new Map<number, Map<number, CellEdit>>([
      [21, new Map([[1, { value: "二十一" }]])],
      [rows + 2, new Map([[1, { value: 99 }]])],
    ]),
    appended: { firstRow: rows + 2, firstColumn: 0, rows: [["N1", null], ["N2", 3]], formulas: new Map() },
    templateRow: rows + 1,
    lastRow: rows + 3,
  };
}

async function rewrite(xml: string, chunk: number, rows: number): Promise<string> {
  async function* chunks() {
    for (let i = 0; i < xml.length; i += chunk) yield xml.slice(i, i + chunk);
  }
  let out = "";
  for await (const piece of new SheetRewriter(edit(rows)).rewrite(chunks())) out += piece;
  return out;
}

describe("SheetRewriter", () => {
  test("a sheet streamed in small pieces comes out as the same sheet read whole: untouched stretches passed on, edits and appends in place", async () => {
    const rows = 400;
    const xml = sheetXml(rows);
    const whole = await rewrite(xml, xml.length, rows);
    for (const chunk of [53, 500, 4096]) expect(await rewrite(xml, chunk, rows)).toBe(whole);
    expect(whole).toContain(`<c r="B21" s="2" t="inlineStr"><is><t>二十一</t></is></c>`);
    // appended rows take the template row's styles; an update on an appended row wins over its value
    expect(whole).toContain(`<row r="402"><c r="A402" s="1" t="inlineStr"><is><t>N1</t></is></c><c r="B402" s="2"><v>99</v></c></row>`);
    expect(whole).toContain(`<row r="403"><c r="A403" s="1" t="inlineStr"><is><t>N2</t></is></c><c r="B403" s="2"><v>3</v></c></row></sheetData>`);
    expect(whole).toContain(`<dimension ref="A1:B403"/>`);
    // everything else as it was
    expect(whole.replace(/<c r="B21"[^]*?<\/c>/, "").replace(/<row r="402">[^]*<\/sheetData>/, "</sheetData>").replace("A1:B403", "A1:B401")).toBe(
      xml.replace(/<c r="B21"[^]*?<\/c>/, ""),
    );
  });

  test("appended rows are written cell for cell as the same values given as edits of new rows (styles, 1904 dates, formulas, odd text)", async () => {
    const values: Cell[][] = [
      [" lead", 45717.35486111111, null, true],
      ["trail\u3000", 1.5, "", false],
      ["a_x0041_b\u0001<&>", -0, "x", null],
      ["\u00a0", 1e21, null, "尾 "],
    ];
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="2" max="2" style="5"/></cols><sheetData><row r="1"><c r="A1" s="3"><v>1</v></c><c r="C1" s="7"/></row></sheetData></worksheet>`;
    const base = { sheet: "往来帐", templateRow: 1, lastRow: 5, dateStyles1904: [false, false, false, false, false, true] };
    const appended: SheetEdit = { ...base, cells: new Map(), appended: { firstRow: 2, firstColumn: 0, rows: values, formulas: new Map([[2, "B2*2"]]) } };
    const asEdits: SheetEdit = {
      ...base,
      cells: new Map(values.map((row, i) => [i + 2, new Map(row.map((value, c): [number, CellEdit] => [c, c === 2 && (value === null || value === "") ? { value, formula: "B2*2" } : { value }]))])),
    };
    const run = async (e: SheetEdit) => {
      let out = "";
      for await (const piece of new SheetRewriter(e).rewrite((async function* () { yield xml; })())) out += piece;
      return out;
    };
    const written = await run(appended);
    expect(written).toBe(await run(asEdits));
    expect(written).toContain(`<c r="A2" s="3" t="inlineStr"><is><t xml:space="preserve"> lead</t></is></c><c r="B2" s="5"><v>44255.35486111111</v></c>`);
    expect(written).toContain(`<c r="C3" s="7"><f>B2*2</f></c>`);
    expect(written).toContain(`<t>a_x005F_x0041_b_x0001_&lt;&amp;&gt;</t>`);
    expect(written).toContain(`<c r="A5" s="3" t="inlineStr"><is><t xml:space="preserve">\u00a0</t>`);
  });
});
