import { Arg, Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import { SourceLink } from "../../entities/source-link.entity";
import { Observation } from "../../entities/observation.entity";
import type { Row } from "../../entities/row.base";
import type { Context } from "../../src/context";
import { observationsBySubject, sourcesBySubject } from "../../src/loaders/subject.loaders";
import { ObservationMetric } from "../../entities/enums/observation-metric.enum";
import { observationSeries } from "../../src/observations/observation-series.order";

/**
 * Adds `sources` (and, with `observations: true`, `observations`) to a type. Every fact-bearing
 * type gets them from here, so provenance is loaded the same batched way everywhere.
 */
export function SourcedResolver(type: ClassType<Row>, typeName: string, options: { observations?: boolean } = {}) {
  @Resolver(() => type)
  class SourcedFields {
    @FieldResolver(() => [SourceLink], { description: "The citations that support this, with the words of each source." })
    sources(@Root() row: Row, @Ctx() ctx: Context) {
      return ctx.loaders.get(sourcesBySubject).load({ type: typeName, pk: row.pk });
    }
  }
  if (!options.observations) return SourcedFields;

  @Resolver(() => type)
  class ObservedFields extends SourcedFields {
    @FieldResolver(() => [Observation], { description: "Counts reported about this by the sources; conflicting reports appear side by side." })
    observations(@Root() row: Row, @Ctx() ctx: Context) {
      return ctx.loaders.get(observationsBySubject).load({ type: typeName, pk: row.pk });
    }

    @FieldResolver(() => [Observation], {
      description:
        "One metric over time (e.g. a network's member count with `metric: MEMBERS`): the dated reports of `metric`, oldest first; reports of the same date from " +
        "different sources stay side by side (see their `conflicts`). Without `metric`, every dated report in time order. Undated reports cannot be placed " +
        "in time and are left out (`observations` lists them). Shares one statement with `observations` for all parents.",
    })
    async observationSeries(
      @Root() row: Row,
      @Arg("metric", () => ObservationMetric, { nullable: true, description: "The metric to follow over time, e.g. MEMBERS; omitted: every metric." }) metric: ObservationMetric | null | undefined,
      @Ctx() ctx: Context,
    ) {
      return observationSeries(await ctx.loaders.get(observationsBySubject).load({ type: typeName, pk: row.pk }), metric);
    }
  }
  return ObservedFields;
}
