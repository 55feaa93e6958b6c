import type { EntityManager } from "typeorm";
import type { SeedFiles } from "./read-seed-files";
import type { SyncStats } from "./sync";

export type Src = string | { citation: string; quote?: string | null; note?: string | null };

/** The columns of an ActorRef for an actor reference ("state:GHA", "org:gcr2p"). */
export interface ActorColumns {
  stateId: number | null;
  organisationId: number | null;
}

/**
 * What the write steps share: the transaction, the change counts, the ids each step assigns (by
 * natural key) for the steps after it, and the provenance collected for the last step.
 */
export interface SeedWriter {
  m: EntityManager;
  stats: SyncStats;
  projectRoot: string;
  ids: Record<"citation" | "state" | "organisation" | "person" | "network" | "meeting" | "treaty" | "document", Map<string, number>>;
  links: { type: string; pk: number; sources: Src[] }[];
  observations: { type: string; pk: number; list: any[] }[];
  all<T = any>(kind: keyof SeedFiles): T[];
  cite(type: string, pk: number, sources: Src[] | undefined): void;
  observe(type: string, pk: number, list: any[] | undefined): void;
  actor(ref: string): ActorColumns;
  noActor: ActorColumns;
}

export function createSeedWriter(m: EntityManager, files: SeedFiles, projectRoot: string, stats: SyncStats): SeedWriter {
  const w: SeedWriter = {
    m,
    stats,
    projectRoot,
    ids: { citation: new Map(), state: new Map(), organisation: new Map(), person: new Map(), network: new Map(), meeting: new Map(), treaty: new Map(), document: new Map() },
    links: [],
    observations: [],
    all: (kind) => files[kind].map((l) => l.record),
    cite: (type, pk, sources) => void (sources?.length && w.links.push({ type, pk, sources })),
    observe: (type, pk, list) => void (list?.length && w.observations.push({ type, pk, list })),
    actor: (ref) => {
      const at = ref.indexOf(":");
      const [kind, key] = [ref.slice(0, at), ref.slice(at + 1)];
      return kind === "state" ? { stateId: w.ids.state.get(key.toUpperCase())!, organisationId: null } : { stateId: null, organisationId: w.ids.organisation.get(key)! };
    },
    noActor: { stateId: null, organisationId: null },
  };
  return w;
}
