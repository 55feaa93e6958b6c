import type { DataSource } from "typeorm";

/** A treaty action in the JSON form `importRecords(kind: "treatyAction")` takes. */
export interface TreatyActionRecord {
  treaty: string;
  actor: string;
  type: string;
  date: string;
  note: string;
  sources: { url: string; publisher: string }[];
}

/**
 * A batch of `count` treaty actions that import cleanly on the seed data: SIGNATUREs by states of
 * treaties they have no action on yet (so the order rule has nothing to object to), spread over
 * every such (state, treaty) pair, each pair's signatures on successive days, each with one new
 * source. Shared by the bench and the tests. `tag` makes a batch's notes and source addresses its own; `state` (an alpha-2 code) keeps one state's pairs only.
 */
export async function treatyActionBatch(ds: DataSource, count: number, tag = "bench", state?: string): Promise<{ csv: string; records: TreatyActionRecord[] }> {
  const pairs: { alpha2: string; slug: string }[] = await ds.query(
    `SELECT s.alpha2 AS alpha2, t.slug AS slug FROM state s CROSS JOIN treaty_proposal t
     WHERE NOT EXISTS (SELECT 1 FROM treaty_action a WHERE a.state_id = s.id AND a.treaty_proposal_id = t.id)${state ? ` AND s.alpha2 = '${state.replace(/\W/g, "")}'` : ""}
     ORDER BY t.slug, s.alpha2`,
  );
  if (!pairs.length) throw new Error("no (state, treaty) pair without actions in this database");
  const day0 = Date.UTC(1990, 0, 1);
  const records = Array.from({ length: count }, (_, i) => {
    const pair = pairs[i % pairs.length];
    const date = new Date(day0 + Math.floor(i / pairs.length) * 86_400_000).toISOString().slice(0, 10);
    return {
      treaty: pair.slug,
      actor: `state:${pair.alpha2}`,
      type: "SIGNATURE",
      date,
      note: `import ${tag} ${i}`,
      sources: [{ url: `https://treaties.example.org/${tag}/${pair.slug}/${pair.alpha2}/${date}`, publisher: "Depositary" }],
    };
  });
  const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const csv = ["treaty,actor,type,date,note,sourceUrl,sourcePublisher"]
    .concat(records.map((r) => [r.treaty, r.actor, r.type, r.date, r.note, r.sources[0].url, r.sources[0].publisher].map(csvCell).join(",")))
    .join("\n");
  return { csv, records };
}
