import { FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import { PartialDate, presentDate } from "../../entities/partial-date.embedded";
import type { TemporalRow } from "../../entities/temporal-row.base";

/**
 * Exposes `start` and `end` on a type built on TemporalRow. TemporalRow carries no type-graphql
 * class decorator, so the `@Field` getters it declares never reach the schema of its subclasses;
 * these field resolvers add them (and stay correct if TemporalRow is later decorated, since a
 * field resolver only supplies the resolve function of a field of the same name).
 */
export function TemporalFieldsResolver(type: ClassType<TemporalRow>) {
  @Resolver(() => type)
  class TemporalFields {
    @FieldResolver(() => PartialDate, { nullable: true, description: "When this began; null when the sources do not say." })
    start(@Root() row: TemporalRow): PartialDate | null {
      return presentDate(row.startAt);
    }

    @FieldResolver(() => PartialDate, { nullable: true, description: "When this ended; null while it lasts or when the sources do not say." })
    end(@Root() row: TemporalRow): PartialDate | null {
      return presentDate(row.endAt);
    }
  }
  return TemporalFields;
}
