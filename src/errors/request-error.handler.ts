import type { ErrorRequestHandler } from "express";
import { ErrorCode } from "./error-codes";

/** What the client did wrong, by body-parser's error type (an unknown type reads as a JSON problem). */
function messageFor(error: { type?: string; code?: string; headers?: unknown } | undefined, maxBodyBytes: number): string {
  switch (error?.type) {
    case "entity.too.large":
      return `The request body is too large (at most ${maxBodyBytes} bytes).`;
    case "charset.unsupported":
      return "The request body's charset is not supported: send JSON in UTF-8.";
    case "encoding.unsupported":
      return "The request body's Content-Encoding is not supported: send it as is, or with gzip, deflate or br.";
    case "request.size.invalid":
    case "request.aborted":
      return "The request body does not match its Content-Length.";
  }
  // zlib's own errors (Z_DATA_ERROR, Z_BUF_ERROR…): the body is not what its Content-Encoding says.
  if (typeof error?.code === "string" && error.code.startsWith("Z_")) return "The request body could not be decompressed as its Content-Encoding says.";
  return "The request body is not valid JSON.";
}

/**
 * Errors raised before GraphQL runs (a body that is not JSON, too large, in an unknown encoding or
 * charset) answered the GraphQL way, with a code, instead of Express's HTML page and its stack trace.
 */
export function requestErrorHandler(maxBodyBytes: number): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error?.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 400;
    res.status(status).json({ errors: [{ message: messageFor(error, maxBodyBytes), extensions: { code: ErrorCode.BAD_REQUEST } }] });
  };
}
