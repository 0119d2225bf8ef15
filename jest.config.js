/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/__tests__/**/*.test.ts"],
  transform: {
    // Type checking is `npm run typecheck`'s job; jest only transpiles.
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
  setupFilesAfterEnv: ["<rootDir>/__tests__/helpers/setup-jest.ts"],
  coveragePathIgnorePatterns: ["/node_modules/", "/.gen/"],
  testTimeout: 120000,
  // Every core: jest defaults to cores - 1, a single worker on a 2-core machine.
  maxWorkers: "100%",
};
