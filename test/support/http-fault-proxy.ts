import http from "node:http";

export type FaultMode = "pass" | "slow" | "errors" | "http500";

/**
 * An HTTP hop in front of a partner subgraph, to cause partner faults on demand: `slow` holds each
 * operation for `delayMs` before passing it on, `errors` answers it with GraphQL errors (whose
 * message the hub must not repeat), `http500` with an HTTP 500. The gateway's SDL requests always
 * pass, so composition is never what fails. Everything else is forwarded byte for byte.
 */
export interface HttpFaultProxy {
  url: string;
  mode: FaultMode;
  delayMs: number;
  close(): Promise<void>;
}

export const LEAKY_PARTNER_MESSAGE = "relation mechanisms_internal does not exist at 10.1.2.3:5432";

export async function startHttpFaultProxy(target: string): Promise<HttpFaultProxy> {
  const proxy: HttpFaultProxy = { url: "", mode: "pass", delayMs: 0, close: async () => undefined };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const faulty = !body.toString().includes("__ApolloGetServiceDefinition__");
    if (faulty && proxy.mode === "slow") await new Promise((r) => setTimeout(r, proxy.delayMs));
    if (res.destroyed) return;
    if (faulty && proxy.mode === "errors") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: null, errors: [{ message: LEAKY_PARTNER_MESSAGE, extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at secret.js:1"] } }] }));
      return;
    }
    if (faulty && proxy.mode === "http500") {
      res.writeHead(500, { "content-type": "text/plain" }).end(LEAKY_PARTNER_MESSAGE);
      return;
    }
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !["host", "connection", "content-length"].includes(name))) as Record<string, string>;
    try {
      const upstream = await fetch(target, { method: req.method, headers, body: req.method === "GET" ? undefined : body });
      res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" }).end(Buffer.from(await upstream.arrayBuffer()));
    } catch {
      res.destroy(); // the partner is down: the hub sees a dropped connection
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  proxy.url = `http://127.0.0.1:${port}/`;
  proxy.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
