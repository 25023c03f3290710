import fc from "fast-check";
import { readNumber } from "../../src/io/xlsx/fast-sheet";
import { attributes, decodeXmlText, findLastStartTag, findStartTag, rootPrefix, stringItemText } from "../../src/io/xlsx/fast-xml";
import { resolvePartPath } from "../../src/io/xlsx/fast-package";

describe("fast reader scanner pieces", () => {
  test("readNumber reads what parseFloat reads, for any number text Excel or LibreOffice writes", () => {
    const decimals = fc.tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,17}$/), fc.option(fc.stringMatching(/^[0-9]{0,17}$/))).map(([neg, int, frac]) => `${neg ? "-" : ""}${int}${frac === null ? "" : `.${frac}`}`);
    const doubles = fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => String(d));
    fc.assert(
      fc.property(fc.oneof(decimals, doubles, fc.constantFrom("1E-007", "2.5E+3", "46095.3958333333", "-0", ".5", "1.", "007")), (text) => {
        const xml = `<v>${text}</v>`;
        expect(Object.is(readNumber(xml, 3, 3 + text.length), parseFloat(text))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test("text is decoded as an XML parser decodes it", () => {
    expect(decodeXmlText("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#20013;&#x6587; &#x1F600;")).toBe("a & b <c> \"d\" 'e' 中文 😀");
    expect(decodeXmlText("line1\r\nline2\rline3")).toBe("line1\nline2\nline3");
    expect(decodeXmlText("&amp;lt; stays one level")).toBe("&lt; stays one level");
    expect(decodeXmlText("no entities")).toBe("no entities");
  });

  test("tags are found whole (<row> but not <rowBreaks>), with or without a namespace prefix", () => {
    const xml = '<x:worksheet><x:sheetData><x:row r="1"/><x:row r="2"></x:row></x:sheetData><x:rowBreaks count="1"/></x:worksheet>';
    expect(rootPrefix(xml)).toBe("x:");
    expect(rootPrefix('<?xml version="1.0"?>\n<!-- c --><worksheet xmlns="m">')).toBe("");
    const first = findStartTag(xml, "x:row", 0);
    expect(xml.slice(first, first + 13)).toBe('<x:row r="1"/');
    expect(findLastStartTag(xml, "x:row")).toBe(xml.indexOf('<x:row r="2"'));
    expect(findStartTag(xml, "x:row", xml.indexOf("</x:sheetData>"))).toBe(-1);
    expect(attributes('<sheet name="A&amp;B" sheetId="3" r:id=\'rId7\'/>', 0)).toEqual({ name: "A&B", sheetId: "3", "r:id": "rId7" });
  });

  test("a string item joins its runs and leaves phonetic runs out", () => {
    const si = '<r><rPr><b/></rPr><t>东京</t></r><r><t xml:space="preserve"> 支店 </t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>';
    expect(stringItemText(si, 0, si.length, "")).toBe("东京 支店 ");
    expect(stringItemText("<t>a_x000D_b_x005F_x0041_</t>", 0, 30, "")).toBe("a\rb_x0041_");
    expect(stringItemText("<t/>", 0, 4, "")).toBe("");
  });

  test("relationship targets resolve against the part that names them", () => {
    expect(resolvePartPath("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolvePartPath("xl/worksheets/sheet1.xml", "../tables/table1.xml")).toBe("xl/tables/table1.xml");
    expect(resolvePartPath("xl/workbook.xml", "/xl/worksheets/sheet2.xml")).toBe("xl/worksheets/sheet2.xml");
    expect(resolvePartPath("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  });
});
