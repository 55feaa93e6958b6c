import type { StateSeedRow } from "./build-states";
import type { NameRow } from "./name-seeds";
import type { SeedWriter } from "./seed-writer";
import { ActorName } from "../../entities/actor-name.entity";
import { NameKind } from "../../entities/enums/name-kind.enum";
import { changedValues, rowValues } from "../../src/history/change-set";
import { changeSetOf } from "./sync";
import { UnLanguage } from "../../entities/enums/un-language.enum";

/**
 * The names of states and organisations in the UN languages (`actor_name`), each with its citation.
 * States: world-countries' names with the corrections applied (build-states.ts). Organisations:
 * the English `name`, cited to the record's first source, plus the translations the record's
 * `names` give. Rows are matched on actor, language and kind, so a changed name is updated in
 * place (its id kept) and the unique index never sees two rows for one name.
 */
export async function writeNames(w: SeedWriter, states: StateSeedRow[]): Promise<void> {
  const { m, stats, all, ids } = w;
  const desired: { stateId: number | null; organisationId: number | null; row: NameRow }[] = [];
  for (const s of states) for (const row of s.names) desired.push({ stateId: ids.state.get(s.alpha3)!, organisationId: null, row });
  for (const o of all("organisations")) {
    const organisationId = ids.organisation.get(o.key)!;
    const citation = (s: any) => (typeof s === "string" ? s : s.citation);
    desired.push({ stateId: null, organisationId, row: { lang: UnLanguage.EN, kind: NameKind.COMMON, text: o.name, citation: citation(o.sources[0]) } });
    for (const n of o.names ?? []) desired.push({ stateId: null, organisationId, row: { lang: n.lang, kind: NameKind.COMMON, text: n.name, citation: citation(n.source) } });
  }

  const repo = m.getRepository(ActorName);
  const keyOf = (stateId: number | null, organisationId: number | null, lang: string, kind: string) => `${stateId}|${organisationId}|${lang}|${kind}`;
  const existing = new Map((await repo.find()).map((r) => [keyOf(r.actor.stateId, r.actor.organisationId, r.lang, r.kind), r]));
  const inserts: Partial<ActorName>[] = [];
  for (const { stateId, organisationId, row } of desired) {
    const citationId = ids.citation.get(row.citation)!;
    const current = existing.get(keyOf(stateId, organisationId, row.lang, row.kind));
    if (!current) {
      inserts.push({ actor: { stateId, organisationId }, lang: row.lang, kind: row.kind, text: row.text, citationId });
      continue;
    }
    existing.delete(keyOf(stateId, organisationId, row.lang, row.kind));
    if (current.text !== row.text || current.citationId !== citationId) {
      await repo.update(current.pk, { text: row.text, citationId });
      const diff = changedValues({ text: current.text, citationId: current.citationId }, { text: row.text, citationId });
      if (diff) changeSetOf(stats)?.updated("ActorName", current.pk, diff.previous, diff.next);
      stats.updated += 1;
    }
  }
  const stale = [...existing.values()].map((r) => r.pk);
  for (let i = 0; i < stale.length; i += 500) await repo.delete(stale.slice(i, i + 500));
  for (const r of existing.values()) changeSetOf(stats)?.deleted("ActorName", r.pk, rowValues(m, ActorName, r));
  stats.deleted += stale.length;
  // Leaf rows: multi-row INSERTs (about 2,400 names).
  for (let i = 0; i < inserts.length; i += 100) {
    const chunk = inserts.slice(i, i + 100);
    const result = await repo.insert(chunk as never);
    chunk.forEach((row, j) => changeSetOf(stats)?.created("ActorName", result.identifiers[j].pk, rowValues(m, ActorName, row)));
  }
  stats.inserted += inserts.length;
}
