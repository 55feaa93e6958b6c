import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { State } from "../../entities/state.entity";
import { Organisation } from "../../entities/organisation.entity";
import type { Document } from "../../entities/document.entity";
import type { Context } from "../../src/context";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import type { Page } from "../../src/pagination/connection.type";
import { nestedPageRequest } from "../../src/pagination/nested-page";
import { OrderDirection } from "../../src/pagination/order-direction.enum";
import type { LoaderDefinition } from "../../src/loaders/loader-registry";
import type { PartitionedKey } from "../../src/loaders/partitioned-pages.loaders";
import { documentPagesByOrganisation, documentPagesByState, type ActorDocumentPageArgs } from "../../src/loaders/document-pages.loaders";
import { ActorDocumentsArgs } from "./actor-documents.args";
import { DocumentConnection } from "./document.connection";
import { DocumentOrder, DocumentOrderField } from "./document.order.input";

const DESCRIPTION =
  "A page of the documents that name the actor as author, signatory or dissociating member (the paged form of `documents`), each document once whatever its roles; default order: by date, oldest first, undated last. One statement per level for all actors.";
const ORDER_DESCRIPTION = "How to sort (default: by date, oldest first; DESC for newest first; or by TITLE).";

function load(
  loader: LoaderDefinition<PartitionedKey<ActorDocumentPageArgs>, Page<Document>, string>,
  pk: number, page: ConnectionArgs, args: ActorDocumentsArgs, orderBy: DocumentOrder | undefined, ctx: Context,
) {
  const request = nestedPageRequest(page, orderBy?.field ?? DocumentOrderField.DATE, orderBy?.direction ?? OrderDirection.ASC);
  // Equal role sets share one statement, however the client spells them.
  const filter: ActorDocumentPageArgs = args.roles ? { roles: [...new Set(args.roles)].sort() } : {};
  return ctx.loaders.get(loader).load({ id: pk, filter, page: request });
}

/** The paged form of `State.documents`. */
@Resolver(() => State)
export class StateDocumentsConnectionResolver {
  @FieldResolver(() => DocumentConnection, { description: DESCRIPTION })
  documentsConnection(
    @Root() state: State,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Args(() => ActorDocumentsArgs) args: ActorDocumentsArgs,
    @Arg("orderBy", () => DocumentOrder, { nullable: true, description: ORDER_DESCRIPTION }) orderBy: DocumentOrder | undefined,
    @Ctx() ctx: Context,
  ) {
    return load(documentPagesByState, state.pk, page, args, orderBy, ctx);
  }
}

/** The paged form of `Organisation.documents`. */
@Resolver(() => Organisation)
export class OrganisationDocumentsConnectionResolver {
  @FieldResolver(() => DocumentConnection, { description: DESCRIPTION })
  documentsConnection(
    @Root() org: Organisation,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Args(() => ActorDocumentsArgs) args: ActorDocumentsArgs,
    @Arg("orderBy", () => DocumentOrder, { nullable: true, description: ORDER_DESCRIPTION }) orderBy: DocumentOrder | undefined,
    @Ctx() ctx: Context,
  ) {
    return load(documentPagesByOrganisation, org.pk, page, args, orderBy, ctx);
  }
}
