import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { LeadershipHolder } from "../../entities/leadership-holder.entity";
import { Person } from "../../entities/person.entity";
import { Actor } from "../../entities/actor.interface";
import type { Context } from "../../src/context";

import { loadActor } from "../../src/loaders/actor.loaders";
import { personByPk } from "../../src/loaders/person.loaders";

@Resolver(() => LeadershipHolder)
export class LeadershipHolderResolver {
  @FieldResolver(() => Actor, { description: "The state or organisation holding the role." })
  actor(@Root() holder: LeadershipHolder, @Ctx() ctx: Context) {
    return loadActor(ctx, holder.actor);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The person who acted for the holder, when the sources name one." })
  person(@Root() holder: LeadershipHolder, @Ctx() ctx: Context) {
    return holder.personId == null ? null : ctx.loaders.get(personByPk).load(holder.personId);
  }
}
