import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Position } from "../../entities/position.entity";
import { Person } from "../../entities/person.entity";
import { Actor } from "../../entities/actor.interface";
import type { Context } from "../../src/context";
import { loadActor } from "../../src/loaders/actor.loaders";
import { personByPk } from "../../src/loaders/person.loaders";

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Actor, { nullable: true, description: "The state or organisation the post belongs to; null when the sources name none." })
  affiliation(@Root() position: Position, @Ctx() ctx: Context) {
    return loadActor(ctx, position.affiliation);
  }

  @FieldResolver(() => Person, { description: "The person who held the post." })
  person(@Root() position: Position, @Ctx() ctx: Context) {
    return ctx.loaders.get(personByPk).load(position.personId);
  }
}
