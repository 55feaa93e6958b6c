import { parsePartialDate, type PartialDateColumns } from "./partial-date";
import type { Located } from "./read-seed-files";

/** Collects problems with the seed data, each naming its file and record. */
export class Checker {
  readonly problems: string[] = [];
  /** Keys known per kind (state codes, organisation keys, meeting keys…), for reference checks. */
  readonly keys = new Map<string, Set<string>>();

  known(kind: string): Set<string> {
    let set = this.keys.get(kind);
    if (!set) this.keys.set(kind, (set = new Set()));
    return set;
  }

  at(loc: Located<any>): RecordChecker {
    return new RecordChecker(this, loc);
  }
}

export class RecordChecker {
  readonly record: any;
  constructor(private readonly checker: Checker, private readonly loc: Located<any>) {
    this.record = loc.record;
  }

  private where(): string {
    const r = this.loc.record;
    const id = r && typeof r === "object" ? (r.key ?? r.code ?? r.organisation ?? r.state ?? r.actor) : undefined;
    return `${this.loc.file} record ${this.loc.index + 1}${id ? ` (${id})` : ""}`;
  }

  fail(message: string): void {
    this.checker.problems.push(`${this.where()}: ${message}`);
  }

  /** A required non-empty string. */
  str(obj: any, field: string, path = field): string {
    const value = obj?.[field];
    if (typeof value !== "string" || !value.trim()) this.fail(`${path} is required and must be a non-empty string`);
    return value;
  }

  optStr(obj: any, field: string, path = field): string | null {
    const value = obj?.[field];
    if (value == null) return null;
    if (typeof value !== "string") this.fail(`${path} must be a string`);
    return value;
  }

  enumValue<E extends Record<string, string>>(obj: any, field: string, values: E, fallback?: E[keyof E], path = field): E[keyof E] {
    const value = obj?.[field] ?? fallback;
    if (typeof value !== "string" || !(value in values)) {
      this.fail(`${path} must be one of ${Object.keys(values).join(", ")} (got ${JSON.stringify(value)})`);
    }
    return value as E[keyof E];
  }

  date(value: unknown, path: string): PartialDateColumns {
    try {
      return parsePartialDate(value as never);
    } catch (error) {
      this.fail(`${path}: ${(error as Error).message}`);
      return parsePartialDate(null);
    }
  }

  /** A period's two ends, `<prefix>start` and `<prefix>end`, each a partial date or absent. */
  period(obj: any, prefix = ""): void {
    this.date(obj?.start, `${prefix}start`);
    this.date(obj?.end, `${prefix}end`);
  }

  /** A key that must exist among the records of `kind`. */
  ref(kind: string, value: unknown, path: string): string {
    if (typeof value !== "string" || !this.checker.known(kind).has(value)) this.fail(`${path} refers to unknown ${kind} ${JSON.stringify(value)}`);
    return value as string;
  }

  optRef(kind: string, value: unknown, path: string): string | null {
    return value == null ? null : this.ref(kind, value, path);
  }

  /** An actor reference: "state:GHA" / "state:GH" / "org:<key>". */
  actor(value: unknown, path: string): string {
    const m = typeof value === "string" ? /^(state|org):(.+)$/.exec(value) : null;
    if (!m) {
      this.fail(`${path} must be an actor reference like "state:GHA" or "org:gcr2p" (got ${JSON.stringify(value)})`);
      return String(value);
    }
    return this.ref(m[1] === "state" ? "state" : "organisation", m[1] === "state" ? m[2].toUpperCase() : m[2], path) && value as string;
  }

  list<T>(obj: any, field: string): T[] {
    const value = obj?.[field];
    if (value == null) return [];
    if (!Array.isArray(value)) {
      this.fail(`${field} must be an array`);
      return [];
    }
    return value;
  }

  /** Source references: citation keys, or { citation, quote, note }. At least one when required. */
  sources(obj: any, field = "sources", required = true): { citation: string; quote: string | null; note: string | null }[] {
    const list = this.list<any>(obj, field);
    if (required && list.length === 0) this.fail(`${field} needs at least one citation: a fact without a source is a weak fact`);
    return list.map((s, i) => {
      const citation = typeof s === "string" ? s : s?.citation;
      this.ref("citation", citation, `${field}[${i}]`);
      return { citation, quote: typeof s === "object" ? (s.quote ?? null) : null, note: typeof s === "object" ? (s.note ?? null) : null };
    });
  }

  unique(kind: string, key: unknown): void {
    if (typeof key !== "string" || !key) return this.fail(`key is required`);
    const set = this.checker.known(kind);
    if (set.has(key)) this.fail(`duplicate ${kind} key ${JSON.stringify(key)}`);
    set.add(key);
  }
}
