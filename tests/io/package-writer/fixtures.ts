import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { setupWorkbook } from "../../../src/app/setup";
import { appendRecords } from "../../../src/app/write-log";
import { utcDate } from "../../../src/domain/time";
import { XlsxWorkbook } from "../../../src/io/xlsx/xlsx-workbook";
import { ZipParts } from "../../../src/io/xlsx/fast-zip";
import { readPackageMap } from "../../../src/io/xlsx/fast-package";

export const TODAY = "2026-11-23";

/** A small log made by our own exceljs writer: ABC classes to correct, two reps, follow-ups. */
export async function exceljsLog(file: string): Promise<void> {
  const wb = XlsxWorkbook.create();
  await setupWorkbook(wb);
  const base = { rep: "S001", status: "已完成" as const, description: "x" };
  await appendRecords(wb, {
    staff: [
      { id: "S001", name: "张三", department: "华东" },
      { id: "S002", name: "李四", department: "华东" },
    ],
    customers: [
      { code: "K1", name: "甲公司", grade: "B", rep: "S001", area: "华东", lat: 31.2, lng: 121.4, lastFollowUp: utcDate(2026, 11, 1), abc: "C" },
      { code: "K2", name: "乙公司", grade: "A", rep: "S002", area: "华东", lat: 31.3, lng: 121.5, abc: "C" },
      { code: "K3", name: "丙公司", grade: "D", rep: "S001", area: "华南", district: "天河", bearing: "东", lastFollowUp: utcDate(2026, 11, 20), abc: "C" },
    ],
    transactions: [
      { ...base, id: "WL1", customer: "K1", occurredAt: utcDate(2026, 5, 1), txType: "订单", amount: 900 },
      { ...base, id: "WL2", customer: "K2", occurredAt: utcDate(2026, 5, 1), txType: "订单", amount: 100 },
    ],
    followUps: [{ ...base, id: "GJ1", customer: "K2", rep: "S002", occurredAt: utcDate(2026, 11, 21, 10), gradeAfter: "A" }],
  });
  await wb.save(file, { overwrite: true });
}

/**
 * What Excel leaves in a supervisor's copy that we never write: a chart and its drawing, a pivot
 * cache, custom XML, a binary vendor part, defined names; added to our package with Python's zipfile
 * (an independent zip writer), the workbook part edited as Excel would list them.
 */
export function excelLike(source: string, file: string): void {
  const script = `
import zipfile, sys
src, dst = sys.argv[1], sys.argv[2]
zin = zipfile.ZipFile(src)
zout = zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    data = zin.read(item.filename)
    if item.filename == "xl/workbook.xml":
        names = '<definedNames><definedName name="Big">客户档案!$A$2:$A$4</definedName><definedName name="Rate">0.13</definedName><definedName name="Local" localSheetId="0">客户档案!$B$2</definedName></definedNames>'
        text = data.decode("utf8")
        text = text.replace("<definedNames/>", "").replace("</sheets>", "</sheets>" + names, 1) if "<definedNames>" not in text else text
        data = text.encode("utf8")
    if item.filename == "[Content_Types].xml":
        data = data.replace(b"</Types>", b'<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Default Extension="bin" ContentType="application/octet-stream"/></Types>')
    zout.writestr(item, data)
zout.writestr("xl/charts/chart1.xml", '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart/></c:chartSpace>')
zout.writestr("xl/pivotCache/pivotCacheDefinition1.xml", '<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')
zout.writestr("customXml/item1.xml", '<kehu-vendor>keep me</kehu-vendor>')
zout.writestr("xl/vendor/blob.bin", bytes(range(256)) * 64)
zout.close()
`;
  execFileSync("python3", ["-c", script, source, file]);
}

/** The same log after LibreOffice has opened and saved it. */
export function libreOfficeSaved(source: string, file: string): void {
  const out = mkdtempSync(join(tmpdir(), "kehu-lo-"));
  const profile = mkdtempSync(join(tmpdir(), "kehu-lo-profile-"));
  const staged = join(out, "src");
  execFileSync("mkdir", ["-p", staged]);
  const input = join(staged, "lo.xlsx");
  writeFileSync(input, readFileSync(source));
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", out, input], { stdio: "pipe", timeout: 180_000 });
  renameSync(join(out, "lo.xlsx"), file);
}

/** The same log opened and saved by openpyxl, with a chart, an image, comments, defined names and a conditional format added. */
export function openpyxlSaved(source: string, file: string, python = "python3"): void {
  const script = `
import sys
from openpyxl import load_workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.formatting.rule import DataBarRule
wb = load_workbook(sys.argv[1])
ws = wb["客户档案"]
ws["B2"].comment = Comment("主管批注", "主管")
ws.conditional_formatting.add("A2:A100", DataBarRule(start_type="min", end_type="max", color="FF638EC6"))
chart = BarChart()
chart.add_data(Reference(ws, min_col=1, min_row=1, max_row=4))
user = wb.create_sheet("主管")
user["A1"] = "主管自己的表"
user.add_chart(chart, "C3")
try:
    from openpyxl.drawing.image import Image
    import base64, io
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
    user.add_image(Image(io.BytesIO(png)), "A5")
except Exception:
    pass
dn = DefinedName("Top", attr_text="客户档案!$A$2")
try:
    wb.defined_names["Top"] = dn
except (TypeError, AttributeError):
    wb.defined_names.append(dn)
wb.save(sys.argv[2])
`;
  execFileSync(python, ["-c", script, source, file], { stdio: "pipe" });
}

/** Sheet name -> worksheet part name, as the package's workbook part says. */
export async function sheetParts(file: string): Promise<Map<string, string>> {
  const map = await readPackageMap(await ZipParts.fromBuffer(readFileSync(file)));
  return new Map(map.sheets.map((s) => [s.name, s.path]));
}
