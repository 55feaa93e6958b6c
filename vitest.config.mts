import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

// STACK.md: esbuild emits no decorator metadata, so tests compile through SWC; and graphql 16 has no
// `exports` map, so it is pinned to its CommonJS entry to keep a single copy inside vitest.
export default defineConfig({
  plugins: [swc.vite({ module: { type: "es6" } })],
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
