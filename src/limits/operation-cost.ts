import { GraphQLError, type DocumentNode, type GraphQLSchema } from "graphql";
import { getComplexity } from "graphql-query-complexity";
import { costEstimator, nodesEstimator } from "./cost.estimators";
import { LimitExceededError } from "./limit-exceeded.error";

/** Selections the cost walk may visit (fragments expanded); past it the operation is refused. */
export const MAX_EVALUATED_SELECTIONS = 5_000;

export interface OperationCost {
  cost: number;
  nodes: number;
}

/**
 * Prices an operation with graphql-query-complexity, which reads page sizes from arguments and
 * variables alike. Its walk expands fragments; `maxQueryNodes` stops it early, so a document whose
 * fragments fan out exponentially is refused in bounded time instead of being walked.
 */
export function operationCost(schema: GraphQLSchema, query: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): OperationCost {
  const common = { schema, query, operationName, variables, maxQueryNodes: MAX_EVALUATED_SELECTIONS };
  try {
    return {
      cost: Math.max(1, getComplexity({ ...common, estimators: [costEstimator] })),
      nodes: getComplexity({ ...common, estimators: [nodesEstimator] }),
    };
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw new LimitExceededError("cost", MAX_EVALUATED_SELECTIONS, MAX_EVALUATED_SELECTIONS + 1, "expands (fragments included) to more selections than");
    }
    throw error;
  }
}
