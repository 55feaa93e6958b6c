import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { NetworkMembership } from "../../entities/network-membership.entity";
import { Network } from "../../entities/network.entity";
import { Person } from "../../entities/person.entity";
import { Actor } from "../../entities/actor.interface";
import type { Context } from "../../src/context";
import { networkByPk } from "../../src/loaders/network.loaders";
import { loadActor } from "../../src/loaders/actor.loaders";
import { personByPk } from "../../src/loaders/person.loaders";

@Resolver(() => NetworkMembership)
export class NetworkMembershipResolver {
  @FieldResolver(() => Network, { description: "The network." })
  network(@Root() m: NetworkMembership, @Ctx() ctx: Context) {
    return ctx.loaders.get(networkByPk).load(m.networkId);
  }

  @FieldResolver(() => Actor, { description: "The member state or organisation." })
  member(@Root() m: NetworkMembership, @Ctx() ctx: Context) {
    return loadActor(ctx, m.member);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The member's focal point, when the sources name one." })
  focalPoint(@Root() m: NetworkMembership, @Ctx() ctx: Context) {
    return m.focalPointId == null ? null : ctx.loaders.get(personByPk).load(m.focalPointId);
  }
}
