/**
 * Which database this test run targets. vitest.config.mts runs every test file once per database:
 * always SQLite, and PostgreSQL too when TEST_DATABASE_URL is set. A configured PostgreSQL that
 * cannot be reached fails the run; it is never skipped.
 */
export type TestDialect = "sqlite" | "postgres";

export function testDialect(): TestDialect {
  return process.env.HUB_TEST_DIALECT === "postgres" ? "postgres" : "sqlite";
}

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("HUB_TEST_DIALECT=postgres needs TEST_DATABASE_URL (postgres://…)");
  return url;
}
