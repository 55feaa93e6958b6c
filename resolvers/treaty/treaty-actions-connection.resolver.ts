import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import { TreatyActionType } from "../../entities/enums/treaty-action-type.enum";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { nestedPageRequest } from "../../src/pagination/nested-page";
import { selectsNodeField } from "../../src/pagination/selects-node-field";
import { OrderDirection } from "../../src/pagination/order-direction.enum";
import { actionPagesByTreaty, type TreatyActionArgs } from "../../src/loaders/connection-pages.loaders";
import { TreatyActionConnection } from "./treaty-action.connection";
import { TreatyActionOrder, TreatyActionOrderField } from "./treaty-action.order.input";

/** The paged form of `TreatyProposal.actions`. */
@Resolver(() => TreatyProposal)
export class TreatyActionsConnectionResolver {
  @FieldResolver(() => TreatyActionConnection, {
    description: "A page of what states and organisations did about the treaty (the paged form of `actions`); default order: by date, then actor name. One statement per level for all treaties.",
  })
  actionsConnection(
    @Root() tp: TreatyProposal,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("types", () => [TreatyActionType], { nullable: true, description: "Only actions of these types." }) types: TreatyActionType[] | undefined,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only actions dated on or before this day." }) asOf: string | undefined,
    @Arg("orderBy", () => TreatyActionOrder, { nullable: true, description: "How to sort (default: by date, oldest first; DESC for newest first)." }) orderBy: TreatyActionOrder | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const request = nestedPageRequest(page, orderBy?.field ?? TreatyActionOrderField.DATE, orderBy?.direction ?? OrderDirection.ASC);
    const filter: TreatyActionArgs = {};
    if (types) filter.types = [...new Set(types)].sort();
    if (asOf) filter.asOf = asOf;
    return ctx.loaders.get(actionPagesByTreaty).load({ id: tp.pk, filter, page: request, include: selectsNodeField(info, "actor") ? ["actor"] : [] });
  }
}
