import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Actor } from "../../entities/actor.interface";
import type { Context } from "../../src/context";
import { loadActor } from "../../src/loaders/actor.loaders";
import { TreatySignatory } from "./treaty-signatory.type";

@Resolver(() => TreatySignatory)
export class TreatySignatoryResolver {
  @FieldResolver(() => Actor, { description: "The signatory." })
  async actor(@Root() s: TreatySignatory, @Ctx() ctx: Context) {
    return loadActor(ctx, s.actorRef);
  }
}
