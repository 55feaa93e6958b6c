import type { TreatyAction } from "../../entities/treaty-action.entity";
import { TreatyActionType } from "../../entities/enums/treaty-action-type.enum";
import { PARTY_ACTIONS, SIGNATORY_ACTIONS } from "../../src/queries/treaty-status";
import { TreatySignatory } from "./treaty-signatory.type";
import { TreatyParty } from "./treaty-party.type";

/*
 * Signatory and party standing, derived in memory from a treaty's actions (already sorted by date,
 * then actor name). An action counts from the earliest day its partial date can mean, the same rule
 * `asOf` follows for the start of memberships.
 */

function actorKey(a: TreatyAction): string {
  return a.actor.stateId != null ? `s${a.actor.stateId}` : `o${a.actor.organisationId}`;
}

/** Actions dated on or before `asOf` (all of them without it). */
export function actionsAsOf(actions: TreatyAction[], asOf?: string | null): TreatyAction[] {
  return asOf ? actions.filter((a) => a.dateAt?.earliest != null && a.dateAt.earliest <= asOf) : actions;
}

/** One row per actor that signed, with its first signature, in signature order. */
export function signatoriesOf(actions: TreatyAction[], asOf?: string | null): TreatySignatory[] {
  const seen = new Map<string, TreatySignatory>();
  for (const a of actionsAsOf(actions, asOf)) {
    if (!SIGNATORY_ACTIONS.includes(a.type) || seen.has(actorKey(a))) continue;
    seen.set(actorKey(a), Object.assign(new TreatySignatory(), { actorRef: a.actor, signedOn: a.dateAt, actionPk: a.pk }));
  }
  return [...seen.values()];
}

/**
 * One row per actor bound on `asOf`: a consent to be bound that no denunciation dated on or after
 * it cancels (the same rule as the `party` filter's SQL). Its first such consent is reported.
 */
export function partiesOf(actions: TreatyAction[], asOf?: string | null): TreatyParty[] {
  const visible = actionsAsOf(actions, asOf);
  const parties = new Map<string, TreatyParty>();
  for (const a of visible) {
    if (!PARTY_ACTIONS.includes(a.type) || parties.has(actorKey(a))) continue;
    const cancelled = visible.some(
      (d) => d.type === TreatyActionType.DENUNCIATION && actorKey(d) === actorKey(a) && d.dateAt.earliest >= a.dateAt.earliest,
    );
    if (cancelled) continue;
    parties.set(actorKey(a), Object.assign(new TreatyParty(), {
      actorRef: a.actor,
      actionPk: a.pk,
      consentedOn: a.dateAt,
      consentType: a.type,
      entryIntoForce: a.entryIntoForce,
    }));
  }
  return [...parties.values()];
}
