import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { State } from "../../entities/state.entity";
import { Organisation } from "../../entities/organisation.entity";
import type { TreatyAction } from "../../entities/treaty-action.entity";
import type { Context } from "../../src/context";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import type { Page } from "../../src/pagination/connection.type";
import { nestedPageRequest } from "../../src/pagination/nested-page";
import { selectsNodeField } from "../../src/pagination/selects-node-field";
import { OrderDirection } from "../../src/pagination/order-direction.enum";
import type { LoaderDefinition } from "../../src/loaders/loader-registry";
import type { PartitionedKey } from "../../src/loaders/partitioned-pages.loaders";
import { treatyActionPagesByOrganisation, treatyActionPagesByState } from "../../src/loaders/connection-pages.loaders";
import { TreatyActionConnection } from "./treaty-action.connection";
import { TreatyActionOrder, TreatyActionOrderField } from "./treaty-action.order.input";

const DESCRIPTION = "A page of what the actor did about treaties (the paged form of `treatyActions`); default order: by date, oldest first. One statement per level for all actors.";

function load(
  loader: LoaderDefinition<PartitionedKey<{ treaty?: string }>, Page<TreatyAction>, string>,
  pk: number, page: ConnectionArgs, treaty: string | undefined, orderBy: TreatyActionOrder | undefined, ctx: Context, info: GraphQLResolveInfo,
) {
  const request = nestedPageRequest(page, orderBy?.field ?? TreatyActionOrderField.DATE, orderBy?.direction ?? OrderDirection.ASC);
  const include = selectsNodeField(info, "treatyProposal") ? ["treatyProposal"] : [];
  return ctx.loaders.get(loader).load({ id: pk, filter: treaty != null ? { treaty } : {}, page: request, include });
}

/** The paged form of `State.treatyActions`. */
@Resolver(() => State)
export class StateTreatyActionsConnectionResolver {
  @FieldResolver(() => TreatyActionConnection, { description: DESCRIPTION })
  treatyActionsConnection(
    @Root() state: State,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("treaty", () => String, { nullable: true, description: "Only actions on this treaty proposal (slug)." }) treaty: string | undefined,
    @Arg("orderBy", () => TreatyActionOrder, { nullable: true, description: "How to sort (default: by date, oldest first; DESC for newest first)." }) orderBy: TreatyActionOrder | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return load(treatyActionPagesByState, state.pk, page, treaty, orderBy, ctx, info);
  }
}

/** The paged form of `Organisation.treatyActions`. */
@Resolver(() => Organisation)
export class OrganisationTreatyActionsConnectionResolver {
  @FieldResolver(() => TreatyActionConnection, { description: DESCRIPTION })
  treatyActionsConnection(
    @Root() org: Organisation,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("treaty", () => String, { nullable: true, description: "Only actions on this treaty proposal (slug)." }) treaty: string | undefined,
    @Arg("orderBy", () => TreatyActionOrder, { nullable: true, description: "How to sort (default: by date, oldest first; DESC for newest first)." }) orderBy: TreatyActionOrder | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return load(treatyActionPagesByOrganisation, org.pk, page, treaty, orderBy, ctx, info);
  }
}
