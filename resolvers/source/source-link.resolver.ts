import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { SourceLink } from "../../entities/source-link.entity";
import { Citation } from "../../entities/citation.entity";
import type { Context } from "../../src/context";
import { citationByPk } from "../../src/loaders/subject.loaders";
import { registerNodeType } from "../../src/node-types";

registerNodeType("Citation", citationByPk);

@Resolver(() => SourceLink)
export class SourceLinkResolver {
  @FieldResolver(() => Citation, { description: "The citation." })
  citation(@Root() link: SourceLink, @Ctx() ctx: Context) {
    return ctx.loaders.get(citationByPk).load(link.citationId);
  }
}
