import DataLoader from "./request-dataloader";
import { FocalPointContact } from "../../entities/focal-point-contact.entity";
import { NetworkMembership } from "../../entities/network-membership.entity";
import { LeadershipTerm } from "../../entities/leadership-term.entity";
import { defineLoader } from "./loader-registry";
import { rowsByPk } from "./rows.loaders";

/** Memberships and terms by key: `node(id)`, and what their mutations return. */
export const networkMembershipByPk = rowsByPk(NetworkMembership, "networkMembershipByPk");
export const leadershipTermByPk = rowsByPk(LeadershipTerm, "leadershipTermByPk");

/**
 * The focal point contact of each membership: one statement for every membership on a page. No
 * filtering here: the read guard (src/visibility/, kind "contact") leaves out the rows the viewer
 * may not read, so a non-member gets null exactly as if nothing were stored.
 */
export const contactByMembership = defineLoader("contactByMembership", (ds) =>
  new DataLoader<number, FocalPointContact | null>(async (pks) => {
    const rows = await ds.getRepository(FocalPointContact).createQueryBuilder("t").where("t.network_membership_id IN (:...pks)", { pks: [...pks] }).getMany();
    const byMembership = new Map(rows.map((row) => [row.networkMembershipId, row]));
    return pks.map((pk) => byMembership.get(pk) ?? null);
  }),
);
