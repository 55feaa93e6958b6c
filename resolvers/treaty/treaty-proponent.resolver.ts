import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { TreatyProponent } from "../../entities/treaty-proponent.entity";
import { Actor } from "../../entities/actor.interface";
import type { Context } from "../../src/context";
import { loadActor } from "../../src/loaders/actor.loaders";

@Resolver(() => TreatyProponent)
export class TreatyProponentResolver {
  @FieldResolver(() => Actor, { description: "The proponent." })
  actor(@Root() p: TreatyProponent, @Ctx() ctx: Context) {
    return loadActor(ctx, p.actor);
  }
}
