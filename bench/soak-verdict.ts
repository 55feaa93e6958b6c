import type { BlockResult } from "./soak-runner";

/** A block of the soak with the process's memory measured right after it, after a full GC. */
export interface SoakBlockRow extends BlockResult {
  index: number;
  /** The first block warms up the JIT, pools and caches: shown, but left out of the verdict. */
  warmup: boolean;
  rssMb: number;
  heapMb: number;
}

export interface SoakLimits {
  /** The last block's p50 may be at most this many times the first measured block's. */
  latencyFactor: number;
  /** The median RSS (and heap) of the last third of blocks may exceed the highest of the middle third by at most this fraction. */
  memoryGrowth: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/**
 * What is wrong with a soak run (empty when it passed). Memory is measured after a full GC and
 * compared third against third: the first third is left out because heaps and allocator arenas
 * still settle there; the last third's median against the middle third's highest value, so one
 * noisy block (RSS also dips when the machine is busy) fails nothing, while memory that keeps
 * growing does. Heap is judged too: a leak of JavaScript objects shows there long before RSS.
 */
export function soakProblems(rows: SoakBlockRow[], limits: SoakLimits): string[] {
  const problems: string[] = [];
  const measured = rows.filter((r) => !r.warmup);
  const failures = rows.flatMap((r) => r.failures);
  if (failures.length) {
    const sample = failures.slice(0, 5).map((f) => `${f.caseName}: ${f.problem}`);
    problems.push(`${failures.length} requests failed or answered wrongly, e.g.\n  ${sample.join("\n  ")}`);
  }
  if (measured.length < 2) return [...problems, "too few blocks to compare (raise SOAK_REQUESTS)"];
  const first = measured[0];
  const last = measured[measured.length - 1];
  if (last.p50 > limits.latencyFactor * first.p50) {
    problems.push(`latency grew: last block p50 ${last.p50.toFixed(1)} ms > ${limits.latencyFactor} × first block p50 ${first.p50.toFixed(1)} ms`);
  }
  const third = Math.floor(measured.length / 3);
  if (third >= 2) {
    for (const [label, of] of [["RSS", (r: SoakBlockRow) => r.rssMb], ["heap", (r: SoakBlockRow) => r.heapMb]] as const) {
      const highest = Math.max(...measured.slice(third, 2 * third).map(of));
      const end = median(measured.slice(measured.length - third).map(of));
      if (end > highest * (1 + limits.memoryGrowth)) {
        problems.push(`${label} keeps growing: median of the last third ${end.toFixed(0)} MB > highest of the middle third ${highest.toFixed(0)} MB + ${limits.memoryGrowth * 100}%`);
      }
    }
  }
  return problems;
}
