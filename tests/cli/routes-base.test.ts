import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { XlsxReader } from "../../src/io/xlsx/fast-read";
import { writeLogFile } from "../support/log-file";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

/**
 * 员工's 驻地纬度/驻地经度 is where a rep's routes start (app/routes.ts repBases): S1 has a 驻地 in
 * Hangzhou, S2 has only a latitude (half a 驻地 is none) and S3 one out of range; their routes start
 * at the area's centre.
 */
test("kehu routes starts each rep's route at the 驻地 员工 gives, else at the area's centre", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "kehu-base-")), "base.xlsx");
  await writeLogFile(file, {
    staff: [
      { id: "S1", name: "甲", baseLat: 30.274085, baseLng: 120.15507 },
      { id: "S2", name: "乙", baseLat: 31.23 },
      { id: "S3", name: "丙", baseLat: 31.23, baseLng: 221.47 },
    ],
    customers: [
      { code: "K1", name: "一号", grade: "C", rep: "S1", area: "华东", lat: 30.3, lng: 120.2 },
      { code: "K2", name: "二号", grade: "C", rep: "s1", area: "华东", lat: 30.2, lng: 120.1 },
      { code: "K3", name: "三号", grade: "C", rep: "S2", area: "华东", lat: 31.2, lng: 121.4 },
      { code: "K4", name: "四号", grade: "C", rep: "S3", area: "华东", lat: 31.3, lng: 121.5 },
    ],
  });
  const run = capture();
  expect(await main(["routes", file, "--json"], run.io)).toBe(0);
  const routes = JSON.parse(run.out[0]).routes as { rep: string; depot?: { lat: number; lng: number }; depotFrom: string }[];
  expect(routes.map((r) => [r.rep.toUpperCase(), r.depotFrom])).toEqual([
    ["S1", "base"],
    ["S2", "centroid"],
    ["S3", "centroid"],
  ]);
  expect(routes[0].depot).toEqual({ lat: 30.274085, lng: 120.15507 });
  const text = capture();
  expect(await main(["routes", file], text.io)).toBe(0);
  expect(text.out.find((l) => l.includes("S1"))).toContain("从客服驻地出发");
  expect(await main(["routes", file, "--write"], capture().io)).toBe(0);
  const sheet = JSON.stringify((await (await XlsxReader.open(file)).readTables(["路序"]))["路序"]);
  expect(sheet).toContain("客服驻地");
}, 60_000);
