export interface Answer {
  data: unknown;
  bytes: number;
  /** `extensions.sql.statements` (the hub with exposeSqlStats), or null. */
  statements: number | null;
}

/** POSTs `body` and returns the answer's data; any HTTP or GraphQL error fails the benchmark. */
export async function ask(url: string, body: string, who: string): Promise<Answer> {
  // identity: the byte count is the JSON's, as autocannon (which asks for no encoding) receives it.
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "accept-encoding": "identity" }, body });
  const text = await res.text();
  const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[]; extensions?: { sql?: { statements?: number } } };
  if (res.status !== 200 || parsed.errors || parsed.data == null) throw new Error(`${who} failed (${res.status}): ${text.slice(0, 500)}`);
  return { data: parsed.data, bytes: Buffer.byteLength(text), statements: parsed.extensions?.sql?.statements ?? null };
}

/** The first place two JSON values differ, as a path and both values, or null when they are equal (key order included). */
export function firstDifference(a: unknown, b: unknown, at = "data"): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return `${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    for (let i = 0; i < Math.max(a.length, bb.length); i++) {
      if (i >= a.length || i >= bb.length) return `${at}: ${a.length} items ≠ ${bb.length} items`;
      const d = firstDifference(a[i], bb[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && typeof a === "object") {
    const ka = Object.keys(a);
    const kb = Object.keys(b as object);
    if (ka.join(",") !== kb.join(",")) return `${at}: fields {${ka.join(", ")}} ≠ {${kb.join(", ")}}`;
    for (const k of ka) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}

/** Asks both servers the same request and throws, naming the first difference, unless their `data` is identical. */
export async function sameAnswer(hubUrl: string, rawUrl: string, body: string, label: string): Promise<{ hub: Answer; raw: Answer }> {
  const hub = await ask(hubUrl, body, `hub (${label})`);
  const raw = await ask(rawUrl, body, `raw endpoint (${label})`);
  const difference = firstDifference(hub.data, raw.data);
  if (difference) throw new Error(`The raw endpoint's answer differs from the hub's for ${label} (hub ≠ raw) at ${difference}`);
  return { hub, raw };
}

/** How many items the answer holds at each level, to show the verified answers are not trivially empty. */
export function answerSize(data: unknown): string {
  const networks = (data as { networks: { nodes: any[] } }).networks.nodes;
  const memberships = networks.flatMap((n) => n.membershipsConnection.nodes);
  const meetings = memberships.flatMap((m) => m.member?.meetingsConnection?.nodes ?? []);
  const participants = meetings.flatMap((h) => h.meeting.participantsConnection.nodes);
  return `${networks.length} networks, ${memberships.length} memberships, ${meetings.length} hosted meetings, ${participants.length} participants`;
}
