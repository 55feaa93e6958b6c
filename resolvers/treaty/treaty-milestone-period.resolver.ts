import { FieldResolver, Resolver, Root } from "type-graphql";
import { TreatyMilestone } from "../../entities/treaty-milestone.entity";
import { PartialDate } from "../../entities/partial-date.embedded";

/**
 * `start` and `end` of a milestone. TemporalRow's `@Field` getters do not reach the schema (the base
 * class carries no type-graphql decorator), so the milestone exposes them here.
 */
@Resolver(() => TreatyMilestone)
export class TreatyMilestonePeriodResolver {
  @FieldResolver(() => PartialDate, { nullable: true, description: "When this stage began; null when the sources do not say." })
  start(@Root() m: TreatyMilestone): PartialDate | null {
    return m.start;
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: "When this stage ended (e.g. the last day of a conference or of the signature period); null when it lasts or is not recorded." })
  end(@Root() m: TreatyMilestone): PartialDate | null {
    return m.end;
  }
}
