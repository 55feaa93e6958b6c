import { performance } from "node:perf_hooks";
import { isDeepStrictEqual } from "node:util";
import { soakFixtures, soakMix, type SoakAnswer, type SoakCase, type SoakRequest } from "./soak-mix";

/** One answer as the soak sees it: what came back, how long it took, and the SQL it cost. */
export interface TimedAnswer extends SoakAnswer {
  ms: number;
  /** `extensions.sql.statements` (the hub must run with exposeSqlStats), -1 when absent. */
  statements: number;
}

export interface SoakFailure {
  caseName: string;
  problem: string;
}

export interface BlockResult {
  requests: number;
  /** Requests answered per second over the block. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  failures: SoakFailure[];
}

export async function sendSoakRequest(url: string, request: SoakRequest): Promise<TimedAnswer> {
  const started = performance.now();
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request) });
  const text = await res.text();
  const ms = performance.now() - started;
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return { status: res.status, body, ms, statements: body.extensions?.sql?.statements ?? -1 };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Deterministic shuffle (mulberry32), so every run and every block sends the same sequence. */
function shuffled<T>(items: T[], seed = 42): T[] {
  const out = [...items];
  let s = seed;
  const random = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** What a case answered the first time: every later answer must be the same, at the same SQL cost. */
interface Baseline {
  status: number;
  data: unknown;
  errors: unknown;
  statements: number;
}

/**
 * Sustained traffic against one hub. `prepare` reads the fixtures, sends every case once (its
 * spot check must pass) and keeps that answer as the reference. Every block then sends the same
 * multiset of requests (the round, repeated from its start) so blocks compare like for like.
 */
export class Soak {
  private constructor(
    readonly url: string,
    readonly cases: SoakCase[],
    private readonly round: SoakCase[],
    private readonly baselines: Map<SoakCase, Baseline>,
  ) {}

  static async prepare(url: string): Promise<Soak> {
    const cases = soakMix(await soakFixtures((request) => sendSoakRequest(url, request)));
    const baselines = new Map<SoakCase, Baseline>();
    for (const c of cases) {
      const answer = await sendSoakRequest(url, c.request);
      const problem = c.check(answer);
      if (problem) throw new Error(`soak case "${c.name}" is wrong on a fresh hub: ${problem}`);
      baselines.set(c, { status: answer.status, data: answer.body.data, errors: answer.body.errors, statements: answer.statements });
    }
    const round = shuffled(cases.flatMap((c) => Array.from({ length: c.weight }, () => c)));
    return new Soak(url, cases, round, baselines);
  }

  /** Requests in one round of the mix (a block of a multiple of this holds every case in its proportion). */
  get roundSize(): number {
    return this.round.length;
  }

  /** The problem with an answer: a failed spot check, or any difference from the case's first answer. */
  problemWith(c: SoakCase, answer: TimedAnswer): string | undefined {
    const problem = c.check(answer);
    if (problem) return problem;
    const first = this.baselines.get(c)!;
    if (answer.status !== first.status) return `HTTP ${answer.status}, first time ${first.status}`;
    if (!isDeepStrictEqual(answer.body.data, first.data) || !isDeepStrictEqual(answer.body.errors, first.errors)) return "answer differs from the first one";
    if (answer.statements !== first.statements) return `${answer.statements} SQL statements, first time ${first.statements}`;
    return undefined;
  }

  /** Sends `size` requests with `concurrency` in flight, and checks every answer. */
  async runBlock(size: number, concurrency: number): Promise<BlockResult> {
    const times: number[] = [];
    const failures: SoakFailure[] = [];
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < size) {
        const c = this.round[next++ % this.round.length];
        try {
          const answer = await sendSoakRequest(this.url, c.request);
          times.push(answer.ms);
          const problem = this.problemWith(c, answer);
          if (problem) failures.push({ caseName: c.name, problem });
        } catch (err) {
          failures.push({ caseName: c.name, problem: `request failed: ${(err as Error).message}` });
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const rps = size / ((performance.now() - started) / 1000);
    const sorted = times.sort((a, b) => a - b);
    return { requests: size, rps, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN, failures };
  }
}
