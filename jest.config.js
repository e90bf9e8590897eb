/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/test/setup.ts"],
  // Browsers: each test file closes what it launched (close-browsers.ts); the teardown kills any of
  // this run's still running, so Jest ends on its own. The pages are built by `npm test` first.
  globalSetup: "<rootDir>/test/global-setup.ts",
  setupFilesAfterEnv: ["<rootDir>/test/close-browsers.ts"],
  globalTeardown: "<rootDir>/test/global-teardown.ts",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 60000,
  // office-addin-mock loads office-addin-manifest, whose ESM-only dependencies jest cannot load;
  // the mock needs only its OfficeApp enum (docs/toolchain.md).
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" },
};
