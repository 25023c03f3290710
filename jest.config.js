/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "CommonJS", moduleResolution: "node10", isolatedModules: true, esModuleInterop: true, target: "ES2020" }, diagnostics: false }],
  },
  testTimeout: 60000,
};
