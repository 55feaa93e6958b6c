import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Fallback fold, for servers whose encoding is not UTF8 (normalize() needs UTF8): Latin letters with diacritics (both cases, because lower() leaves non-ASCII letters alone under
 * the C collation) and the plain lower-case letter each folds to. One character to one character:
 * translate() cannot expand ß, æ or œ, so those stay as they are.
 */
const FOLDS: Record<string, string> = {
  a: "àáâãäåāăąǎÀÁÂÃÄÅĀĂĄǍ",
  c: "çćĉċčÇĆĈĊČ",
  d: "ďđĎĐ",
  e: "èéêëēĕėęěÈÉÊËĒĔĖĘĚ",
  g: "ĝğġģĜĞĠĢ",
  h: "ĥħĤĦ",
  i: "ìíîïĩīĭįıǐÌÍÎÏĨĪĬĮİǏ",
  j: "ĵĴ",
  k: "ķĶ",
  l: "ĺļľŀłĹĻĽĿŁ",
  n: "ñńņňÑŃŅŇ",
  o: "òóôõöøōŏőǒÒÓÔÕÖØŌŎŐǑ",
  r: "ŕŗřŔŖŘ",
  s: "śŝşšșŚŜŞŠȘ",
  t: "ţťŧțŢŤŦȚ",
  u: "ùúûüũūŭůűųǔÙÚÛÜŨŪŬŮŰŲǓ",
  w: "ŵŴ",
  y: "ýÿŷÝŸŶ",
  z: "źżžŹŻŽ",
};
const ACCENTED = Object.values(FOLDS).join("");
const BASES = Object.entries(FOLDS).map(([base, chars]) => base.repeat([...chars].length)).join("");
/** Combining diacritical marks (U+0300–U+036F): listed after the pairs, so translate() deletes them (decomposed text). */
const COMBINING = Array.from({ length: 0x70 }, (_, i) => String.fromCodePoint(0x300 + i)).join("");

/**
 * The fold on UTF8 servers: decompose (NFD), drop the combining marks, fold the Latin letters whose
 * stroke is not a combining mark, then lower-case (after, so that "Ô" → "O" → "o" even under the C
 * collation, whose lower() leaves non-ASCII letters alone). About ten times faster than the
 * translate() table on long text: translate() scans its whole from-list for every character.
 */
const UTF8_FOLD = `lower(translate(regexp_replace(normalize(t, NFD), '[\\u0300-\\u036f]', '', 'g'), 'øØłŁđĐħĦıŧŦ', 'oOlLdDhHitT'))`;
const TABLE_FOLD = `translate(lower(t), '${ACCENTED}${COMBINING}', '${BASES}')`;

/**
 * Full-text search on PostgreSQL (hand-written: TypeORM cannot describe functions or expression
 * indexes).
 *
 * `hub_fold(text)` lower-cases and strips diacritics ("Côte" → "cote") without the `unaccent`
 * extension, which partners' servers may lack. It is an IMMUTABLE SQL function over built-ins
 * only (normalize() on UTF8 servers, a translate() table of Latin letters otherwise), so it can
 * sit in an index expression and the planner inlines it.
 *
 * `search_entry_fts` is a GIN index over the weighted tsvector of the folded title ('A') and body
 * ('B'). It is an expression index rather than a stored tsvector column because the entity
 * declares no such column and TypeORM's schema diff would otherwise want to drop it; TypeORM reads
 * only indexes over plain columns, so it neither sees nor drops this one. The engine
 * (src/search/postgres-search.engine.ts) repeats the same expression so the planner can use the
 * index. PostgreSQL maintains it on every write: no triggers.
 * Never edit after it has landed.
 */
export class SearchIndex1795441100000 implements MigrationInterface {
  name = "SearchIndex1795441100000";

  async up(q: QueryRunner): Promise<void> {
    const [{ server_encoding: encoding }] = (await q.query(`SHOW server_encoding`)) as { server_encoding: string }[];
    await q.query(
      `CREATE FUNCTION "hub_fold"(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
       AS $$ SELECT ${encoding === "UTF8" ? UTF8_FOLD : TABLE_FOLD} $$`,
    );
    await q.query(
      `CREATE INDEX "search_entry_fts" ON "search_entry" USING GIN ((setweight(to_tsvector('simple', hub_fold("title")), 'A') || setweight(to_tsvector('simple', hub_fold("body")), 'B')))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "search_entry_fts"`);
    await q.query(`DROP FUNCTION IF EXISTS "hub_fold"(text)`);
  }
}
