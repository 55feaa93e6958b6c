/** What the hub last saw of a subgraph: answering, not answering, or not asked yet. */
export interface SubgraphStatus {
  state: "up" | "down" | "unknown";
  /** When it entered this state (ISO 8601). */
  since: string;
  /** Why it is down, as the hub's clients were told. */
  reason?: string;
}

/**
 * Each subgraph's state for /ready, from the outcome of the hub's last request to it (a client's
 * entity fetch or an SDL poll). Informational: only the hub's own database decides readiness, so a
 * partner's outage never takes the hub out of a load balancer.
 */
export class SubgraphStatuses {
  private readonly states = new Map<string, SubgraphStatus>();

  known(name: string): void {
    if (!this.states.has(name)) this.states.set(name, { state: "unknown", since: new Date().toISOString() });
  }

  up(name: string): void {
    if (this.states.get(name)?.state !== "up") this.states.set(name, { state: "up", since: new Date().toISOString() });
  }

  down(name: string, reason: string): void {
    const current = this.states.get(name);
    this.states.set(name, { state: "down", since: current?.state === "down" ? current.since : new Date().toISOString(), reason });
  }

  snapshot(): Record<string, SubgraphStatus> {
    return Object.fromEntries([...this.states].sort(([a], [b]) => a.localeCompare(b)));
  }
}
