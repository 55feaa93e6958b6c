import type { MigrationInterface, QueryRunner } from "typeorm";

/** Citation.storedCopy: the repository's copy of a source's text, so `url` is always a web address. */
export class CitationStoredCopy1796095000002 implements MigrationInterface {
  name = "CitationStoredCopy1796095000002";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "citation" ADD "stored_copy" character varying(1000)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "citation" DROP COLUMN "stored_copy"`);
  }
}
