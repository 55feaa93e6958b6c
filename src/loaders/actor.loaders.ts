import { State } from "../../entities/state.entity";
import { Organisation } from "../../entities/organisation.entity";
import type { ActorRef } from "../../entities/actor-ref.embedded";
import type { Context } from "../context";
import { rowsByPk } from "./rows.loaders";

export const stateByPk = rowsByPk(State, "stateByPk");
export const organisationByPk = rowsByPk(Organisation, "organisationByPk");

/**
 * Resolves the actor on an edge. States and organisations batch in separate loaders, so a list of
 * mixed actors costs at most two statements.
 */
export function loadActor(ctx: Context, ref: ActorRef | null | undefined): Promise<State | Organisation | null> {
  if (ref?.stateId != null) return ctx.loaders.get(stateByPk).load(ref.stateId);
  if (ref?.organisationId != null) return ctx.loaders.get(organisationByPk).load(ref.organisationId);
  return Promise.resolve(null);
}
