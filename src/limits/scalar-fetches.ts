import type { ComplexityEstimatorArgs } from "graphql-query-complexity";

/**
 * Fetches a scalar field needs. Scalars are read from their parent's row and cost nothing, except
 * a name in another language than English (`name(lang: FR)`, `officialName(lang: RU)`): it is
 * read from `actor_name`, one batched statement per level, so it is priced like a fetch under
 * every parent, as a list would be.
 */
export function scalarFetches({ field, args }: ComplexityEstimatorArgs): number {
  const lang = args.lang;
  return lang != null && lang !== "EN" && field.args.some((a) => a.name === "lang") ? 1 : 0;
}
