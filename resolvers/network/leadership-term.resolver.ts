import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { LeadershipTerm } from "../../entities/leadership-term.entity";
import { LeadershipHolder } from "../../entities/leadership-holder.entity";
import { Network } from "../../entities/network.entity";
import type { Context } from "../../src/context";
import { holdersByTerm, networkByPk } from "../../src/loaders/network.loaders";

@Resolver(() => LeadershipTerm)
export class LeadershipTermResolver {
  @FieldResolver(() => Network, { description: "The network." })
  network(@Root() term: LeadershipTerm, @Ctx() ctx: Context) {
    return ctx.loaders.get(networkByPk).load(term.networkId);
  }

  @FieldResolver(() => [LeadershipHolder], { description: "Who held the term together, in the sources' order (join order for core groups)." })
  holders(@Root() term: LeadershipTerm, @Ctx() ctx: Context) {
    return ctx.loaders.get(holdersByTerm).load({ id: term.pk, args: undefined });
  }
}
