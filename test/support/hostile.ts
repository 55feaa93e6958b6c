import { expect } from "vitest";
import type { TestHub } from "./test-server";

/** What a client would see: the status, the raw text and, when it is JSON, the parsed body. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: any;
  ms: number;
}

/** No answer may carry SQL or a stack frame, whatever was sent. */
export const LEAK = /SELECT|INSERT|at .*\.(ts|js):\d+/;

/** One fetch, timed, with the answer read whatever its type. */
export async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(url, init);
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, text, body, ms: performance.now() - started };
}

/** A JSON POST of a GraphQL request (or of anything else, for malformed bodies). */
export function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
}

/** What a table case expects: the status, `errors[0].extensions.code`, and the argument it names, if any. */
export interface Expected {
  status: number;
  code: string;
  argumentName?: string;
}

/** Asserts the answer is the coded error expected, without leaks; `label` says which case failed. */
export function expectCoded(answer: Answer, expected: Expected, label: string): void {
  expect(answer.text, label).not.toMatch(LEAK);
  expect({ status: answer.status, code: answer.body?.errors?.[0]?.extensions?.code }, label).toEqual({ status: expected.status, code: expected.code });
  if (expected.argumentName !== undefined) expect(answer.body.errors[0].extensions.argumentName, label).toBe(expected.argumentName);
  expect(answer.body.errors[0].extensions.stacktrace, label).toBeUndefined();
  expect(answer.body.errors[0].message, label).not.toMatch(/^Internal server error/);
}

/** The server still answers a trivial query (asserted after each battery). */
export async function expectAlive(hub: TestHub): Promise<void> {
  const r = await hub.gql(`{ state(code: "GH") { name } }`);
  expect(r.status).toBe(200);
  expect(r.errors).toBeUndefined();
  expect(r.data).toEqual({ state: { name: "Ghana" } });
}

/** A global id for any type and key, as a forger would write it. */
export const globalId = (typeAndKey: string) => Buffer.from(typeAndKey, "utf8").toString("base64url");

/** A cursor from a raw JSON payload text (so `1e300` stays as written). */
export const rawCursor = (json: string) => Buffer.from(json, "utf8").toString("base64url");
