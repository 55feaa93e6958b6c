import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ActorName } from "../../entities/actor-name.entity";
import { Citation } from "../../entities/citation.entity";
import type { Context } from "../../src/context";
import { citationByPk } from "../../src/loaders/subject.loaders";

@Resolver(() => ActorName)
export class ActorNameResolver {
  @FieldResolver(() => Citation, { description: "Where the name comes from: world-countries for states' names (English names corrected from the UN's lists where the data's notes say so), the organisation's own sources otherwise." })
  source(@Root() name: ActorName, @Ctx() ctx: Context): Promise<Citation | null> {
    return ctx.loaders.get(citationByPk).load(name.citationId);
  }
}
