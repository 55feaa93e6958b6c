import { Citation } from "../../../entities/citation.entity";
import type { InputProblems } from "../input-problems";
import { registerImportableKind } from "../importable-kinds";
import { registerWritableKind } from "../writable-kinds";
import { cell, importRecord, recheck } from "./record-import";
import { storedScope } from "./provenance-kinds.refs";
import { checkCitation, createCitation, type CitationValues } from "./citation.writer";

/*
 * Citations as a kind partners write (issue 10 §3): scoped like observations (the writing partner's
 * own actor, stored at creation; seed citations are ADMIN's). Imports take JSON records or CSV rows
 * (columns url, publisher, title, published, mirrorOf).
 */
registerWritableKind<Citation>({ typeName: "Citation", entity: Citation, scopeOf: storedScope });

function check(problems: InputProblems, record: Record<string, unknown>): void {
  checkCitation(problems, record as CitationValues, true);
}

registerImportableKind({
  name: "citation",
  check,
  create(tx, problems, record) {
    return importRecord("Citation", async () => {
      if (!recheck(problems, (p) => check(p, record))) return null;
      return createCitation(tx, problems, record as CitationValues);
    });
  },
  fromFields(fields) {
    return {
      url: cell(fields, "url"),
      publisher: cell(fields, "publisher"),
      title: cell(fields, "title"),
      published: cell(fields, "published"),
      mirrorOf: cell(fields, "mirrorOf"),
      visibility: cell(fields, "visibility")?.toUpperCase(),
    };
  },
});
