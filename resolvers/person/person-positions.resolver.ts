import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Person } from "../../entities/person.entity";
import { Position } from "../../entities/position.entity";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { positionsByPerson } from "../../src/loaders/person.loaders";

@Resolver(() => Person)
export class PersonPositionsResolver {
  @FieldResolver(() => [Position], { description: "The posts the person held, earliest first; with `asOf`, only those held on that day." })
  positions(
    @Root() person: Person,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only posts held on this day." }) asOf: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.get(positionsByPerson).load({ id: person.pk, args: { asOf: asOf ?? undefined } });
  }
}
