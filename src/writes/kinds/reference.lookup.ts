import { fromGlobalId } from "../../global-id";
import type { InputProblems } from "../input-problems";
import type { WriteTx } from "../write-tx";

/** A state or an organisation, as the two actor columns of an edge store it. */
export interface ActorKey {
  stateId: number | null;
  organisationId: number | null;
}

/** A reference asked for; `value` is set by `RefBatch.run` (null when it names nothing, with a problem at its path). */
export interface Ref<T> {
  value: T | null;
}

type ActorKind = "State" | "Organisation";
type ActorAsk = { path: string; spec: string; kinds: ActorKind[]; parsed: { kind: ActorKind; id?: number; code?: string; key?: string } | null; ref: Ref<ActorKey> };
type KeyedAsk = { path: string; spec: string; id: { type: string; id: number } | null; key: string | null; ref: Ref<number> };
type Keyed = { type: string; table: string; column: string; lower: boolean; asks: KeyedAsk[] };

const PREFIXED = /^(state|org|organisation):(.+)$/i;

/**
 * Reads an actor reference as partners write it: a global id, `state:GH`, `organisation:gcr2p`
 * (or `org:`), a bare ISO code (a state, as everywhere else in the API) or an organisation's key
 * or acronym. Nothing is looked up here.
 */
function parseActor(spec: string, kinds: ActorKind[]): ActorAsk["parsed"] {
  const value = spec.trim();
  const id = fromGlobalId(value);
  if (id) return (kinds as string[]).includes(id.type) ? { kind: id.type as ActorKind, id: id.id } : null;
  const m = PREFIXED.exec(value);
  if (m) {
    const kind: ActorKind = m[1].toLowerCase() === "state" ? "State" : "Organisation";
    if (!kinds.includes(kind)) return null;
    return kind === "State" ? { kind, code: m[2].trim().toUpperCase() } : { kind, key: m[2].trim().toLowerCase() };
  }
  if (kinds.includes("State") && /^[A-Za-z]{2,3}$/.test(value)) return { kind: "State", code: value.toUpperCase() };
  if (kinds.includes("Organisation") && value) return { kind: "Organisation", key: value.toLowerCase() };
  return null;
}

const human = (type: string) => type.replace(/[A-Z]/g, (c, at) => (at ? " " : "") + c.toLowerCase());

/**
 * The references of one write (a meeting's country and network, every participant's actor and
 * person…), asked for first and then found together: one statement per table, whatever their
 * number. Guarded tables (meetings, documents) are read as the partner sees them: a draft it may
 * not see is as unknown as a missing row. Each unknown reference is a problem at its path.
 */
export class RefBatch {
  private readonly actors: ActorAsk[] = [];
  private readonly keyed = new Map<string, Keyed>();

  constructor(
    private readonly tx: WriteTx,
    private readonly problems: InputProblems,
  ) {}

  actor(path: string, spec: string, kinds: ActorKind[] = ["State", "Organisation"]): Ref<ActorKey> {
    const ref: Ref<ActorKey> = { value: null };
    this.actors.push({ path, spec, kinds, parsed: parseActor(spec, kinds), ref });
    return ref;
  }

  /** A row of `table` by its global id (of `type`) or its unique natural key in `column`. */
  keyedRow(path: string, spec: string, type: string, table: string, column: string, lower = false): Ref<number> {
    const ref: Ref<number> = { value: null };
    const group = this.keyed.get(type) ?? { type, table, column, lower, asks: [] };
    this.keyed.set(type, group);
    const id = fromGlobalId(spec.trim());
    group.asks.push({ path, spec, id, key: id ? null : lower ? spec.trim().toLowerCase() : spec.trim(), ref });
    return ref;
  }

  async run(): Promise<void> {
    await this.runActors();
    for (const group of this.keyed.values()) await this.runKeyed(group);
  }

  private async runActors(): Promise<void> {
    const of = (kind: ActorKind) => this.actors.flatMap((a) => (a.parsed?.kind === kind ? [a.parsed] : []));
    const states = of("State");
    const orgs = of("Organisation");
    const stateRows = await this.rows("state", "t.id AS id, t.alpha2 AS a2, t.alpha3 AS a3", [
      ["t.id", states.flatMap((p) => (p.id ? [p.id] : []))],
      ["t.alpha2", states.flatMap((p) => (p.code ? [p.code] : []))],
      ["t.alpha3", states.flatMap((p) => (p.code ? [p.code] : []))],
    ]);
    const orgRows = await this.rows("organisation", "t.id AS id, t.key AS k, t.acronym AS acr", [
      ["t.id", orgs.flatMap((p) => (p.id ? [p.id] : []))],
      ["t.key", orgs.flatMap((p) => (p.key ? [p.key] : []))],
      ["LOWER(t.acronym)", orgs.flatMap((p) => (p.key ? [p.key] : []))],
    ]);
    for (const a of this.actors) {
      const p = a.parsed;
      if (p?.kind === "State") {
        const row = stateRows.find((r) => (p.id ? Number(r.id) === p.id : r.a2 === p.code || r.a3 === p.code));
        if (row) a.ref.value = { stateId: Number(row.id), organisationId: null };
      } else if (p?.kind === "Organisation") {
        const row = orgRows.find((r) => (p.id ? Number(r.id) === p.id : r.k === p.key)) ?? orgRows.find((r) => !p.id && String(r.acr ?? "").toLowerCase() === p.key);
        if (row) a.ref.value = { stateId: null, organisationId: Number(row.id) };
      }
      if (!a.ref.value) {
        const example = a.kinds.length > 1 ? "`GH`, `state:GH`, `organisation:gcr2p`" : a.kinds[0] === "State" ? "`GH`, `state:GH`" : "`organisation:gcr2p`";
        this.problems.add(a.path, `names no ${a.kinds.map((k) => k.toLowerCase()).join(" or ")} (${JSON.stringify(a.spec)}); use e.g. ${example} or a global id`);
      }
    }
  }

  private async runKeyed(g: Keyed): Promise<void> {
    const rows = await this.rows(g.table, `t.id AS id, t.${g.column} AS k`, [
      ["t.id", g.asks.flatMap((a) => (a.id?.type === g.type ? [a.id.id] : []))],
      [`t.${g.column}`, g.asks.flatMap((a) => (a.key ? [a.key] : []))],
    ]);
    for (const a of g.asks) {
      const row = a.id ? (a.id.type === g.type ? rows.find((r) => Number(r.id) === a.id!.id) : undefined) : rows.find((r) => r.k === a.key);
      if (row) a.ref.value = Number(row.id);
      else this.problems.add(a.path, `names no ${human(g.type)} you can see (${JSON.stringify(a.spec)}); give its key or global id`);
    }
  }

  /** Rows of `table` matching any of `conditions` (a column and the values it may take); no statement when there is nothing to ask. */
  private async rows(table: string, columns: string, conditions: [string, unknown[]][]): Promise<Record<string, unknown>[]> {
    const used = conditions.filter(([, values]) => values.length);
    if (!used.length) return [];
    const qb = this.tx.manager.createQueryBuilder().select(columns).from(table, "t");
    used.forEach(([column, values], i) => qb.orWhere(`${column} IN (:...v${i})`, { [`v${i}`]: [...new Set(values)] }));
    return qb.getRawMany();
  }
}
