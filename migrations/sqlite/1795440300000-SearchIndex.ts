import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Full-text search on SQLite (hand-written: TypeORM cannot describe virtual tables or triggers).
 *
 * `search_fts` is an FTS5 index over `search_entry` with external content, so the text is stored
 * once (in `search_entry`) and the index holds only tokens. Titles and bodies are separate columns
 * so ranking can weigh a title match above a body match. `remove_diacritics 2` lets "Cote" find
 * "Côte". The triggers keep the index in step with every write to `search_entry`; TypeORM's schema
 * diff only looks at tables that have an entity, so neither the virtual table, its shadow tables
 * (search_fts_data, _idx, _docsize, _config) nor the triggers show up as pending changes.
 * Never edit after it has landed.
 */
export class SearchIndex1795440300000 implements MigrationInterface {
  name = "SearchIndex1795440300000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE VIRTUAL TABLE "search_fts" USING fts5(title, body, content='search_entry', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`,
    );
    await q.query(
      `CREATE TRIGGER "search_entry_fts_insert" AFTER INSERT ON "search_entry" BEGIN
        INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
      END`,
    );
    // External-content tables must be told the old values to remove their tokens.
    await q.query(
      `CREATE TRIGGER "search_entry_fts_delete" AFTER DELETE ON "search_entry" BEGIN
        INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      END`,
    );
    await q.query(
      `CREATE TRIGGER "search_entry_fts_update" AFTER UPDATE ON "search_entry" BEGIN
        INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
      END`,
    );
    // Index whatever search_entry already holds (a database seeded before this migration).
    await q.query(`INSERT INTO search_fts(search_fts) VALUES ('rebuild')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS "search_entry_fts_update"`);
    await q.query(`DROP TRIGGER IF EXISTS "search_entry_fts_delete"`);
    await q.query(`DROP TRIGGER IF EXISTS "search_entry_fts_insert"`);
    await q.query(`DROP TABLE IF EXISTS "search_fts"`);
  }
}
