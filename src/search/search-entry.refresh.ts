import { dialectOf, type SqlRunner } from "./search-dialect";
import { entrySelects } from "./search-index.builder";

/**
 * Brings the search entries of the given subjects (GraphQL type and id) in step with their rows,
 * in the caller's transaction: a partner's write is searchable as soon as it commits, and a
 * retracted or deleted row's entry goes. Two statements per type touched, whatever the number of
 * ids. Which entries a viewer may see is decided at read time (src/visibility/), so entries of
 * drafts are indexed like any other.
 */
export async function refreshSearchEntries(runner: SqlRunner, subjects: { type: string; id: number }[]): Promise<void> {
  const dialect = dialectOf(runner);
  const byType = new Map<string, number[]>();
  for (const s of subjects) byType.set(s.type, [...(byType.get(s.type) ?? []), Math.trunc(s.id)]);
  for (const [type, ids] of byType) {
    const select = entrySelects(dialect).find((sql) => sql.startsWith(`SELECT '${type}',`));
    if (!select) continue;
    const list = [...new Set(ids)].join(", ");
    await runner.query(`DELETE FROM search_entry WHERE subject_type = '${type}' AND subject_id IN (${list})`);
    await runner.query(`INSERT INTO search_entry (subject_type, subject_id, title, body) ${select} WHERE t.id IN (${list})`);
  }
}
