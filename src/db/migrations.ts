import type { DataSource, Migration } from "typeorm";

/**
 * SQLite changes a table's keys by rebuilding it (create, copy, drop, rename). With foreign keys
 * enforced, dropping the old table deletes its rows first and cascades into every table that
 * points at it; and since SQLite 3.26 a rename rewrites the other tables' references to follow
 * the renamed table. So, as SQLite's documentation prescribes for such changes, enforcement is off
 * and renames leave references alone while migrations run, and `foreign_key_check` must come back
 * empty before enforcement is switched on again.
 */
async function withoutForeignKeys<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  if (ds.options.type !== "better-sqlite3") return work();
  await ds.query("PRAGMA foreign_keys = OFF");
  await ds.query("PRAGMA legacy_alter_table = ON");
  try {
    const result = await work();
    const broken = (await ds.query("PRAGMA foreign_key_check")) as { table: string; parent: string }[];
    if (broken.length) {
      throw new Error(`migration left ${broken.length} broken foreign key(s), e.g. ${broken[0].table} → ${broken[0].parent}`);
    }
    return result;
  } finally {
    await ds.query("PRAGMA legacy_alter_table = OFF");
    await ds.query("PRAGMA foreign_keys = ON");
  }
}

/** Applies pending migrations, all in one transaction. */
export function migrate(ds: DataSource): Promise<Migration[]> {
  return withoutForeignKeys(ds, () => ds.runMigrations({ transaction: "all" }));
}

/** Reverts the newest applied migration (developers and tests). */
export function undoLastMigration(ds: DataSource): Promise<void> {
  return withoutForeignKeys(ds, () => ds.undoLastMigration({ transaction: "all" }));
}
