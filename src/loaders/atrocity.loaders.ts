import DataLoader from "./request-dataloader";
import { AtrocityCrime } from "../../entities/atrocity-crime.entity";
import { Mechanism } from "../../entities/mechanism.entity";
import { DocumentMention } from "../../entities/document-mention.entity";
import { TreatyCrime } from "../../entities/treaty-crime.entity";
import { defineLoader } from "./loader-registry";
import { groupedRows, rowsByPk, rowsByUniqueColumn } from "./rows.loaders";

/** Crimes as concepts, by primary key (for `node(id:)` and mentions) and by `Crime` value (for treaties' coverage rows). */
export const atrocityCrimeByPk = rowsByPk(AtrocityCrime, "atrocityCrimeByPk");
export const atrocityCrimeByCrime = rowsByUniqueColumn(AtrocityCrime, "crime", "atrocityCrimeByCrime");

export const mechanismByPk = rowsByPk(Mechanism, "mechanismByPk");
export const mechanismByKey = rowsByUniqueColumn(Mechanism, "key", "mechanismByKey");

const MENTION_ORDER: [string, "ASC" | "DESC"][] = [["position", "ASC"]];

/**
 * Every mention a document makes, in the order of the document. Arguments (purpose, kind) filter
 * in memory: a document names a handful of things, so one unfiltered batch serves every field.
 */
export const mentionsByDocument = groupedRows(DocumentMention, "mentionsByDocument", {
  keyPath: "documentId",
  keyOf: (row) => row.documentId,
  orderBy: MENTION_ORDER,
});

/** The mentions inside a passage. */
export const mentionsByCommitment = groupedRows(DocumentMention, "mentionsByCommitment", {
  keyPath: "commitmentId",
  keyOf: (row) => row.commitmentId,
  orderBy: MENTION_ORDER,
});

/** The mentions of a mechanism, by document and then order in the document. */
export const mentionsByMechanism = groupedRows(DocumentMention, "mentionsByMechanism", {
  keyPath: "mechanismId",
  keyOf: (row) => row.mechanismId,
  orderBy: [["documentId", "ASC"], ...MENTION_ORDER],
});

/** The mentions of a crime, by document and then order in the document. */
export const mentionsByCrime = groupedRows(DocumentMention, "mentionsByCrime", {
  keyPath: "crimeId",
  keyOf: (row) => row.crimeId,
  orderBy: [["documentId", "ASC"], ...MENTION_ORDER],
});

/** The mechanisms of an organisation, by name. */
export const mechanismsByOrganisation = groupedRows(Mechanism, "mechanismsByOrganisation", {
  keyPath: "organisationId",
  keyOf: (row) => row.organisationId,
  orderBy: [["name", "ASC"]],
});

/**
 * The treaty rows covering each crime (`treaty_crime` joined on the `Crime` value), every scope at
 * once; callers filter by scope in memory. One `crime IN (…)` statement per batch.
 */
export const treatyCrimesByCrime = defineLoader("treatyCrimesByCrime", (ds) =>
  new DataLoader<string, TreatyCrime[]>(async (crimes) => {
    const rows = await ds
      .getRepository(TreatyCrime)
      .createQueryBuilder("t")
      .where("t.crime IN (:...crimes)", { crimes: [...crimes] })
      .orderBy("t.treaty_proposal_id", "ASC")
      .addOrderBy("t.id", "ASC")
      .getMany();
    return crimes.map((crime) => rows.filter((row) => row.crime === crime));
  }),
);
