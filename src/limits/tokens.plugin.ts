import { Lexer, Source, TokenKind } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { ErrorCode } from "../errors/error-codes";

/**
 * graphql-js's parser enforces the token limit itself (`parseOptions.maxTokens`, set in server.ts)
 * and stops at the first token over it, so a huge document costs no more than the limit to refuse.
 * Its error is a parse error with the count unknown; this plugin turns it into QUERY_TOO_COMPLEX with
 * the measured size, counted by the lexer alone (no AST is built) up to 20 times the limit.
 */
export function tokensPlugin(maxTokens: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, source }) {
          for (const error of errors) {
            // graphql-js 16 writes "more that"; accept either spelling.
            if (!/Document contains more tha[nt] \d+ tokens/.test(error.message)) continue;
            const cap = COUNT_CAP_FACTOR * maxTokens;
            const value = countTokens(source ?? "", cap);
            // At the cap the count is a lower bound, and the answer says so.
            const atLeast = value >= cap ? "at least " : "";
            error.message = `The operation has ${atLeast}${value} tokens; the limit is ${maxTokens}. Split it, or use fragments and variables instead of repeated literals.`;
            Object.assign(error.extensions, { code: ErrorCode.QUERY_TOO_COMPLEX, limit: "tokens", maximum: maxTokens, value, ...(atLeast ? { valueIsLowerBound: true } : {}) });
          }
        },
      };
    },
  };
}

/** Counting stops here: enough to tell a client how far over it is, without lexing a whole megabyte. */
const COUNT_CAP_FACTOR = 20;

function countTokens(text: string, cap: number): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  try {
    while (count < cap && lexer.advance().kind !== TokenKind.EOF) count++;
  } catch {
    // A lexing error past the limit: the count so far is still a true lower bound.
  }
  return count;
}
