import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { Organisation } from "../../entities/organisation.entity";
import type { Context } from "../../src/context";
import { paginate } from "../../src/pagination/paginate";
import { organisationOrder, organisationsQuery } from "../../src/queries/organisation.query";
import { organisationByAcronym, organisationByKey } from "../../src/loaders/organisation.loaders";
import { organisationByPk } from "../../src/loaders/actor.loaders";
import { registerNodeType } from "../../src/node-types";
import { fromGlobalId } from "../../src/global-id";
import { BadUserInputError } from "../../src/errors/bad-user-input.error";
import { OrganisationConnection } from "./organisation.connection";
import { OrganisationsArgs } from "./organisations.args";

registerNodeType("Organisation", organisationByPk);

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: "An organisation by exactly one of: global id, acronym (case-insensitive) or key; null when none matches." })
  organisation(
    @Arg("id", () => ID, { nullable: true, description: "The organisation's global id." }) id: string | undefined,
    @Arg("acronym", () => String, { nullable: true, description: "The acronym, case-insensitive (e.g. gcr2p)." }) acronym: string | undefined,
    @Arg("key", () => String, { nullable: true, description: "The stable key (e.g. `eu`)." }) key: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<Organisation | null> {
    const given = Object.entries({ id, acronym, key }).filter(([, v]) => v != null);
    if (given.length !== 1) {
      // Name the argument at fault: the second one given, or `id` (the first choice) when none is.
      throw new BadUserInputError(given[1]?.[0] ?? "id", "give exactly one of `id`, `acronym` or `key`");
    }
    if (id != null) {
      const parsed = fromGlobalId(id);
      return parsed?.type === "Organisation" ? ctx.loaders.get(organisationByPk).load(parsed.id) : Promise.resolve(null);
    }
    if (acronym != null) return ctx.loaders.get(organisationByAcronym).load(acronym.trim().toLowerCase());
    return ctx.loaders.get(organisationByKey).load((key as string).trim().toLowerCase());
  }

  @Query(() => OrganisationConnection, { description: "Regional and international organisations, UN entities, institutions and NGOs, filtered and paged." })
  organisations(@Args(() => OrganisationsArgs) args: OrganisationsArgs, @Ctx() ctx: Context) {
    return paginate(organisationsQuery(ctx.ds, args.filter), args, organisationOrder(args.orderBy));
  }
}
