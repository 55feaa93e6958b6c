import type { GraphQLFormattedError } from "graphql";
import { ErrorCode } from "../errors/error-codes";

/**
 * The error a partner's fault becomes, in the shape a subgraph answer carries (the gateway turns
 * it into the client's error at the fields that subgraph was asked for, which are null): coded
 * SUBGRAPH_UNAVAILABLE and naming the subgraph. Never the partner's own message or extensions:
 * those may describe its internals, and its own logs have them.
 */
export function subgraphUnavailable(subgraph: string, reason: string, path?: readonly (string | number)[]): GraphQLFormattedError {
  return {
    message: `The partner subgraph "${subgraph}" is unavailable (${reason}); the fields it provides are null.`,
    ...(path ? { path } : {}),
    extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, subgraph },
  };
}

/** Why a request to a subgraph failed, in words safe to show a client. */
export function failureReason(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; extensions?: { response?: { status?: number } }; cause?: { code?: string } } | null;
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return `it did not answer within ${timeoutMs} ms`;
  const status = e?.extensions?.response?.status;
  if (typeof status === "number") return `it answered HTTP ${status}`;
  return `it could not be reached${typeof e?.cause?.code === "string" ? ` (${e.cause.code})` : ""}`;
}
