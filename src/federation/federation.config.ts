import fs from "node:fs";

/** One partner subgraph the hub composes with its own (gateway mode). */
export interface SubgraphConfig {
  /** Its name in the supergraph (`extensions.subgraph` of its errors, its entry in /ready). */
  name: string;
  url: string;
  /** Sent on every request to this subgraph (an API key the partner gave the hub…). */
  headers: Record<string, string>;
  /** Client request headers passed on to this subgraph; nothing else of the client's is, `Authorization` included. */
  forwardHeaders: string[];
  /** A request to this subgraph that has not answered by then fails with SUBGRAPH_UNAVAILABLE. */
  timeoutMs: number;
}

/** Gateway mode (README, "Federating with the hub"); no partners and no file: `/graphql` is the hub's own subgraph. */
export interface FederationConfig {
  subgraphs: SubgraphConfig[];
  /** A composed supergraph file (`npm run compose`) served as is: the static mode recommended for production. */
  supergraphSdlPath?: string;
  /** How often partners are asked for their SDL, to pick up their changes; 0 never asks again after start. */
  pollIntervalMs: number;
  /** The hub's own subgraph: its name in the supergraph, and where a router reaches it (written by `npm run compose`). */
  hubName: string;
  hubUrl: string;
}

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5_000;
const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function subgraph(where: string, raw: Partial<SubgraphConfig>, defaultTimeoutMs: number): SubgraphConfig {
  check(typeof raw.name === "string" && NAME.test(raw.name), `${where}: a subgraph needs a name of letters, digits, _ or - (got ${JSON.stringify(raw.name)})`);
  check(typeof raw.url === "string" && /^https?:\/\/\S+$/.test(raw.url), `${where}: subgraph "${raw.name}" needs an http(s) url`);
  const headers = raw.headers ?? {};
  check(typeof headers === "object" && Object.values(headers).every((v) => typeof v === "string"), `${where}: subgraph "${raw.name}": headers must map names to strings`);
  const forward = raw.forwardHeaders ?? [];
  check(Array.isArray(forward) && forward.every((h) => typeof h === "string"), `${where}: subgraph "${raw.name}": forwardHeaders must be a list of header names`);
  const timeoutMs = raw.timeoutMs ?? defaultTimeoutMs;
  check(Number.isInteger(timeoutMs) && timeoutMs > 0, `${where}: subgraph "${raw.name}": timeoutMs must be a positive integer`);
  return { name: raw.name, url: raw.url, headers, forwardHeaders: forward.map((h) => h.toLowerCase()), timeoutMs };
}

/** `PARTNER_SUBGRAPHS=name=url,name=url`: no headers, the default timeout. */
function fromList(value: string, timeoutMs: number): SubgraphConfig[] {
  return value.split(",").map((s) => s.trim()).filter(Boolean).map((entry) => {
    const at = entry.indexOf("=");
    return subgraph("PARTNER_SUBGRAPHS", { name: entry.slice(0, at), url: entry.slice(at + 1) }, timeoutMs);
  });
}

/** `SUPERGRAPH_CONFIG=file.json`: `{ "subgraphs": [{ "name", "url", "headers", "forwardHeaders", "timeoutMs" }], "pollIntervalMs" }`. */
function fromFile(file: string, timeoutMs: number): { subgraphs: SubgraphConfig[]; pollIntervalMs?: number } {
  let json: { subgraphs?: Partial<SubgraphConfig>[]; pollIntervalMs?: number };
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`SUPERGRAPH_CONFIG: cannot read ${file} as JSON (${(error as Error).message})`);
  }
  check(Array.isArray(json.subgraphs), `SUPERGRAPH_CONFIG: ${file} needs a "subgraphs" list`);
  return { subgraphs: json.subgraphs.map((s) => subgraph(`SUPERGRAPH_CONFIG ${file}`, s, timeoutMs)), pollIntervalMs: json.pollIntervalMs };
}

export function federationFrom(env: NodeJS.ProcessEnv, intFrom: (value: string | undefined, fallback: number, name: string) => number): FederationConfig {
  const timeoutMs = intFrom(env.SUBGRAPH_TIMEOUT_MS, DEFAULT_SUBGRAPH_TIMEOUT_MS, "SUBGRAPH_TIMEOUT_MS");
  const file = env.SUPERGRAPH_CONFIG ? fromFile(env.SUPERGRAPH_CONFIG, timeoutMs) : { subgraphs: [] };
  const subgraphs = [...file.subgraphs, ...fromList(env.PARTNER_SUBGRAPHS ?? "", timeoutMs)];
  const hubName = env.HUB_SUBGRAPH_NAME || "hub";
  const names = [hubName, ...subgraphs.map((s) => s.name)];
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  check(!repeated, `subgraph name "${repeated}" is used twice (the hub's own subgraph is "${hubName}")`);
  return {
    subgraphs,
    supergraphSdlPath: env.SUPERGRAPH_SDL || undefined,
    pollIntervalMs: intFrom(env.SUPERGRAPH_POLL_INTERVAL_MS, file.pollIntervalMs ?? 30_000, "SUPERGRAPH_POLL_INTERVAL_MS"),
    hubName,
    hubUrl: env.HUB_SUBGRAPH_URL || `http://localhost:${env.PORT || 4000}/graphql`,
  };
}

/** Gateway mode: partners to compose with, or a composed supergraph file to serve. */
export const isGateway = (federation: FederationConfig | undefined): federation is FederationConfig =>
  !!federation && (federation.subgraphs.length > 0 || !!federation.supergraphSdlPath);
