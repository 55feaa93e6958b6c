import { getMetadataStorage } from "type-graphql";

/**
 * Lets graphql-js read plain properties itself. type-graphql otherwise wraps every field, plain
 * ones included, in a resolver that builds a resolver-data object and runs the (empty) middleware
 * chain: per leaf value of an answer, which for a page of a thousand participants is most of the
 * fields executed. A field whose GraphQL name differs from its property (`Node.id` is the getter
 * `globalId`) keeps the wrapper, because graphql-js's default resolver reads by GraphQL name.
 * Fields with a @FieldResolver are untouched: type-graphql ignores `simple` for them.
 * Must run before `buildSchema`; safe to run more than once.
 */
export function markPlainFieldsSimple(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple === undefined && !field.middlewares?.length && !field.roles) field.simple = field.name === field.schemaName;
  }
}

