import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testDialect } from "./support/test-databases";

// A meta-test of the harness, run once (in the SQLite project): it needs no PostgreSQL itself.
describe.runIf(testDialect() === "sqlite")("a configured PostgreSQL that cannot be reached", () => {
  it("fails the test run instead of skipping", () => {
    const root = path.join(__dirname, "..");
    const run = spawnSync(process.execPath, [path.join(root, "node_modules", "vitest", "vitest.mjs"), "run", "--project", "postgres", "test/migrations.test.ts"], {
      cwd: root,
      env: { ...process.env, TEST_DATABASE_URL: "postgres://nobody@127.0.0.1:1/nowhere", HUB_TEST_DIALECT: "" },
      encoding: "utf8",
      timeout: 120_000,
    });
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toMatch(/ECONNREFUSED/);
    expect(output).toMatch(/failed/);
    expect(output).not.toMatch(/skipped/);
  }, 130_000);
});
