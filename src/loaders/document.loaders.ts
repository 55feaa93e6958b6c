import DataLoader from "./request-dataloader";
import { Document } from "../../entities/document.entity";
import { DocumentActor } from "../../entities/document-actor.entity";
import { DocumentAlignment } from "../../entities/document-alignment.entity";
import { DocumentCommitment } from "../../entities/document-commitment.entity";
import { CommitmentActor } from "../../entities/commitment-actor.entity";
import type { CommitmentKind } from "../../entities/enums/commitment-kind.enum";
import type { DocumentActorRole } from "../../entities/enums/document-actor-role.enum";
import type { ActorRef } from "../../entities/actor-ref.embedded";
import type { State } from "../../entities/state.entity";
import type { Organisation } from "../../entities/organisation.entity";
import type { Context } from "../context";
import { loadActor } from "./actor.loaders";
import { defineLoader } from "./loader-registry";
import { groupedRows, rowsByPk, rowsByUniqueColumn, type GroupKey } from "./rows.loaders";

export const documentByPk = rowsByPk(Document, "documentByPk");
export const documentCommitmentByPk = rowsByPk(DocumentCommitment, "documentCommitmentByPk");
export const documentByKey = rowsByUniqueColumn(Document, "key", "documentByKey");

// Small by-key loaders for the rows a document points at; kept here so the document area does not
// depend on when the meeting, network, person and treaty areas land.

/**
 * Every actor named on a document, all roles at once: authors, signatories and dissociations of a
 * page of documents cost one statement together; the resolvers pick their role from the list.
 */
export const documentActorsByDocument = groupedRows(DocumentActor, "documentActorsByDocument", {
  keyPath: "documentId",
  keyOf: (row) => row.documentId,
  orderBy: [["position", "ASC"]],
});

/** The alignments a document declares, in stored order. */
export const alignmentsByDocument = groupedRows(DocumentAlignment, "alignmentsByDocument", {
  keyPath: "documentId",
  keyOf: (row) => row.documentId,
});

/** The alignments other documents declare with this one. */
export const alignmentsByAlignedWith = groupedRows(DocumentAlignment, "alignmentsByAlignedWith", {
  keyPath: "alignedWithId",
  keyOf: (row) => row.alignedWithId,
});

/** A document's commitments, optionally only some kinds, in the order of the text. */
export const commitmentsByDocument = groupedRows<DocumentCommitment, { kinds?: CommitmentKind[] }>(DocumentCommitment, "commitmentsByDocument", {
  keyPath: "documentId",
  keyOf: (row) => row.documentId,
  orderBy: [["position", "ASC"]],
  where: (qb, args) => {
    if (args.kinds) qb.andWhere(args.kinds.length ? "t.kind IN (:...kinds)" : "1 = 0", { kinds: args.kinds });
  },
});

/** The actors that make or back a commitment, in the order the text names them. */
export const actorsByCommitment = groupedRows(CommitmentActor, "actorsByCommitment", {
  keyPath: "commitmentId",
  keyOf: (row) => row.commitmentId,
  orderBy: [["position", "ASC"]],
});

/** Undated documents sort after dated ones in both databases (SQLite and PostgreSQL put NULL at opposite ends). */
const DATE_ORDER = "COALESCE(t.date_earliest, '9999-12-31')";

/** The documents of a meeting, oldest first. */
export const documentsByMeeting = defineLoader("documentsByMeeting", (ds) =>
  new DataLoader<number, Document[]>(async (meetingPks) => {
    const rows = await ds
      .getRepository(Document)
      .createQueryBuilder("t")
      .where("t.meeting_id IN (:...pks)", { pks: [...meetingPks] })
      .orderBy(DATE_ORDER, "ASC")
      .addOrderBy("t.id", "ASC")
      .getMany();
    return meetingPks.map((pk) => rows.filter((row) => row.meetingId === pk));
  }),
);

export interface ActorDocumentsArgs {
  roles?: DocumentActorRole[];
}

/**
 * The documents that name an actor (a state or an organisation, by `column`), in any of `roles`
 * (all roles when none are given). One statement per batch: the document rows come back joined to
 * the naming rows so each can be handed to its actor; a document naming an actor twice (author and
 * signatory) appears once.
 */
function documentsByActor(name: string, column: "state_id" | "organisation_id") {
  return defineLoader(name, (ds) =>
    new DataLoader<GroupKey<ActorDocumentsArgs>, Document[], string>(
      async (keys) => {
        const byArgs = new Map<string, { args: ActorDocumentsArgs; ids: Set<number> }>();
        for (const key of keys) {
          const argKey = JSON.stringify(key.args ?? null);
          const group = byArgs.get(argKey) ?? { args: key.args, ids: new Set<number>() };
          group.ids.add(key.id);
          byArgs.set(argKey, group);
        }
        const results = new Map<string, Document[]>();
        for (const [argKey, { args, ids }] of byArgs) {
          const qb = ds
            .getRepository(Document)
            .createQueryBuilder("t")
            .innerJoin(DocumentActor, "da", `da.document_id = t.id AND da.${column} IN (:...ids)`, { ids: [...ids] })
            .addSelect(`da.${column}`, "actor_pk");
          if (args.roles) qb.andWhere(args.roles.length ? "da.role IN (:...roles)" : "1 = 0", { roles: args.roles });
          qb.orderBy(DATE_ORDER, "ASC").addOrderBy("t.id", "ASC");
          const { entities, raw } = await qb.getRawAndEntities();
          const byPk = new Map(entities.map((doc) => [doc.pk, doc]));
          for (const row of raw as Record<string, unknown>[]) {
            const doc = byPk.get(Number(row.t_id));
            if (!doc) continue;
            const k = `${Number(row.actor_pk)}|${argKey}`;
            const list = results.get(k) ?? [];
            if (!list.includes(doc)) list.push(doc);
            results.set(k, list);
          }
        }
        return keys.map((key) => results.get(`${key.id}|${JSON.stringify(key.args ?? null)}`) ?? []);
      },
      { cacheKeyFn: (key) => `${key.id}|${JSON.stringify(key.args ?? null)}` },
    ),
  );
}

export const documentsByState = documentsByActor("documentsByState", "state_id");
export const documentsByOrganisation = documentsByActor("documentsByOrganisation", "organisation_id");

/** The actors of edge rows, in the rows' order; states and organisations batch in their own loaders. */
export async function loadActors(ctx: Context, rows: { actor: ActorRef }[]): Promise<(State | Organisation)[]> {
  const actors = await Promise.all(rows.map((row) => loadActor(ctx, row.actor)));
  return actors.filter((a): a is State | Organisation => a != null);
}

/** The actors named on a document in one role, from the one all-roles loader. */
export async function loadDocumentActors(ctx: Context, documentPk: number, role: DocumentActorRole): Promise<(State | Organisation)[]> {
  const rows = await ctx.loaders.get(documentActorsByDocument).load({ id: documentPk, args: undefined });
  return loadActors(ctx, rows.filter((row) => row.role === role));
}
