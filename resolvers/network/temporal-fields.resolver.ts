import { FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { TemporalRow } from "../../entities/temporal-row.base";
import { PartialDate } from "../../entities/partial-date.embedded";

/**
 * Exposes `start` and `end` on a TemporalRow type. The base class's `@Field` getters do not reach
 * the schema (TemporalRow carries no type-graphql class decorator), so each type adds them here;
 * if the base is fixed later, these resolvers simply back the same fields.
 */
export function TemporalFieldsResolver(type: ClassType<TemporalRow>) {
  @Resolver(() => type)
  class TemporalFields {
    @FieldResolver(() => PartialDate, { nullable: true, description: "When this began; null when the sources do not say." })
    start(@Root() row: TemporalRow): PartialDate | null {
      return row.start;
    }

    @FieldResolver(() => PartialDate, { nullable: true, description: "When this ended; null while it lasts or when the sources do not say." })
    end(@Root() row: TemporalRow): PartialDate | null {
      return row.end;
    }
  }
  return TemporalFields;
}
