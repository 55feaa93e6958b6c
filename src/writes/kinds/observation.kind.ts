import { Observation } from "../../../entities/observation.entity";
import type { InputProblems } from "../input-problems";
import { registerImportableKind } from "../importable-kinds";
import { registerWritableKind } from "../writable-kinds";
import { cell, importRecord, recheck, sourceFromFields, sourcesShape } from "./record-import";
import { storedScope } from "./provenance-kinds.refs";
import { checkObservation, createObservation, type ObservationValues } from "./observation.writer";

/*
 * Observations as a kind partners write (issue 10 §3). Their scope is the one stored when a partner
 * wrote them (its own state or organisation); seed observations have none and are ADMIN's to
 * change. Imports take JSON records or CSV rows (columns subject, metric, value, qualifier, asOf,
 * text, note, sourceUrl, sourcePublisher, sourcePublished, sourceQuote).
 */
registerWritableKind<Observation>({ typeName: "Observation", entity: Observation, scopeOf: storedScope });

function check(problems: InputProblems, record: Record<string, unknown>): void {
  if (!sourcesShape(problems, record)) return;
  checkObservation(problems, record as ObservationValues, true);
}

registerImportableKind({
  name: "observation",
  check,
  create(tx, problems, record) {
    return importRecord("Observation", async () => {
      if (!recheck(problems, (p) => check(p, record))) return null;
      return createObservation(tx, problems, record as ObservationValues);
    });
  },
  fromFields(fields) {
    const value = cell(fields, "value");
    return {
      subject: cell(fields, "subject"),
      metric: cell(fields, "metric")?.toUpperCase(),
      // A cell that is not a whole number stays text, so the check names it.
      value: value !== undefined && /^\d+$/.test(value) ? Number(value) : value,
      qualifier: cell(fields, "qualifier")?.toUpperCase(),
      asOf: cell(fields, "asOf"),
      text: cell(fields, "text"),
      note: cell(fields, "note"),
      visibility: cell(fields, "visibility")?.toUpperCase(),
      sources: sourceFromFields(fields),
    };
  },
});
