import type { MigrationInterface, QueryRunner } from "typeorm";

/** Citation.storedCopy: the repository's copy of a source's text, so `url` is always a web address (SQLite rebuilds the table). */
export class CitationStoredCopy1796095000002 implements MigrationInterface {
  name = "CitationStoredCopy1796095000002";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "temporary_citation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "key" varchar(120) NOT NULL, "url" varchar(1000) NOT NULL, "publisher" varchar(200) NOT NULL, "title" varchar(500), "mirror_of" varchar(1000), "published_earliest" varchar(10), "published_latest" varchar(10), "published_precision" varchar(10), "published_qualifier" varchar(12), "published_label" varchar(200), "stored_copy" varchar(1000))`);
    await q.query(`INSERT INTO "temporary_citation"("id", "key", "url", "publisher", "title", "mirror_of", "published_earliest", "published_latest", "published_precision", "published_qualifier", "published_label") SELECT "id", "key", "url", "publisher", "title", "mirror_of", "published_earliest", "published_latest", "published_precision", "published_qualifier", "published_label" FROM "citation"`);
    await q.query(`DROP TABLE "citation"`);
    await q.query(`ALTER TABLE "temporary_citation" RENAME TO "citation"`);
    await q.query(`CREATE UNIQUE INDEX "IDX_7c25d73337a8ca6fb366639de6" ON "citation" ("key") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "citation" RENAME TO "temporary_citation"`);
    await q.query(`CREATE TABLE "citation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "key" varchar(120) NOT NULL, "url" varchar(1000) NOT NULL, "publisher" varchar(200) NOT NULL, "title" varchar(500), "mirror_of" varchar(1000), "published_earliest" varchar(10), "published_latest" varchar(10), "published_precision" varchar(10), "published_qualifier" varchar(12), "published_label" varchar(200))`);
    await q.query(`INSERT INTO "citation"("id", "key", "url", "publisher", "title", "mirror_of", "published_earliest", "published_latest", "published_precision", "published_qualifier", "published_label") SELECT "id", "key", "url", "publisher", "title", "mirror_of", "published_earliest", "published_latest", "published_precision", "published_qualifier", "published_label" FROM "temporary_citation"`);
    await q.query(`DROP TABLE "temporary_citation"`);
    await q.query(`CREATE UNIQUE INDEX "IDX_7c25d73337a8ca6fb366639de6" ON "citation" ("key") `);
  }
}
