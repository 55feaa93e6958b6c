import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context";

/**
 * Reports how many SQL statements a request ran, as `extensions.sql.statements`. Tests and the
 * benchmark read it to assert batching; it is off unless EXPOSE_SQL_STATS is set.
 */
export function sqlStatsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            sql: { statements: contextValue.sqlStats.statements },
          };
        },
      };
    },
  };
}
