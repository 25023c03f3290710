/**
 * Builds the add-in into dist/: the shared-runtime page taskpane.html with its three bundles
 * (functions.js, commands.js, taskpane.js), functions.json generated from the JSDoc of
 * src/functions/functions.ts, manifest.xml (URLs rewritten when PROD_URL is set, scripts/prod-manifest.js),
 * the support page and the icons.
 * What it emits is declared in scripts/addin-files.js; the build fails if a declared file is missing.
 *
 *   npx webpack --mode production          minified, quiet
 *   PROD_URL=https://example.com/kehu npx webpack --mode production
 *   npx webpack serve --mode development   dev server on port 3000 (npm start wraps it)
 *
 * ts-loader only transpiles (transpileOnly); `tsc --noEmit` type-checks.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { WebpackError } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const files = require("./scripts/addin-files");
const prodManifest = require("./scripts/prod-manifest");

const DEV_PORT = Number(new URL(files.DEV_ORIGIN).port);
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/** The office-addin-dev-certs files, or null. (Its getHttpsServerOptions() throws where it cannot trust them.) */
function devCertificates() {
  const names = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const paths = Object.values(names).map((name) => path.join(CERT_DIR, name));
  if (!paths.every((p) => fs.existsSync(p))) return null;
  return Object.fromEntries(Object.entries(names).map(([k, name]) => [k, fs.readFileSync(path.join(CERT_DIR, name))]));
}

/** PROD_URL, checked (scripts/prod-manifest.js), or null when unset. */
function productionUrl() {
  const raw = (process.env.PROD_URL || "").trim();
  return raw ? prodManifest.productionUrl(raw) : null;
}

/** Fails the build when a file scripts/addin-files.js promises was not emitted. */
class DeclaredFilesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("DeclaredFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "DeclaredFilesPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const missing = files.emittedFiles().filter((name) => !(name in assets));
          if (missing.length > 0) {
            compilation.errors.push(new WebpackError(`scripts/addin-files.js lists files the build did not emit: ${missing.join(", ")}`));
          }
        },
      );
    });
  }
}

module.exports = (_env, argv) => {
  const dev = argv.mode !== "production";
  const prodUrl = productionUrl();
  const certs = dev ? devCertificates() : null;
  return {
    mode: dev ? "development" : "production",
    context: __dirname,
    devtool: dev ? "source-map" : false,
    entry: files.ENTRIES,
    output: { path: path.join(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: dev } } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: path.join(__dirname, files.FUNCTIONS_SOURCE),
        output: files.FUNCTIONS_METADATA,
      }),
      new HtmlWebpackPlugin({
        filename: files.PAGE.file,
        template: files.PAGE.template,
        chunks: [...files.PAGE.chunks],
        chunksSortMode: "manual",
        minify: dev ? false : "auto",
      }),
      new CopyWebpackPlugin({
        patterns: [
          ...files.iconFiles().map((file) => ({ from: file, to: file })),
          { from: files.SUPPORT_PAGE.source, to: files.SUPPORT_PAGE.file },
          {
            from: files.MANIFEST,
            to: files.MANIFEST,
            transform: (content) => (prodUrl ? prodManifest.productionManifest(content.toString("utf8"), prodUrl) : content),
          },
        ],
      }),
      new DeclaredFilesPlugin(),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
    infrastructureLogging: { level: "warn" },
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: certs ? { type: "https", options: certs } : { type: "http" },
      static: false,
      hot: false,
      liveReload: true,
      client: { logging: "warn", overlay: { errors: true, warnings: false } },
    },
  };
};
