import { FunctionInputError, isCellError } from "../../src/functions/matrix";
import { routeByBearingMatrix, routeMatrix } from "../../src/functions/routes";

const show = (m: unknown[][]) => m.map((r) => r.map((c) => (isCellError(c) ? `#VALUE!(${c.message})` : c)));

describe("KH.ROUTE", () => {
  const areas = [["华东"], ["华东"], ["华东"], ["华南"], ["华东"], [""]];
  const lats = [[31.2], [31.3], [31.1], [23.1], [""], [""]];
  const lngs = [[121.4], [121.5], [121.6], [113.3], [""], [""]];

  test("route code and stop number per row; without coordinates after the swept routes; blank rows blank", () => {
    const out = routeMatrix(areas, lats, lngs, 2);
    expect(out).toHaveLength(6);
    expect(out[3]).toEqual(["华南-R01", 1]);
    expect(out[4]).toEqual(["华东-R03", 1]);
    expect(out[5]).toEqual(["", ""]);
    const swept = out.slice(0, 3).map((r) => r[0]);
    expect(new Set(swept)).toEqual(new Set(["华东-R01", "华东-R02"]));
    const stops = out.slice(0, 3).map((r) => `${r[0]}/${r[1]}`);
    expect(new Set(stops).size).toBe(3);
  });

  test("default max stops is 20: one route", () => {
    const out = routeMatrix(areas.slice(0, 3), lats.slice(0, 3), lngs.slice(0, 3));
    expect(out.map((r) => r[0])).toEqual(["华东-R01", "华东-R01", "华东-R01"]);
    expect(out.map((r) => r[1]).sort()).toEqual([1, 2, 3]);
  });

  test("bad coordinates are #VALUE! in that row only", () => {
    const out = show(routeMatrix([["华东"], ["华东"], ["华东"]], [[95], [31.2], [31]], [[121], [""], [121]]));
    expect(out[0]).toEqual(["#VALUE!(纬度超出范围（±90）)", "#VALUE!(纬度超出范围（±90）)"]);
    expect(out[1]).toEqual(["#VALUE!(纬度和经度须同时填写)", "#VALUE!(纬度和经度须同时填写)"]);
    expect(out[2]).toEqual(["华东-R01", 1]);
  });

  test.each([
    ["max stops 0", [0, null, null], "每条路线最多站数必须是正整数"],
    ["only a depot latitude", [null, 31, null], "出发点须同时给出纬度和经度"],
    ["a depot off the globe", [null, 31, 200], "出发点坐标超出范围（纬度 −90…90，经度 −180…180）"],
  ] as [string, unknown[], string][])("%s fails the call", (_n, [max, dlat, dlng], message) => {
    expect(() => routeMatrix([["华东"]], [[31]], [[121]], max, dlat, dlng)).toThrow(new FunctionInputError(message));
  });

  test("empty input gives an empty result", () => {
    expect(routeMatrix([[""]], [[""]], [[""]])).toEqual([["", ""]]);
  });
});

describe("KH.ROUTEBYBEARING", () => {
  test("area → district → bearing, stable order", () => {
    const out = routeByBearingMatrix(
      [["华东"], ["华东"], ["华东"], ["华南"], ["华东"]],
      [["浦东"], ["闵行"], ["浦东"], ["天河"], ["浦东"]],
      [["北"], ["东"], ["东"], ["中"], ["东"]],
      2,
    );
    expect(out).toEqual([["华东-R02", 1], ["华东-R03", 1], ["华东-R01", 1], ["华南-R01", 1], ["华东-R01", 2]]);
  });

  test("an unknown bearing word is #VALUE! in its row", () => {
    const out = show(routeByBearingMatrix([["华东"], ["华东"]], [["浦东"], ["浦东"]], [["上"], ["东"]]));
    expect(out[0][0]).toMatch(/方位“上”无效/);
    expect(out[1]).toEqual(["华东-R01", 1]);
  });

  test("districts and bearings may be blank", () => {
    expect(routeByBearingMatrix([["华东"], [""]], [[""], [""]], [[""], [""]])).toEqual([["华东-R01", 1], ["", ""]]);
  });
});
