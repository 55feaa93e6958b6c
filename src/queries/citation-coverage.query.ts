import type { DataSource, EntityMetadata } from "typeorm";
import { Citation } from "../../entities/citation.entity";
import { SourceLink } from "../../entities/source-link.entity";
import { SearchEntry } from "../../entities/search-entry.entity";

/** How many rows of one kind of record carry at least one source. */
export interface CoverageRow {
  /** The entity name, which is also the `subject_type` its source links use. */
  kind: string;
  rows: number;
  sourced: number;
  /** `source_link` (a row's `sources`), or `citation column` (a row that names its citation itself: names, observations). */
  via: "source_link" | "citation column";
}

/** Tables that are not facts: the sources themselves and the search index. */
const NOT_FACTS = new Set<Function>([Citation, SourceLink, SearchEntry]);

function kindsOf(ds: DataSource): { meta: EntityMetadata; via: CoverageRow["via"]; citationColumn?: string }[] {
  return ds.entityMetadatas
    .filter((meta) => !NOT_FACTS.has(meta.target as Function) && /^[A-Za-z]+$/.test(meta.name))
    .map((meta) => {
      const citation = meta.columns.find((c) => c.propertyName === "citationId");
      return citation ? { meta, via: "citation column" as const, citationColumn: citation.databaseName } : { meta, via: "source_link" as const };
    })
    .sort((a, b) => a.meta.name.localeCompare(b.meta.name));
}

/**
 * Per kind of record: rows, and rows with at least one source. Every table the data source knows
 * is listed (new kinds appear by themselves); one statement for all of them.
 */
export async function citationCoverage(ds: DataSource): Promise<CoverageRow[]> {
  const q = (name: string) => ds.driver.escape(name);
  const links = q(ds.getMetadata(SourceLink).tableName);
  const kinds = kindsOf(ds);
  const parts = kinds.map(({ meta, via, citationColumn }) => {
    const table = q(meta.tableName);
    const pk = q(meta.primaryColumns[0].databaseName);
    const sourced =
      via === "citation column"
        ? `SELECT COUNT(*) FROM ${table} t WHERE t.${q(citationColumn!)} IS NOT NULL`
        : `SELECT COUNT(*) FROM ${table} t WHERE EXISTS (SELECT 1 FROM ${links} s WHERE s.subject_type = '${meta.name}' AND s.subject_id = t.${pk})`;
    return `SELECT '${meta.name}' AS kind, (SELECT COUNT(*) FROM ${table}) AS total, (${sourced}) AS sourced`;
  });
  const rows: { kind: string; total: string | number; sourced: string | number }[] = await ds.query(parts.join(" UNION ALL "));
  const via = new Map(kinds.map((k) => [k.meta.name, k.via]));
  return rows
    .map((r) => ({ kind: r.kind, rows: Number(r.total), sourced: Number(r.sourced), via: via.get(r.kind)! }))
    .sort((a, b) => a.kind.localeCompare(b.kind));
}

/** Citations whose `url` is not a web address a partner can open (the seed validator forbids them). */
export async function nonWebCitations(ds: DataSource): Promise<{ key: string; url: string }[]> {
  return ds
    .getRepository(Citation)
    .createQueryBuilder("c")
    .select(["c.key AS key", "c.url AS url"])
    .where("c.url NOT LIKE 'http://%' AND c.url NOT LIKE 'https://%'")
    .orderBy("c.key")
    .getRawMany();
}
