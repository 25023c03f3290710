// Lets plain `node` load the project's TypeScript (benchmarks, scripts) without a build step:
// each .ts file is transpiled on require with the project's own compiler (types are checked by `tsc --noEmit`).
"use strict";
const ts = require("typescript");
const fs = require("fs");

require.extensions[".ts"] = function (module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false },
  });
  module._compile(outputText, filename);
};
