import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { Citation } from "../../entities/citation.entity";
import type { Context } from "../../src/context";
import { citationByPk } from "../../src/loaders/subject.loaders";
import { fromGlobalId } from "../../src/global-id";

@Resolver(() => Citation)
export class CitationResolver {
  @Query(() => Citation, { nullable: true, description: "A citation by its global id; null when none matches." })
  citation(@Arg("id", () => ID, { description: "The citation's global id." }) id: string, @Ctx() ctx: Context): Promise<Citation | null> {
    const parsed = fromGlobalId(id);
    return parsed?.type === "Citation" ? ctx.loaders.get(citationByPk).load(parsed.id) : Promise.resolve(null);
  }
}
