import { LeadershipTerm } from "../../../entities/leadership-term.entity";
import { registerImportableKind } from "../importable-kinds";
import type { InputProblems } from "../input-problems";
import type { SourceSpec } from "../sources";
import { registerWritableKind } from "../writable-kinds";
import { objectList, textFields } from "./network-import";
import { importRecord } from "./record-import";
import { checkTerm, createTerm, type HolderSpec, type TermSpec } from "./leadership-term.writer";
import { networkScope } from "./network-membership.writer";

// Publishing, retracting and visibility: the network's stewards.
registerWritableKind<LeadershipTerm>({ typeName: "LeadershipTerm", entity: LeadershipTerm, scopeOf: (row) => networkScope(row.networkId) });

const FIELDS = ["network", "role", "start", "end", "label", "note", "visibility"];

function specOf(problems: InputProblems, record: Record<string, unknown>): TermSpec {
  return {
    ...textFields(problems, record, FIELDS),
    holders: objectList<HolderSpec>(problems, record, "holders"),
    sources: objectList<SourceSpec>(problems, record, "sources"),
  };
}

/** Bulk import of leadership terms (JSON records: a term with its `holders` and `sources`), as createLeadershipTerm. */
registerImportableKind({
  name: "leadershipTerm",
  check: (problems, record) => checkTerm(problems, specOf(problems, record)),
  create: async (tx, problems, record) => {
    return importRecord("LeadershipTerm", () => createTerm(tx, problems, specOf(problems, record)));
  },
});
