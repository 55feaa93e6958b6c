import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { NetworkMembership } from "../../entities/network-membership.entity";
import { FocalPointContact } from "../../entities/focal-point-contact.entity";
import type { Context } from "../../src/context";
import { contactByMembership } from "../../src/loaders/focal-point-contact.loaders";

/** Field-level contact data on a membership (issue 10 §2): null unless the viewer may read it. */
@Resolver(() => NetworkMembership)
export class NetworkMembershipContactResolver {
  @FieldResolver(() => FocalPointContact, {
    nullable: true,
    description:
      "How to reach the member's focal point (office email, phone, office). Readable by partners that are current members of the network, its stewards and administrators; null for everyone else, and when none is stored. One statement for all memberships on a page.",
  })
  contact(@Root() m: NetworkMembership, @Ctx() ctx: Context) {
    return ctx.loaders.get(contactByMembership).load(m.pk);
  }
}
