import { decoratorMetadata } from "./test/support/decorator-metadata.plugin.mts";
import { defineConfig } from "vitest/config";

// STACK.md: esbuild emits no decorator metadata, so tests compile through TypeScript's transpiler
// (test/support/decorator-metadata.plugin.mts); and graphql 16 has no
// `exports` map, so it is pinned to its CommonJS entry to keep a single copy inside vitest.
//
// Every test file runs once per database: SQLite always, PostgreSQL as well when TEST_DATABASE_URL
// is set (a configured but unreachable server fails the run; it is never skipped).
const databases = ["sqlite", ...(process.env.TEST_DATABASE_URL ? ["postgres"] : [])];

export default defineConfig({
  plugins: [decoratorMetadata()],
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    projects: databases.map((dialect) => ({
      extends: true,
      test: {
        name: dialect,
        include: ["test/**/*.test.ts"],
        env: { HUB_TEST_DIALECT: dialect },
      },
    })),
  },
});
