import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Network } from "../../entities/network.entity";
import { LeadershipTerm } from "../../entities/leadership-term.entity";
import { Actor } from "../../entities/actor.interface";
import { LeadershipRole } from "../../entities/enums/leadership-role.enum";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { BadUserInputError } from "../../src/errors/bad-user-input.error";
import { holdersByTerm, leadershipByNetwork } from "../../src/loaders/network.loaders";
import { loadActor } from "../../src/loaders/actor.loaders";
import { distinctActors } from "./distinct-actors";
import { leadershipRoles, ROLES_DESCRIPTION } from "./leadership-roles";

/** Who leads and supports a network. */
@Resolver(() => Network)
export class NetworkLeadershipResolver {
  @FieldResolver(() => [LeadershipTerm], { description: "Leadership terms (chairs, co-chairs, troikas, steering and facilitating groups, core groups, secretariat), by start date (unknown starts last) then id." })
  leadership(
    @Root() network: Network,
    @Arg("role", () => LeadershipRole, { nullable: true, description: "Only terms in this role." }) role: LeadershipRole | undefined,
    @Arg("roles", () => [LeadershipRole], { nullable: true, description: ROLES_DESCRIPTION }) roles: LeadershipRole[] | undefined,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only terms that held on this day." }) asOf: string | undefined,
    @Arg("year", () => Int, { nullable: true, description: "Only terms that overlap this calendar year (e.g. 2021 matches a \"2020/2021\" term). Cannot be combined with `asOf`." }) year: number | undefined,
    @Ctx() ctx: Context,
  ) {
    if (year != null && asOf != null) throw new BadUserInputError("year", "cannot be combined with `asOf`; ask for a day or for a year");
    if (year != null && (year < 1 || year > 9999)) throw new BadUserInputError("year", "must be a year between 1 and 9999");
    return ctx.loaders.get(leadershipByNetwork).load({ id: network.pk, args: { ...leadershipRoles(role, roles), asOf: asOf ?? undefined, year: year ?? undefined } });
  }

  @FieldResolver(() => [Actor], { description: "The organisations or states that act as the network's secretariat (holders of SECRETARIAT terms); with `asOf`, on that day." })
  async secretariat(
    @Root() network: Network,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only secretariat terms that held on this day." }) asOf: string | undefined,
    @Ctx() ctx: Context,
  ) {
    const terms = await ctx.loaders.get(leadershipByNetwork).load({ id: network.pk, args: { role: LeadershipRole.SECRETARIAT, asOf: asOf ?? undefined, year: undefined } });
    const holders = (await Promise.all(terms.map((t) => ctx.loaders.get(holdersByTerm).load({ id: t.pk, args: undefined })))).flat();
    return distinctActors(await Promise.all(holders.map((h) => loadActor(ctx, h.actor))));
  }
}
