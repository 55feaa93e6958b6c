import { GUARDED_TABLES } from "./guarded-tables";
import { rowVisible } from "./visible-row.sql";
import type { ViewerAccess } from "./viewer-access";

/** `FROM meeting`, `JOIN "meeting_participation"`: a guarded table named as a row source. */
const SOURCE = new RegExp(`\\b(FROM|JOIN)(\\s+)"?(${Object.keys(GUARDED_TABLES).sort((x, y) => y.length - x.length).join("|")})"?(?=[\\s),;]|$)`, "gi");

/** Words that may follow a table name and are not its alias. */
const NOT_ALIAS = new Set(["where", "join", "left", "right", "inner", "outer", "cross", "full", "on", "group", "order", "limit", "offset", "union", "except", "intersect", "having", "window", "natural", "using", "for", "returning", "set"]);

/** Reads only: writes name their own rows, and the change recorder's INSERT must reach the real table. */
const READ = /^\s*(\(?\s*SELECT|WITH)\b/i;

/**
 * THE place that decides which rows a read can see (issue 10 §2). Every statement a request runs
 * passes through its data source view (src/db/request-data-source.ts), which hands it here: each
 * guarded table it reads — from query builders, raw fragments, sub-queries, search, the change
 * log — becomes a sub-query of only the rows the viewer may read. Root lists, counts, nested
 * fields, node lookups, `_entities`, search and cursors are all statements, so a hidden row is
 * missing everywhere at once. Both databases flatten such a sub-query into the outer plan, so the
 * table's indexes still serve it.
 */
export function guardStatement(sql: string, access: ViewerAccess): string {
  if (access.all || !READ.test(sql)) return sql;
  SOURCE.lastIndex = 0;
  return sql.replace(SOURCE, (match: string, keyword: string, space: string, table: string, offset: number) => {
    const name = table.toLowerCase();
    const rest = sql.slice(offset + match.length);
    const next = /^\s+(?:AS\s+)?("?)([A-Za-z_][A-Za-z0-9_]*)\1/i.exec(rest);
    const aliased = next !== null && !NOT_ALIAS.has(next[2].toLowerCase());
    const source = `(SELECT * FROM "${name}" WHERE ${rowVisible(name, `"${name}"`, access)})`;
    return `${keyword}${space}${source}${aliased ? "" : ` AS "${name}"`}`;
  });
}
