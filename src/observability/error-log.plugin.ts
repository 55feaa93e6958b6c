import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import { rootErrorOf } from "../errors/root-error";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Context } from "../context";
import { ErrorCode } from "../errors/error-codes";
import { tagErrorId } from "../errors/error-id";
import type { Logger } from "./logger";
import type { RequestInfo } from "./request-info";
import { clip, describeInternalError } from "./error-summary";

/** Called once per request that had internal errors, with the first one (tests read these). */
export type ErrorLogger = (entry: { errorId: string; error: unknown; path?: readonly (string | number)[]; count: number }) => void;

/**
 * At most one log entry per request, however many of its fields failed: client errors (public
 * codes) as one warn line without a stack; internal errors as one error entry with the stack of
 * the first and the count. Also records every code into `RequestInfo.errorCodes` for the access
 * log and the metrics. The request id is the `errorId` of internal errors, so an answer, its
 * access line and its error entry share one id.
 */
export function errorLogPlugin(logger: Logger, onInternalError?: ErrorLogger): ApolloServerPlugin<Context> {
  return {
    async contextCreationDidFail({ error }) {
      // No request context yet: Apollo answers this one itself, and formatError finds this id on it.
      const errorId = randomUUID();
      tagErrorId(error, errorId);
      if (error instanceof GraphQLError && error.extensions.code) {
        logger.warn({ errorId, codes: [error.extensions.code], firstError: { message: clip(error.message, 300) } }, "client error");
        return;
      }
      logger.error({ errorId, err: describeInternalError(error) }, "internal error while creating the request context");
      onInternalError?.({ errorId, error, count: 1 });
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) tagErrorId(error, contextValue.request.id);
        },
        async willSendResponse({ response, errors, contextValue }) {
          const body = response.body;
          const formatted = body.kind === "single" ? body.singleResult.errors : body.initialResult.errors;
          if (formatted?.length) writeEntry(logger, contextValue.request, formatted, errors ?? [], onInternalError);
        },
      };
    },
  };
}

function writeEntry(logger: Logger, info: RequestInfo, formatted: readonly GraphQLFormattedError[], raw: readonly unknown[], onInternalError?: ErrorLogger): void {
  const internal: number[] = [];
  formatted.forEach((error, i) => {
    const code = typeof error.extensions?.code === "string" ? error.extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
    if (!info.errorCodes.includes(code)) info.errorCodes.push(code);
    if (code === ErrorCode.INTERNAL_SERVER_ERROR) internal.push(i);
  });
  const common = { requestId: info.id, operation: info.operationName, errors: formatted.length, codes: info.errorCodes };
  if (internal.length === 0) {
    const first = formatted[0];
    logger.warn({ ...common, firstError: { message: clip(first.message, 300), path: first.path?.join(".") } }, "client error");
    return;
  }
  // Formatted errors come from the raw ones in the same order (Apollo maps the array one to one).
  const first = formatted[internal[0]];
  const original = rootErrorOf(raw[internal[0]] ?? raw[0]);
  const errorId = String(first.extensions?.errorId ?? info.id);
  logger.error({ ...common, errorId, internalErrors: internal.length, path: first.path?.join("."), err: describeInternalError(original) }, "internal error");
  onInternalError?.({ errorId, error: original, path: first.path, count: internal.length });
}
