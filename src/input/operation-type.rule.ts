import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";

/**
 * graphql-js validates `mutation { __typename }` against a schema without a Mutation type (only
 * `__typename` is asked for) and then fails at execution with a plain error. This rule refuses it
 * during validation, so the client gets GRAPHQL_VALIDATION_FAILED (HTTP 400), not an internal error.
 */
export function operationTypeRule(): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(node) {
      if (context.getSchema().getRootType(node.operation)) return;
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations; send a query.`, { nodes: [node] }));
    },
  });
}
