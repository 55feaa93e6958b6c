import { TreatyAction } from "../../../entities/treaty-action.entity";
import type { InputProblems } from "../input-problems";
import { registerImportableKind } from "../importable-kinds";
import { registerWritableKind } from "../writable-kinds";
import { cell, importRecord, recheck, sourceFromFields, sourcesShape } from "./record-import";
import { checkTreatyAction, createTreatyAction, treatyActionScope, type TreatyActionValues } from "./treaty-action.writer";

/*
 * Treaty actions as a kind partners write (issue 10 §3): publishing and retracting go through the
 * generic mutations, scoped to the acting state or organisation; imports create them from JSON
 * records or CSV rows (columns treaty, actor, type, date, entryIntoForce, note, outOfOrder,
 * sourceUrl, sourcePublisher, sourcePublished, sourceQuote).
 */
registerWritableKind<TreatyAction>({ typeName: "TreatyAction", entity: TreatyAction, scopeOf: treatyActionScope });

function check(problems: InputProblems, record: Record<string, unknown>): void {
  if (!sourcesShape(problems, record)) return;
  checkTreatyAction(problems, record as TreatyActionValues, true);
}

registerImportableKind({
  name: "treatyAction",
  check,
  create(tx, problems, record) {
    return importRecord("TreatyAction", async () => {
      if (!recheck(problems, (p) => check(p, record))) return null;
      return createTreatyAction(tx, problems, record as TreatyActionValues);
    });
  },
  fromFields(fields) {
    return {
      treaty: cell(fields, "treaty"),
      actor: cell(fields, "actor"),
      type: cell(fields, "type")?.toUpperCase(),
      date: cell(fields, "date"),
      entryIntoForce: cell(fields, "entryIntoForce"),
      meeting: cell(fields, "meeting"),
      note: cell(fields, "note"),
      visibility: cell(fields, "visibility")?.toUpperCase(),
      outOfOrder: cell(fields, "outOfOrder"),
      sources: sourceFromFields(fields),
    };
  },
});
