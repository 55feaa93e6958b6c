import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import type { PartialDate } from "../../entities/partial-date.embedded";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { nestedPageRequest } from "../../src/pagination/nested-page";
import { pageOfList } from "../../src/pagination/list-page";
import type { RankedRow } from "../../src/pagination/page-from-rows";
import { OrderDirection } from "../../src/pagination/order-direction.enum";
import { actionsByTreaty } from "../../src/loaders/treaty.loaders";
import { partiesOf, signatoriesOf } from "./treaty-standing.derive";
import { TreatyPartyConnection, TreatySignatoryConnection } from "./treaty-standing.connection";
import { TreatyActionOrder, TreatyActionOrderField } from "./treaty-action.order.input";

const ORDER_DESCRIPTION = "How to sort (default: by date, then the actor's name, oldest first, undated last; DESC for newest first).";

/**
 * A derived list as ranked rows: the cursor carries the date's earliest day (undated as
 * 9999-12-31) and the key of the action the row comes from. The actions arrive by date, then actor
 * name, but the two databases put undated actions at opposite ends; a stable sort by the day puts
 * them last, as every other connection does, and keeps the name order within a day.
 */
function ranked<T extends { actionPk: number }>(list: T[], dateOf: (row: T) => PartialDate | null | undefined): RankedRow<T>[] {
  const rows = list.map((node) => ({ node, value: dateOf(node)?.earliest ?? "9999-12-31", pk: node.actionPk }));
  return rows.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

const request = (page: ConnectionArgs, orderBy: TreatyActionOrder | undefined) =>
  nestedPageRequest(page, orderBy?.field ?? TreatyActionOrderField.DATE, orderBy?.direction ?? OrderDirection.ASC);

/**
 * The paged forms of `signatories` and `parties`. Both lists are derived from the treaty's actions,
 * which the plain lists' one batched statement loads (a treaty has at most a few hundred), so the
 * pages are cut in memory: the same statements as the plain lists, and `totalCount` costs none.
 */
@Resolver(() => TreatyProposal)
export class TreatyStandingConnectionsResolver {
  @FieldResolver(() => TreatySignatoryConnection, {
    description: "A page of who signed (the paged form of `signatories`), derived from the actions; default order: by date of first signature, then actor name. The same statement as `signatories`.",
  })
  async signatoriesConnection(
    @Root() tp: TreatyProposal,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only signatures dated on or before this day." }) asOf: string | undefined,
    @Arg("orderBy", () => TreatyActionOrder, { nullable: true, description: ORDER_DESCRIPTION }) orderBy: TreatyActionOrder | undefined,
    @Ctx() ctx: Context,
  ) {
    const paging = request(page, orderBy);
    const actions = await ctx.loaders.get(actionsByTreaty).load(tp.pk);
    return pageOfList(ranked(signatoriesOf(actions, asOf), (s) => s.signedOn), paging);
  }

  @FieldResolver(() => TreatyPartyConnection, {
    description: "A page of who is bound (the paged form of `parties`), derived from the actions; default order: by date of consent, then actor name. The same statement as `parties`.",
  })
  async partiesConnection(
    @Root() tp: TreatyProposal,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Judge standing on this day: only actions dated on or before it count." }) asOf: string | undefined,
    @Arg("orderBy", () => TreatyActionOrder, { nullable: true, description: ORDER_DESCRIPTION }) orderBy: TreatyActionOrder | undefined,
    @Ctx() ctx: Context,
  ) {
    const paging = request(page, orderBy);
    const actions = await ctx.loaders.get(actionsByTreaty).load(tp.pk);
    return pageOfList(ranked(partiesOf(actions, asOf), (p) => p.consentedOn), paging);
  }
}
