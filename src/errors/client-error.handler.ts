import { maxHeaderSize } from "node:http";
import type { Socket } from "node:net";
import { ErrorCode } from "./error-codes";

/** Status, reason phrase and message for each parser error that is not plain malformed HTTP. */
const ANSWERS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    "Request Header Fields Too Large",
    `The request line and headers are too large (at most ${Math.round(maxHeaderSize / 1024)} KB in all); send long queries with POST.`,
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [408, "Request Timeout", "The request was not received in time."],
};
const MALFORMED: [number, string, string] = [400, "Bad Request", "The HTTP request is malformed."];

/**
 * Requests Node's HTTP parser refuses before Express sees them (a 100 KB GET query string overflows
 * the header limit, a broken request line…). Node would answer with a bare status line; this answers
 * the GraphQL way, with a JSON body and a code, then closes the connection.
 */
export function clientErrorHandler() {
  return (error: Error & { code?: string }, socket: Socket): void => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason, message] = ANSWERS[error.code ?? ""] ?? MALFORMED;
    const body = JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  };
}
