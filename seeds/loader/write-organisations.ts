import { parsePartialDate as d } from "./partial-date";
import { upsertByKey, syncRows, setLinks } from "./sync";
import { Organisation } from "../../entities/organisation.entity";
import { OrganisationMembership } from "../../entities/organisation-membership.entity";
import { MembershipStatus } from "../../entities/enums/membership-status.enum";
import type { SeedWriter } from "./seed-writer";

/** Organisations and their member states. */
export async function writeOrganisations(w: SeedWriter): Promise<void> {
  const { m, stats, all, cite, actor, ids } = w;
  const orgRecords = all("organisations");
  const orgIds = (w.ids.organisation = await upsertByKey(m, Organisation, "key", orgRecords.map((o) => ({
    key: o.key, name: o.name, acronym: o.acronym ?? null, kind: o.kind, aliases: o.aliases ?? [], headquarters: o.headquarters ?? null,
    url: o.url ?? null, foundedAt: d(o.founded), description: o.description ?? null,
  })), stats));
  // Parents and countries point across the list, so they are set once every row has its id.
  await setLinks(m, Organisation, stats, orgRecords.map((o) => [orgIds.get(o.key)!, {
    parentId: o.parent ? orgIds.get(o.parent)! : null, headquartersCountryId: o.headquartersCountry ? ids.state.get(o.headquartersCountry)! : null,
  }]));
  for (const o of orgRecords) cite("Organisation", orgIds.get(o.key)!, o.sources);

  const oms = all("organisation-memberships");
  (await syncRows(m, OrganisationMembership, oms.map((o) => ({
    parentOrganisationId: orgIds.get(o.organisation)!, member: actor(o.member), status: o.role ?? MembershipStatus.MEMBER,
    startAt: d(o.start), endAt: d(o.end), note: o.note ?? null,
  })), stats)).forEach((pk, i) => cite("OrganisationMembership", pk, oms[i].sources));
}
