import type { State } from "../../entities/state.entity";
import type { Organisation } from "../../entities/organisation.entity";

/** Drops missing actors and repeats (an actor with two membership periods is still one member), keeping the first place. */
export function distinctActors(actors: (State | Organisation | null)[]): (State | Organisation)[] {
  const seen = new Set<string>();
  const result: (State | Organisation)[] = [];
  for (const actor of actors) {
    if (!actor) continue;
    const key = `${actor.constructor.name}:${actor.pk}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(actor);
  }
  return result;
}
