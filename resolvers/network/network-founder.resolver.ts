import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { NetworkFounder } from "../../entities/network-founder.entity";
import { Actor } from "../../entities/actor.interface";
import type { Context } from "../../src/context";
import { loadActor } from "../../src/loaders/actor.loaders";

@Resolver(() => NetworkFounder)
export class NetworkFounderResolver {
  @FieldResolver(() => Actor, { description: "The founding state or organisation." })
  actor(@Root() founder: NetworkFounder, @Ctx() ctx: Context) {
    return loadActor(ctx, founder.actor);
  }
}
