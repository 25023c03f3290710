/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "CommonJS", moduleResolution: "node10", isolatedModules: true, esModuleInterop: true, target: "ES2020" }, diagnostics: false }],
    "@electric-sql/pglite/dist/.+\\.cjs$": "<rootDir>/tests/support/require-builtins.js",
  },
  transformIgnorePatterns: ["/node_modules/(?!@electric-sql/pglite/)"],
  testTimeout: 60000,
};
