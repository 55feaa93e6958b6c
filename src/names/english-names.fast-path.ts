import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { State } from "../../entities/state.entity";

/** The fields that take `lang`, and where a row keeps its English value. */
const ENGLISH: Record<string, (actor: { name: string; officialName?: string }) => string> = {
  name: (actor) => actor.name,
  // Organisations are recorded under their full name: it is also their official name.
  officialName: (actor) => (actor instanceof State ? actor.officialName : actor.name),
};

/**
 * `name` and `officialName` take `lang` (resolvers/names/), which makes type-graphql wrap them in
 * a resolver that validates arguments asynchronously: a promise for every name in an answer, even
 * in English, on fields that were plain property reads before. A page of a thousand participants
 * would pay a thousand promises for the same strings. Here the English answer (no `lang`, or EN)
 * is read from the row synchronously, as before, and only other languages go to the resolver and
 * its batched loader. Runs after `buildSchema`, on every type that implements Actor.
 */
export function answerEnglishNamesWithoutPromise(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === "Actor")) continue;
    const fields = type.getFields();
    for (const [name, english] of Object.entries(ENGLISH)) {
      const field = fields[name];
      const translated = field?.resolve;
      if (!translated || (translated as { englishFastPath?: true }).englishFastPath) continue;
      const resolve: GraphQLFieldResolver<any, unknown> = (root, args, context, info) =>
        args.lang == null || args.lang === "EN" ? english(root) : translated(root, args, context, info);
      field.resolve = Object.assign(resolve, { englishFastPath: true as const });
    }
  }
}
