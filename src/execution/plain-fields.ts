import { getMetadataStorage } from "type-graphql";

/**
 * Lets graphql-js read plain properties itself. type-graphql otherwise wraps every field, plain
 * ones included, in a resolver that builds a resolver-data object and runs the (empty) middleware
 * chain: per leaf value of an answer, which for a page of a thousand participants is most of the
 * fields executed. A field whose GraphQL name differs from its property (`Node.id` is the getter
 * `globalId`) keeps the wrapper, because graphql-js's default resolver reads by GraphQL name.
 * Fields with a @FieldResolver are untouched: type-graphql ignores `simple` for them.
 * A property that holds a promise (a lazy `totalCount`) keeps a resolver as well: graphql-js
 * awaits a promise wherever it finds one, but graphql-jit (EXECUTOR=jit) reads a field without a
 * resolver as a finished value and would serialize the promise itself. Such a field says
 * `simple: false` in its @Field; one declared as a `Promise<…>` in TypeScript is recognised here.
 * Must run before `buildSchema`; safe to run more than once.
 */
export function markPlainFieldsSimple(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple === undefined && !field.middlewares?.length && !field.roles) field.simple = field.name === field.schemaName && !declaredAsPromise(field.target, field.name);
  }
}

function declaredAsPromise(target: Function, property: string): boolean {
  return Reflect.getMetadata("design:type", target.prototype, property) === Promise;
}

