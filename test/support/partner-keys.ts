import type { TestHub } from "./test-server";
import { KeyStore, type CreateKeyInput } from "../../src/auth/key-store";

/** Creates a key in the hub's database the way the CLI does; resolves with the token. */
export async function issueKey(hub: TestHub, input: CreateKeyInput, now?: () => Date): Promise<string> {
  return (await new KeyStore(hub.ds, 365, now).createKey(input)).token;
}

/** POST /graphql with optional headers; the parsed body with status and headers. */
export async function send(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

/** GET /graphql (with Apollo's CSRF header) and optional headers. */
export async function sendGet(url: string, params: Record<string, unknown>, headers: Record<string, string> = {}) {
  const qs = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
  const res = await fetch(`${url}?${qs}`, { headers: { "apollo-require-preflight": "true", ...headers } });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
