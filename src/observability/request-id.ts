import { randomUUID } from "node:crypto";

/** Tokens safe to copy into logs and response headers: no spaces, quotes, newlines or markup. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request id: the caller's `x-request-id` when it is a safe token (so a partner or a proxy can
 * follow its own id through our logs), otherwise a fresh UUID.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === "string" && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
}
