import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Observation } from "../../entities/observation.entity";
import { Citation } from "../../entities/citation.entity";
import type { Context } from "../../src/context";
import { citationByPk, observationsBySubject } from "../../src/loaders/subject.loaders";
import { observationByPk } from "../../src/loaders/meeting.loaders";
import { registerNodeType } from "../../src/node-types";

registerNodeType("Observation", observationByPk);

@Resolver(() => Observation)
export class ObservationResolver {
  @FieldResolver(() => Citation, { description: "The source that reported this count." })
  source(@Root() o: Observation, @Ctx() ctx: Context) {
    return ctx.loaders.get(citationByPk).load(o.citationId);
  }

  @FieldResolver(() => [Observation], {
    description: "Other reports of the same metric about the same subject whose value or qualifier differs (e.g. a meeting called the 8th by one source and the 9th by another).",
  })
  async conflicts(@Root() o: Observation, @Ctx() ctx: Context) {
    // Same loader and key as the subject's `observations` field: when reached from there the rows are already cached.
    const siblings = await ctx.loaders.get(observationsBySubject).load({ type: o.subjectType, pk: o.subjectId });
    return siblings.filter((s) => s.pk !== o.pk && s.metric === o.metric && (s.value !== o.value || s.qualifier !== o.qualifier));
  }
}
