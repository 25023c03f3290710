import path from "path";
import webpack from "webpack";

const ROOT = path.join(__dirname, "..", "..");
export const OUT = path.join(ROOT, "test-output", "browser");

function compile(config: webpack.Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/**
 * Builds what the browser tests load: the add-in exactly as `npm run build` makes it (into
 * test-output/browser/addin, so dist/ is left alone) and the office.js stand-in with the fake.
 */
export async function buildForBrowser(): Promise<{ addin: string; stub: string }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const addinConfig = (require(path.join(ROOT, "webpack.config.js")) as (env: unknown, argv: { mode: string }) => webpack.Configuration)({}, { mode: "production" });
  const addin = path.join(OUT, "addin");
  const stubConfig: webpack.Configuration = {
    mode: "development",
    devtool: false,
    context: ROOT,
    entry: { "office-stub": "./tests/browser/office-stub.ts" },
    output: { path: OUT, filename: "[name].js" },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } } }] },
    stats: "errors-only",
    infrastructureLogging: { level: "error" },
  };
  await Promise.all([compile({ ...addinConfig, output: { ...addinConfig.output, path: addin } }), compile(stubConfig)]);
  return { addin, stub: path.join(OUT, "office-stub.js") };
}
