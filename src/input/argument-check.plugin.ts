import { getVariableValues } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context";
import { BadUserInputError } from "../errors/bad-user-input.error";
import { checkArgumentValue } from "./argument-checks";
import { findInArguments } from "./argument-values.walker";
import { invalidDateVariable, nameInvalidDateLiterals } from "./date-argument.names";

/**
 * Checks every argument value of the operation once, after validation and before any resolver or
 * SQL runs (see argument-checks.ts): one pass over the document, no wrapper around field resolvers.
 * A problem refuses the whole operation with HTTP 400 and BAD_USER_INPUT naming the argument.
 */
export function argumentCheckPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ document }) {
          // A refused Date literal: name its argument, for formatError's BAD_USER_INPUT.
          return async (errors) => {
            if (errors?.length) nameInvalidDateLiterals(document, errors);
          };
        },
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) {
            // A refused Date is named after the argument it reaches; other variables that do not
            // coerce fail the operation anyway, with graphql-js's BAD_USER_INPUT naming the variable.
            const date = invalidDateVariable(schema, document, operation, request.variables ?? {});
            if (date) throw new BadUserInputError(date.argumentName, date.reason, { status: 400, nodes: [date.node] });
            return;
          }
          const problem = findInArguments(schema, document, operation, coerced.coerced, checkArgumentValue);
          if (problem) throw new BadUserInputError(problem.argumentName, problem.message, { status: 400, nodes: [problem.field] });
        },
      };
    },
  };
}
