import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import type { Context } from "../../src/context";
import { paginate } from "../../src/pagination/paginate";
import { treatyProposalOrder, treatyProposalsQuery } from "../../src/queries/treaty.query";
import { treatyActionByPk, treatyProposalByPk, treatyProposalBySlug } from "../../src/loaders/treaty.loaders";
import { registerNodeType } from "../../src/node-types";
import { fromGlobalId } from "../../src/global-id";
import { BadUserInputError } from "../../src/errors/bad-user-input.error";
import { TreatyProposalConnection } from "./treaty-proposal.connection";
import { TreatyProposalsArgs } from "./treaty-proposals.args";

registerNodeType("TreatyProposal", treatyProposalByPk);
registerNodeType("TreatyAction", treatyActionByPk);

@Resolver(() => TreatyProposal)
export class TreatyProposalResolver {
  @Query(() => TreatyProposal, { nullable: true, description: "A treaty proposal by id or by slug (give exactly one); null when none matches." })
  treatyProposal(
    @Arg("id", () => ID, { nullable: true, description: "The treaty proposal's global id." }) id: string | undefined,
    @Arg("slug", () => String, { nullable: true, description: "The treaty proposal's slug (e.g. `ljubljana-the-hague-convention`)." }) slug: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<TreatyProposal | null> {
    if ((id == null) === (slug == null)) throw new BadUserInputError("slug", "give exactly one of `id` or `slug`");
    if (slug != null) return ctx.loaders.get(treatyProposalBySlug).load(slug.trim());
    const parsed = fromGlobalId(id as string);
    if (!parsed || parsed.type !== "TreatyProposal") return Promise.resolve(null);
    return ctx.loaders.get(treatyProposalByPk).load(parsed.id);
  }

  @Query(() => TreatyProposalConnection, { description: "Treaty proposals, filtered and paged." })
  async treatyProposals(@Args(() => TreatyProposalsArgs) args: TreatyProposalsArgs, @Ctx() ctx: Context) {
    const qb = treatyProposalsQuery(ctx.ds, args.filter);
    return paginate(qb, args, await treatyProposalOrder(ctx.ds, args.orderBy));
  }
}
