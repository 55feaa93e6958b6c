import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDataSource } from "../../src/db/data-source";
import { prepareDatabase } from "../../src/db/prepare-database";

/** A hash of everything that shapes a seeded database, so a stale template is never reused. */
function contentHash(): string {
  const hash = crypto.createHash("sha256");
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else hash.update(p).update(fs.readFileSync(p));
    }
  };
  for (const dir of ["seeds", "migrations", "entities", "src/search"]) walk(path.resolve(__dirname, "../..", dir));
  return hash.digest("hex").slice(0, 16);
}

/**
 * A freshly migrated and seeded SQLite file, built once per content hash and copied for each test
 * file: seeding is exercised by its own tests and by the start-up test, not repeated 20 times.
 */
export async function seededSqliteCopy(): Promise<string> {
  const template = path.join(os.tmpdir(), `partner-graph-template-${contentHash()}.sqlite`);
  if (!fs.existsSync(template)) {
    const building = `${template}.${process.pid}.${Date.now()}`;
    const ds = createDataSource({ type: "sqlite", path: building });
    await ds.initialize();
    await prepareDatabase(ds, { migrate: true, seed: true });
    await ds.query("PRAGMA wal_checkpoint(TRUNCATE)");
    await ds.destroy();
    fs.renameSync(building, template); // atomic: parallel workers never see a half-built file
  }
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hub-")), "test.sqlite");
  fs.copyFileSync(template, copy);
  return copy;
}
