import "reflect-metadata";
import { loadConfig } from "../config";
import { createDataSource } from "../db/data-source";
import { migrate } from "../db/migrations";
import { loadSeeds } from "../../seeds/seed.loader";
import { citationCoverage, nonWebCitations } from "../queries/citation-coverage.query";

/**
 * `npm run provenance`: per kind of record, how many rows carry a source, and every citation whose
 * URL is not a web address. Reads DATABASE_URL as it is; with `--seed` it first applies the
 * migrations and syncs the seed data (`DATABASE_URL=sqlite::memory: npm run provenance -- --seed`
 * reports on a fresh seed). Exits 1 when a citation URL is not http(s).
 */
async function main(): Promise<void> {
  const ds = createDataSource(loadConfig().database);
  await ds.initialize();
  try {
    if (process.argv.includes("--seed")) {
      await migrate(ds);
      await loadSeeds(ds);
    }
    const coverage = await citationCoverage(ds);
    const width = Math.max(...coverage.map((r) => r.kind.length), 4);
    console.log(`${"kind".padEnd(width)}  ${"rows".padStart(6)}  ${"sourced".padStart(7)}  ${"%".padStart(6)}  via`);
    for (const r of coverage) {
      const pct = r.rows === 0 ? "-" : `${((100 * r.sourced) / r.rows).toFixed(1)}%`;
      console.log(`${r.kind.padEnd(width)}  ${String(r.rows).padStart(6)}  ${String(r.sourced).padStart(7)}  ${pct.padStart(6)}  ${r.via}`);
    }
    const total = coverage.reduce((acc, r) => ({ rows: acc.rows + r.rows, sourced: acc.sourced + r.sourced }), { rows: 0, sourced: 0 });
    console.log(`${"all".padEnd(width)}  ${String(total.rows).padStart(6)}  ${String(total.sourced).padStart(7)}  ${`${((100 * total.sourced) / Math.max(total.rows, 1)).toFixed(1)}%`.padStart(6)}`);
    const bad = await nonWebCitations(ds);
    console.log(`\ncitations whose url is not an http(s) address: ${bad.length}`);
    for (const c of bad) console.log(`  ${c.key} -> ${c.url}`);
    if (bad.length) process.exitCode = 1;
  } finally {
    await ds.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
