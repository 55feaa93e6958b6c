import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { LimitsConfig } from "../config";
import { LimitExceededError, type LimitName } from "./limit-exceeded.error";

/**
 * graphql-armor reports a refusal only as text ("… limit of 15 exceeded, found 16."); the measured
 * value is read back from it so the client gets it as a number in `extensions.value`.
 */
function reportAs(limit: LimitName, maximum: number, what: string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? maximum + 1);
    context?.reportError(new LimitExceededError(limit, maximum, found, what));
  };
}

/**
 * Shape limits checked during validation, before anything runs: depth, aliases and directives
 * through graphql-armor, which walks each fragment once (it memoises fragments), so nested spreads
 * cannot make the check itself expensive. Fragments add no depth: `{ a { ...F } }` with
 * `fragment F on A { b }` is as deep as `{ a { b } }`. Tokens are limited by graphql-js's own parser
 * (`parseOptions.maxTokens`, see tokens.plugin.ts) and cost by cost.plugin.ts, which needs variables.
 */
export function queryShapeRules(limits: LimitsConfig): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  const { validationRules } = new ApolloArmor({
    maxDepth: { ...common, n: limits.maxDepth, flattenFragments: true, onReject: [reportAs("depth", limits.maxDepth, "nests fields this deep:")] },
    maxAliases: { ...common, n: limits.maxAliases, onReject: [reportAs("aliases", limits.maxAliases, "uses this many aliases:")] },
    maxDirectives: { ...common, n: limits.maxDirectives, onReject: [reportAs("directives", limits.maxDirectives, "uses this many directives:")] },
    // Cost needs the schema's list sizes and the variables: cost.plugin.ts. Tokens: graphql-js's parser.
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    // Suggestions are switched by Apollo's hideSchemaDetailsFromClientErrors (config.fieldSuggestions).
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return validationRules as ValidationRule[];
}
