import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import { TreatyProponent } from "../../entities/treaty-proponent.entity";
import { TreatyCrime } from "../../entities/treaty-crime.entity";
import { Network } from "../../entities/network.entity";
import { Actor } from "../../entities/actor.interface";
import { CrimeScope } from "../../entities/enums/crime-scope.enum";
import type { Context } from "../../src/context";
import { loadActor } from "../../src/loaders/actor.loaders";
import { crimesByTreaty, proponentsByTreaty } from "../../src/loaders/treaty.loaders";
import { networkByPk } from "../../src/loaders/network.loaders";

/** Who stands behind a treaty and what it covers. */
@Resolver(() => TreatyProposal)
export class TreatyProposalLinksResolver {
  @FieldResolver(() => Network, { nullable: true, description: "The initiative or core group behind the treaty." })
  network(@Root() tp: TreatyProposal, @Ctx() ctx: Context) {
    return tp.networkId == null ? null : ctx.loaders.get(networkByPk).load(tp.networkId);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The depositary (a state or an organisation); null when none is recorded." })
  depositary(@Root() tp: TreatyProposal, @Ctx() ctx: Context) {
    return loadActor(ctx, tp.depositary);
  }

  @FieldResolver(() => [TreatyProponent], { description: "The proponents and core group, in the order they joined." })
  proponents(@Root() tp: TreatyProposal, @Ctx() ctx: Context) {
    return ctx.loaders.get(proponentsByTreaty).load({ id: tp.pk, args: undefined });
  }

  @FieldResolver(() => [TreatyCrime], { description: "The crimes the treaty covers; with `scope`, only those covered that way." })
  crimes(
    @Root() tp: TreatyProposal,
    @Arg("scope", () => CrimeScope, { nullable: true, description: "Only crimes covered by default (CORE) or by opt-in (OPTIONAL_ANNEX)." }) scope: CrimeScope | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.get(crimesByTreaty).load({ id: tp.pk, args: { scope: scope ?? undefined } });
  }
}
