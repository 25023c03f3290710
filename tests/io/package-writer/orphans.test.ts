/**
 * A generated sheet (路序 here) is replaced as a whole part: whatever hung off the old one — a
 * drawing with a chart and an image, comments — leaves the package with it, relationships and
 * content types included, while a user sheet's own chart stays byte for byte.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../../src/cli/main";
import { relationshipsOf } from "../../../src/io/xlsx/fast-package";
import { ZipParts } from "../../../src/io/xlsx/fast-zip";
import { openpyxlPython, partsOf, rewritePackage } from "../../support/package-snapshot";
import { exceljsLog, sheetParts, TODAY } from "./fixtures";

const python = openpyxlPython();
const dir = mkdtempSync(join(tmpdir(), "kehu-orphans-"));
const quiet = { out: () => undefined, err: (s: string) => void errors.push(s) };
const errors: string[] = [];
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

/** Adds a chart and a comment to 路序, and a chart to a user sheet 主管 (openpyxl saves the whole workbook). */
const DECORATE = `
import sys
from openpyxl import load_workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
wb = load_workbook(sys.argv[1])
ws = wb["路序"]
chart = BarChart()
chart.add_data(Reference(ws, min_col=1, min_row=1, max_row=4))
ws.add_chart(chart, "H2")
ws["A1"].comment = Comment("旧路序的批注", "主管")
user = wb.create_sheet("主管")
user["A1"] = 1
mine = BarChart()
mine.add_data(Reference(user, min_col=1, min_row=1, max_row=1))
user.add_chart(mine, "C3")
wb.save(sys.argv[2])
`;

/** Every part the package's relationships reach from its root, keys lower-cased. */
async function reachableParts(zip: ZipParts): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [""];
  while (queue.length > 0) {
    for (const rel of await relationshipsOf(zip, queue.pop()!)) {
      if (seen.has(rel.target.toLowerCase())) continue;
      seen.add(rel.target.toLowerCase());
      queue.push(rel.target);
    }
  }
  return seen;
}

async function packageFacts(file: string) {
  const zip = await ZipParts.fromBuffer(readFileSync(file));
  const names = zip.names().map((n) => n.toLowerCase());
  const reached = await reachableParts(zip);
  const types = (await zip.text("[Content_Types].xml")) ?? "";
  const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1].toLowerCase());
  return {
    names,
    /** Parts (not .rels, not content types) no relationship reaches. */
    unreached: names.filter((n) => !n.endsWith(".rels") && n !== "[content_types].xml" && !n.endsWith("/") && !reached.has(n)),
    /** Relationship targets the package does not hold. */
    dangling: [...reached].filter((n) => !zip.has(n)),
    /** Content-type overrides for parts the package does not hold. */
    staleTypes: overrides.filter((n) => !zip.has(n)),
    charts: names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)),
  };
}

(python ? test : test.skip)(
  "routes --write replacing a 路序 that had a chart, an image and comments leaves no orphan part, relationship or content type",
  async () => {
    const log = join(dir, "log.xlsx");
    await exceljsLog(log);
    expect(await main(["routes", log, "--write", "--today", TODAY], quiet)).toBe(0);
    const charted = join(dir, "charted.xlsx");
    execFileSync(python!, ["-c", DECORATE, log, charted], { stdio: "pipe" });
    // images (openpyxl needs Pillow for them): one only 路序's drawing shows, one both drawings show
    const chartedZip = await ZipParts.fromBuffer(readFileSync(charted));
    const drawingOf = async (sheet: string) => (await relationshipsOf(chartedZip, (await sheetParts(charted)).get(sheet)!)).find((r) => /\/drawing$/.test(r.type))!.target;
    const [routesDrawing, userDrawing] = [await drawingOf("路序"), await drawingOf("主管")];
    const image = (id: string, name: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/${name}"/>`;
    const relsOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");
    const decorated = join(dir, "decorated.xlsx");
    await rewritePackage(
      charted,
      decorated,
      (name, data) =>
        name === relsOf(routesDrawing)
          ? data.toString("utf8").replace("</Relationships>", `${image("rIdA", "only-routes.png")}${image("rIdB", "shared.png")}</Relationships>`)
          : name === relsOf(userDrawing)
            ? data.toString("utf8").replace("</Relationships>", `${image("rIdB", "shared.png")}</Relationships>`)
            : data,
      { "xl/media/only-routes.png": PNG, "xl/media/shared.png": PNG },
    );

    const before = await packageFacts(decorated);
    expect(before.charts).toHaveLength(2);
    expect(before.names.some((n) => n.startsWith("xl/media/"))).toBe(true);
    expect(before.names.some((n) => /comments/.test(n))).toBe(true);
    expect(before.unreached).toEqual([]);
    const userChart = (await relationshipsOf(chartedZip, userDrawing)).find((r) => /\/chart$/.test(r.type))!.target;
    const partsBefore = await partsOf(decorated);

    expect(await main(["routes", decorated, "--write", "--today", TODAY], quiet)).toBe(0);
    expect(errors).toEqual([]);

    const after = await packageFacts(decorated);
    expect(after.unreached).toEqual([]);
    expect(after.dangling).toEqual([]);
    expect(after.staleTypes).toEqual([]);
    expect(after.charts).toEqual([userChart.toLowerCase()]);
    expect(after.names.filter((n) => n.startsWith("xl/media/"))).toEqual(["xl/media/shared.png"]);
    expect(after.names.some((n) => /comments/.test(n))).toBe(false);
    // the new 路序 has no relationships; the user's sheet keeps its drawing and chart as they were
    const routesSheet = (await sheetParts(decorated)).get("路序")!;
    expect(after.names).not.toContain(routesSheet.replace(/([^/]+)$/, "_rels/$1.rels").toLowerCase());
    const partsAfter = await partsOf(decorated);
    for (const part of [userDrawing, userChart, relsOf(userDrawing), "xl/media/shared.png"]) expect(partsAfter.get(part)).toEqual(partsBefore.get(part));
  },
  120_000,
);
