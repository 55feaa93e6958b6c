import { Document } from "../../entities/document.entity";
import { DocumentActor } from "../../entities/document-actor.entity";
import type { DocumentActorRole } from "../../entities/enums/document-actor-role.enum";
import { partitionedPages } from "./partitioned-pages.loaders";

// The paged form of `State.documents` and `Organisation.documents` (`documentsConnection`).

export interface ActorDocumentPageArgs {
  /** Only documents naming the actor in one of these roles (sorted, no repeats); all roles when absent. */
  roles?: DocumentActorRole[];
}

/**
 * Orderings of documents: by date (undated documents sort as 9999-12-31, so last oldest-first and
 * first newest-first, as in the root `documents`), or by title. Neither is ever NULL.
 */
export const DOCUMENT_ORDERS = {
  DATE: "COALESCE(t.date_earliest, '9999-12-31')",
  TITLE: "t.title",
};

/**
 * The documents that name an actor (a state's by `state_id`, an organisation's by
 * `organisation_id`), a page per actor. An actor may be named on one document in several roles
 * (author and signatory), and the plain list shows such a document once; so the rows ranked per
 * actor are documents joined to the DISTINCT (document, actor) pairs of the naming rows (`na`),
 * never the naming rows themselves. Both databases push the `na.actor_id IN (…)` condition into
 * the DISTINCT sub-query, which reads the naming rows through the actor column's index.
 */
function documentPagesByActor(name: string, column: "state_id" | "organisation_id") {
  return partitionedPages<Document, ActorDocumentPageArgs>(Document, name, {
    parentColumn: "na.actor_id",
    where: (qb, args) => {
      qb.innerJoin(
        (sq) => {
          sq.select("x.document_id", "document_id").addSelect(`x.${column}`, "actor_id").distinct(true).from(DocumentActor, "x").where(`x.${column} IS NOT NULL`);
          // An empty role list asks for nothing (IN () is not valid SQL).
          if (args.roles) sq.andWhere(args.roles.length ? "x.role IN (:...roles)" : "1 = 0", { roles: args.roles });
          return sq;
        },
        "na",
        "na.document_id = t.id",
      );
    },
    orders: DOCUMENT_ORDERS,
  });
}

export const documentPagesByState = documentPagesByActor("documentPagesByState", "state_id");
export const documentPagesByOrganisation = documentPagesByActor("documentPagesByOrganisation", "organisation_id");
