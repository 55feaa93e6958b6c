import { NetworkMembership } from "../../../entities/network-membership.entity";
import { registerImportableKind } from "../importable-kinds";
import type { SourceSpec } from "../sources";
import { registerWritableKind } from "../writable-kinds";
import { objectList, textFields } from "./network-import";
import { importRecord, sourceFromFields } from "./record-import";
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
    return importRecord("NetworkMembership", () => createMembership(tx, problems, specOf(problems, record)));
  },
  fromFields: (fields) => {
    const record: Record<string, unknown> = {};
    for (const name of FIELDS) if (fields[name]?.trim()) record[name] = fields[name].trim();
    const sources = sourceFromFields(fields);
    if (sources.length) record.sources = sources;
    return record;
  },
});
