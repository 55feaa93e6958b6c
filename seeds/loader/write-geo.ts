import { parsePartialDate as d } from "./partial-date";
import { upsertByKey, syncRows } from "./sync";
import type { StateSeedRow } from "./build-states";
import { Citation } from "../../entities/citation.entity";
import { State } from "../../entities/state.entity";
import { RegionalGroup } from "../../entities/regional-group.entity";
import { RegionalGroupMembership } from "../../entities/regional-group-membership.entity";
import { RegionalGroupRole } from "../../entities/enums/regional-group-role.enum";
import type { SeedWriter, Src } from "./seed-writer";

/** Citations, states, UN regional groups and their memberships. */
export async function writeGeo(w: SeedWriter, states: StateSeedRow[]): Promise<void> {
  const { m, stats, all, cite } = w;
  w.ids.citation = await upsertByKey(m, Citation, "key", all("citations").map((c) => ({
    key: c.key, url: c.url, publisher: c.publisher, title: c.title ?? null, publishedAt: d(c.publishedOn), mirrorOf: c.mirrorOf ?? null, storedCopy: c.storedCopy ?? null,
  })), stats);

  const stateIds = (w.ids.state = await upsertByKey(m, State, "alpha3", states.map((s) => ({
    name: s.name, officialName: s.officialName, alpha2: s.alpha2, alpha3: s.alpha3, numericCode: s.numericCode,
    codesUserAssigned: s.codesUserAssigned, aliases: s.aliases, unStatus: s.unStatus, unAdmittedOn: s.unAdmittedOn, region: s.region, subregion: s.subregion,
  })), stats));
  for (const s of states) stateIds.set(s.alpha2, stateIds.get(s.alpha3)!);
  for (const s of states) cite("State", stateIds.get(s.alpha3)!, s.sources);

  const groupIds = await upsertByKey(m, RegionalGroup, "key", all("regional-groups").map((g) => ({
    key: g.key, name: g.name, acronym: g.acronym ?? null, aliases: g.aliases ?? [], description: g.description,
  })), stats);
  for (const g of all("regional-groups")) cite("RegionalGroup", groupIds.get(g.key)!, g.sources);

  // Regional groups: world-countries' group as MEMBER, replaced or extended by the documented records.
  const overrides = all("regional-group-memberships");
  const rgm: { row: Record<string, unknown>; sources: Src[] }[] = [];
  for (const s of states) {
    if (!s.derivedGroup || overrides.some((o) => (o.state === s.alpha3 && (o.group === s.derivedGroup || o.group === null)))) continue;
    rgm.push({ row: { stateId: stateIds.get(s.alpha3)!, groupId: groupIds.get(s.derivedGroup)!, role: RegionalGroupRole.MEMBER, startAt: d(null), endAt: d(null), note: null }, sources: ["geo-world-countries"] });
  }
  for (const o of overrides.filter((o) => o.group !== null)) {
    rgm.push({ row: { stateId: stateIds.get(o.state)!, groupId: groupIds.get(o.group)!, role: o.role ?? RegionalGroupRole.MEMBER, startAt: d(o.start), endAt: d(o.end), note: o.note ?? null }, sources: o.sources });
  }
  (await syncRows(m, RegionalGroupMembership, rgm.map((r) => r.row), stats)).forEach((pk, i) => cite("RegionalGroupMembership", pk, rgm[i].sources));
}
