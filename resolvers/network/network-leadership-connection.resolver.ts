import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Network } from "../../entities/network.entity";
import { LeadershipRole } from "../../entities/enums/leadership-role.enum";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { BadUserInputError } from "../../src/errors/bad-user-input.error";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { ConnectionType } from "../../src/pagination/connection.type";
import { nestedPageRequest } from "../../src/pagination/nested-page";
import { OrderDirection } from "../../src/pagination/order-direction.enum";
import { LeadershipTerm } from "../../entities/leadership-term.entity";
import type { LeadershipArgs } from "../../src/loaders/network.loaders";
import { leadershipPagesByNetwork } from "../../src/loaders/connection-pages.loaders";
import { PeriodOrder, PeriodOrderField } from "./period.order.input";
import { leadershipRoles, ROLES_DESCRIPTION } from "./leadership-roles";

export const LeadershipTermConnection = ConnectionType(LeadershipTerm, "LeadershipTerm", "leadership terms");

/** The paged form of `Network.leadership`. */
@Resolver(() => Network)
export class NetworkLeadershipConnectionResolver {
  @FieldResolver(() => LeadershipTermConnection, {
    description: "A page of the network's leadership terms (the paged form of `leadership`); default order: by start date, unknown starts last. One statement per level for all networks.",
  })
  leadershipConnection(
    @Root() network: Network,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("role", () => LeadershipRole, { nullable: true, description: "Only terms in this role." }) role: LeadershipRole | undefined,
    @Arg("roles", () => [LeadershipRole], { nullable: true, description: ROLES_DESCRIPTION }) roles: LeadershipRole[] | undefined,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only terms that held on this day." }) asOf: string | undefined,
    @Arg("year", () => Int, { nullable: true, description: "Only terms that overlap this calendar year. Cannot be combined with `asOf`." }) year: number | undefined,
    @Arg("orderBy", () => PeriodOrder, { nullable: true, description: "How to sort, by the term's start (default: oldest first; DESC for newest first)." }) orderBy: PeriodOrder | undefined,
    @Ctx() ctx: Context,
  ) {
    if (year != null && asOf != null) throw new BadUserInputError("year", "cannot be combined with `asOf`; ask for a day or for a year");
    if (year != null && (year < 1 || year > 9999)) throw new BadUserInputError("year", "must be a year between 1 and 9999");
    const request = nestedPageRequest(page, orderBy?.field ?? PeriodOrderField.START_DATE, orderBy?.direction ?? OrderDirection.ASC);
    const filter: LeadershipArgs = leadershipRoles(role, roles);
    if (asOf) filter.asOf = asOf;
    if (year != null) filter.year = year;
    return ctx.loaders.get(leadershipPagesByNetwork).load({ id: network.pk, filter, page: request });
  }
}
