import { NetworkMembership } from "../../../entities/network-membership.entity";
import { toGlobalId } from "../../global-id";
import { registerImportableKind } from "../importable-kinds";
import type { SourceSpec } from "../sources";
import { registerWritableKind } from "../writable-kinds";
import { asProblems, objectList, sourceFromCells, textFields } from "./network-import";
import { checkMembership, createMembership, networkScope, type MembershipSpec } from "./network-membership.writer";

// Publishing, retracting and visibility (resolvers/writes/publication.resolver.ts): the network's stewards.
registerWritableKind<NetworkMembership>({ typeName: "NetworkMembership", entity: NetworkMembership, scopeOf: (row) => networkScope(row.networkId) });

const FIELDS = ["network", "member", "status", "start", "end", "focalPoint", "focalPointOffice", "note", "visibility"];

function specOf(problems: Parameters<typeof checkMembership>[0], record: Record<string, unknown>): MembershipSpec {
  return { ...textFields(problems, record, FIELDS), sources: objectList<SourceSpec>(problems, record, "sources") };
}

/**
 * Bulk import of memberships (issue 10 §5): the same checks and writes as createNetworkMembership.
 * Tabular: one CSV row per membership, with one source in the `source*` columns.
 */
registerImportableKind({
  name: "networkMembership",
  check: (problems, record) => checkMembership(problems, specOf(problems, record)),
  create: async (tx, problems, record) => {
    const pk = await asProblems(problems, () => createMembership(tx, problems, specOf(problems, record)));
    return pk === null ? null : toGlobalId("NetworkMembership", pk);
  },
  fromFields: (fields) => {
    const record: Record<string, unknown> = {};
    for (const name of FIELDS) if (fields[name]?.trim()) record[name] = fields[name].trim();
    const sources = sourceFromCells(fields);
    if (sources) record.sources = sources;
    return record;
  },
});
