export interface CacheBounds {
  /** Entries kept at most. */
  maxEntries: number;
  /** Sum of the entries' weights kept at most (for plans: bytes of generated code). */
  maxWeight: number;
}

/**
 * A least-recently-used map of execution plans, bounded twice. A partner's client sends a handful
 * of distinct documents (examples/operations.graphql holds 16), so a few hundred entries keep every
 * real client's plans, while a client that sends new documents (generated aliases, hostile input)
 * can only make the map evict, never grow. Counting entries is not enough: a compiled plan holds
 * 1-3 bytes of heap per byte of the code graphql-jit generated, and that code grows with the
 * expanded selection, not the query text (the partner's nested query: 60 KB of code, 170 KiB of
 * heap; the same query under 28 aliases: 1.6 MB and 4.4 MiB). So entries also weigh their code.
 */
export class CompiledQueryCache<V> {
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recently used first.
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private totalWeight = 0;

  constructor(readonly bounds: CacheBounds) {
    if (!Number.isInteger(bounds.maxEntries) || bounds.maxEntries < 1) throw new Error("CompiledQueryCache needs at least one entry");
  }

  get size(): number {
    return this.entries.size;
  }

  get weight(): number {
    return this.totalWeight;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, weight = 0): void {
    this.delete(key);
    this.entries.set(key, { value, weight });
    this.totalWeight += weight;
    while (this.entries.size > this.bounds.maxEntries || (this.totalWeight > this.bounds.maxWeight && this.entries.size > 1)) {
      this.delete(this.entries.keys().next().value as string);
    }
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalWeight -= entry.weight;
  }
}
