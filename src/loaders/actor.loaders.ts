import { State } from "../../entities/state.entity";
import { Organisation } from "../../entities/organisation.entity";
import type { ActorRef } from "../../entities/actor-ref.embedded";
import type { Context } from "../context";
import DataLoader from "./request-dataloader";
import { rowsByPk } from "./rows.loaders";
import { defineLoader } from "./loader-registry";

export const stateByPk = rowsByPk(State, "stateByPk");
export const organisationByPk = rowsByPk(Organisation, "organisationByPk");

/**
 * Actors by `S:<pk>` / `O:<pk>`. The batch asks the state and organisation loaders (sharing their
 * caches) and resolves every actor of the batch together. Without that, on a database with real
 * network I/O the two queries return in different ticks, and whatever the next level loads from
 * states and from organisations splits into two batches: one statement more than the query's shape
 * needs, and a count that would depend on timing.
 */
const actorByKey = defineLoader("actorByKey", (_ds, loaders) =>
  new DataLoader<string, State | Organisation | null>(async (keys) => {
    const pks = (kind: string) => keys.filter((k) => k[0] === kind).map((k) => Number(k.slice(2)));
    const [states, organisations] = await Promise.all([loaders.get(stateByPk).loadMany(pks("S")), loaders.get(organisationByPk).loadMany(pks("O"))]);
    const found = new Map<string, State | Organisation | null>();
    pks("S").forEach((pk, i) => found.set(`S:${pk}`, states[i] instanceof Error ? null : (states[i] as State | null)));
    pks("O").forEach((pk, i) => found.set(`O:${pk}`, organisations[i] instanceof Error ? null : (organisations[i] as Organisation | null)));
    return keys.map((k) => found.get(k) ?? null);
  }),
);

/**
 * Resolves the actor on an edge: at most two statements for a whole level of mixed actors, and
 * none, without even a promise, when the request already holds the row (a page joined it).
 */
export function loadActor(ctx: Context, ref: ActorRef | null | undefined): State | Organisation | null | Promise<State | Organisation | null> {
  if (ref?.stateId != null) return ctx.loaders.peek(stateByPk, ref.stateId) ?? ctx.loaders.get(actorByKey).load(`S:${ref.stateId}`);
  if (ref?.organisationId != null) return ctx.loaders.peek(organisationByPk, ref.organisationId) ?? ctx.loaders.get(actorByKey).load(`O:${ref.organisationId}`);
  return null;
}
