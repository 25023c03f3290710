/**
 * The custom functions as Excel loads them: functions.ts bundled by webpack with
 * custom-functions-metadata-plugin (as webpack.config.js does), then run in a fresh context with
 * a stand-in CustomFunctions that records every associate call.
 */
import { readFileSync } from "fs";
import path from "path";
import vm from "vm";
import webpack from "webpack";
import { transactionsSheet } from "../../src/workbook";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const ROOT = path.join(__dirname, "..", "..");
const OUT = path.join(ROOT, "test-output", "functions-bundle");

function build(): Promise<void> {
  const config: webpack.Configuration = {
    mode: "development",
    devtool: false,
    context: ROOT,
    entry: { functions: "./src/functions/functions.ts" },
    output: { path: OUT, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } } }] },
    plugins: [new CustomFunctionsMetadataPlugin({ input: path.join(ROOT, "src/functions/functions.ts"), output: "functions.json" })],
    stats: "errors-only",
    infrastructureLogging: { level: "error" },
  };
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

class StubError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

type Fn = (...args: unknown[]) => unknown;
const associated = new Map<string, Fn>();
let metadataIds: string[] = [];

beforeAll(async () => {
  await build();
  metadataIds = (JSON.parse(readFileSync(path.join(OUT, "functions.json"), "utf8")) as { functions: { id: string }[] }).functions.map((f) => f.id);
  const context = vm.createContext({
    CustomFunctions: { associate: (id: string, fn: Fn) => associated.set(id, fn), Error: StubError, ErrorCode: { invalidValue: "#VALUE!" } },
  });
  vm.runInContext(readFileSync(path.join(OUT, "functions.js"), "utf8"), context);
}, 180_000);

test("every id in functions.json is associated in the bundle, and nothing else", () => {
  expect(metadataIds.length).toBeGreaterThan(0);
  expect([...associated.keys()].sort()).toEqual([...metadataIds].sort());
});

test("the associated functions are the real ones", () => {
  expect(associated.get("ABC")!([[100], [50], [30], [20]])).toEqual([["A"], ["A"], ["B"], ["B"]]);
  expect(associated.get("CADENCE")!([["E"]])).toEqual([[365]]);
  expect(associated.get("ROUTEBYBEARING")!([["华东"]], [["浦东"]], [["东"]])).toEqual([["华东-R01", 1]]);
  const tx = [transactionsSheet.columns.map((c) => c.header), ["WL1", "K", "S1", null, 46000, null, null, "发货", "发货", null, null, null, null, null, 120, null, null, "已完成", null, null]];
  expect(associated.get("BALANCE")!([["K"]], tx)).toEqual([[120]]);
  let thrown: unknown;
  try {
    associated.get("ABC")!([[1, 2], [3, 4]]);
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toEqual(new StubError("#VALUE!", "销售额必须是一列或一行"));
});
