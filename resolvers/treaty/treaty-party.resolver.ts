import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Actor } from "../../entities/actor.interface";
import type { Context } from "../../src/context";
import { loadActor } from "../../src/loaders/actor.loaders";
import { TreatyParty } from "./treaty-party.type";

@Resolver(() => TreatyParty)
export class TreatyPartyResolver {
  @FieldResolver(() => Actor, { description: "The party." })
  async actor(@Root() p: TreatyParty, @Ctx() ctx: Context) {
    return loadActor(ctx, p.actorRef);
  }
}
