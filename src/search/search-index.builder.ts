import { dialectOf, type SearchDialect, type SqlRunner } from "./search-dialect";

/** Text of a JSON array column (simple-json `aliases`, `un_symbols`) joined by spaces; NULL when empty. */
function jsonList(dialect: SearchDialect, column: string): string {
  return dialect === "sqlite"
    ? `(SELECT group_concat(j.value, ' ') FROM json_each(${column}) j)`
    : `(SELECT string_agg(j.value, ' ') FROM json_array_elements_text(${column}::json) j)`;
}

/**
 * An actor's names in the UN languages other than English (actor_name), common and official, in
 * the UN's language order, so "Allemagne" or "Германия" finds Germany. After the English parts, so
 * English snippets read as before. (English names are already the title and official_name.)
 */
function translations(dialect: SearchDialect, actorColumn: "state_id" | "organisation_id"): string {
  const order = `CASE n.lang WHEN 'AR' THEN 1 WHEN 'ZH' THEN 2 WHEN 'FR' THEN 4 WHEN 'RU' THEN 5 ELSE 6 END, n.kind`;
  return dialect === "sqlite"
    ? `(SELECT group_concat(x.text, ' · ') FROM (SELECT n.text FROM actor_name n WHERE n.${actorColumn} = t.id AND n.lang <> 'EN' ORDER BY ${order}) x)`
    : `(SELECT string_agg(n.text, ' · ' ORDER BY ${order}) FROM actor_name n WHERE n.${actorColumn} = t.id AND n.lang <> 'EN')`;
}

/** Body parts joined with a visible separator; empty and NULL parts are skipped (concat_ws skips NULL on both dialects). */
function body(parts: string[]): string {
  return `concat_ws(' · ', ${parts.map((p) => `NULLIF(${p}, '')`).join(", ")})`;
}

/**
 * One INSERT … SELECT per searchable type: subject_type is the GraphQL type name (what
 * `loadNode` and `SearchType` map to), title is what a hit is called, body is everything else a
 * user may type to find it.
 */
export function entrySelects(d: SearchDialect): string[] {
  const list = (column: string) => jsonList(d, column);
  return [
    `SELECT 'State', t.id, t.name, ${body(["t.official_name", list("t.aliases"), "t.alpha2", "t.alpha3", translations(d, "state_id")])} FROM state t`,
    `SELECT 'Organisation', t.id, t.name, ${body(["t.acronym", list("t.aliases"), "t.description", translations(d, "organisation_id")])} FROM organisation t`,
    `SELECT 'Network', t.id, t.name, ${body(["t.acronym", "t.short_name", list("t.aliases"), "t.description"])} FROM network t`,
    `SELECT 'Meeting', t.id, t.title, ${body(["t.theme", "t.city", "t.venue", "t.description"])} FROM meeting t`,
    `SELECT 'Document', t.id, t.title, ${body(["t.summary", list("t.un_symbols"), "t.text"])} FROM document t`,
    `SELECT 'TreatyProposal', t.id, t.name, ${body(["t.short_name", list("t.aliases"), "t.description"])} FROM treaty_proposal t`,
    `SELECT 'Person', t.id, t.name, ${body([
      list("t.aliases"),
      d === "sqlite"
        ? `(SELECT group_concat(p.title, ' · ') FROM "position" p WHERE p.person_id = t.id)`
        : `(SELECT string_agg(p.title, ' · ' ORDER BY p.id) FROM "position" p WHERE p.person_id = t.id)`,
    ])} FROM person t`,
  ];
}

/**
 * Empties `search_entry` and fills it again from the tables, in set-based statements (one DELETE,
 * one INSERT … SELECT per type), so the cost does not grow with the number of rows in statements.
 * Runs on whatever it is given: pass the seed loader's transactional EntityManager to make the
 * rebuild part of the load. On SQLite the triggers keep `search_fts` in step row by row; the final
 * 'rebuild' makes the index exact even if rows were written while the triggers were absent.
 * (PostgreSQL: the tsvector column and GIN index are maintained by the database itself.)
 * Returns the number of entries.
 */
export async function rebuildSearchIndex(runner: SqlRunner): Promise<number> {
  const dialect = dialectOf(runner);
  await runner.query(`DELETE FROM search_entry`);
  for (const select of entrySelects(dialect)) {
    await runner.query(`INSERT INTO search_entry (subject_type, subject_id, title, body) ${select}`);
  }
  if (dialect === "sqlite") await runner.query(`INSERT INTO search_fts(search_fts) VALUES ('rebuild')`);
  const [{ n }] = (await runner.query(`SELECT COUNT(*) AS n FROM search_entry`)) as { n: number | string }[];
  return Number(n);
}
