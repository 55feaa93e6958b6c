import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Observation } from "../../entities/observation.entity";
import { Citation } from "../../entities/citation.entity";
import type { Context } from "../../src/context";
import { citationByPk, observationsBySubject } from "../../src/loaders/subject.loaders";
import { observationByPk } from "../../src/loaders/meeting.loaders";
import { registerNodeType } from "../../src/node-types";
import { conflictsWith } from "../../src/observations/observation-conflict.rule";

registerNodeType("Observation", observationByPk);

@Resolver(() => Observation)
export class ObservationResolver {
  @FieldResolver(() => Citation, { description: "The source that reported this count." })
  source(@Root() o: Observation, @Ctx() ctx: Context) {
    return ctx.loaders.get(citationByPk).load(o.citationId);
  }

  @FieldResolver(() => [Observation], {
    description:
      "Reports by OTHER sources that disagree with this one about the same thing at the same time. Two reports conflict when " +
      "(1) they are about the same subject; " +
      "(2) they count the same quantity: the same metric, or metrics where one is part of the other (MINISTERS within MINISTERIAL_LEVEL_PARTICIPANTS " +
      "and within HIGH_LEVEL_PARTICIPANTS, MINISTERIAL_LEVEL_PARTICIPANTS within HIGH_LEVEL_PARTICIPANTS, STATES within MEMBERS); " +
      "(3) they refer to the same time: one `asOf` lies within the other (compared at the coarser precision: 2024 and 18 January 2024 match), " +
      "neither open-ended (by…, …or later), or both undated on a meeting or document; " +
      "(4) their sources (citations) differ: one source's different statements are not a disagreement; " +
      "(5) their values cannot both hold: the ranges of the qualifiers do not meet (EXACT 14 vs EXACT 10 conflict, MORE_THAN 70 vs EXACT 79 " +
      "do not, ABOUT allows 10 %), and a part may not exceed its whole (14 Ministers vs 10 at ministerial level conflict). " +
      "The same count at different dates is a time series (`observationSeries` on the subject), not a conflict.",
  })
  async conflicts(@Root() o: Observation, @Ctx() ctx: Context) {
    // Same loader and key as the subject's `observations` field: when reached from there the rows are already cached.
    const siblings = await ctx.loaders.get(observationsBySubject).load({ type: o.subjectType, pk: o.subjectId });
    return siblings.filter((s) => conflictsWith(o, s));
  }
}
