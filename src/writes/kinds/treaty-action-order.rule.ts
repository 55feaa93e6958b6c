import { TreatyActionType } from "../../../entities/enums/treaty-action-type.enum";
import { PARTY_ACTIONS } from "../../queries/treaty-status";

/** What the order rule needs of an action: its type and the days its partial date can mean. */
export interface DatedAction {
  type: TreatyActionType;
  earliest: string;
  latest: string;
}

/** Consents that follow a signature subject to ratification (Vienna Convention art. 14). */
const NEEDS_SIGNATURE: TreatyActionType[] = [TreatyActionType.RATIFICATION, TreatyActionType.ACCEPTANCE, TreatyActionType.APPROVAL];

/**
 * The treaty-action ORDER rule (issue 10 §3): an actor's steps on one treaty follow the law of
 * treaties, so an action that breaks the sequence is far more often a typo in a date, a wrong
 * actor or a wrong type than a fact. It is refused unless the writer states, in the source's own
 * words (`outOfOrder`, with a quoted source), that it really happened that way.
 *
 * `others` are the same actor's other actions on the same treaty that the writer can see (the
 * published ones and its own drafts; retracted ones do not count). Partial dates compare
 * generously: a step only counts as "before" another when it *may* have been (its earliest day is
 * on or before the other's latest), so two actions in the same month never break the rule.
 *
 * - RATIFICATION, ACCEPTANCE, APPROVAL need a SIGNATURE on or before them;
 * - no consent to be bound (ratification, accession, succession, definitive signature…) while the
 *   actor is already a party: it would count the party twice;
 * - a SIGNATURE after the actor became a party is out of sequence;
 * - a DENUNCIATION needs the actor to be a party when it denounces.
 *
 * Returns what is wrong (for the BAD_USER_INPUT message), or null when the sequence holds.
 */
export function treatyActionOrderProblem(action: DatedAction, others: DatedAction[]): string | null {
  const mayPrecede = (a: DatedAction) => a.earliest <= action.latest;
  if (NEEDS_SIGNATURE.includes(action.type) && !others.some((a) => a.type === TreatyActionType.SIGNATURE && mayPrecede(a))) {
    return `a ${action.type} needs the actor's SIGNATURE of the treaty on or before its date, and none is recorded`;
  }
  const partySince = partyBefore(action, others);
  if (PARTY_ACTIONS.includes(action.type) && partySince) {
    return `the actor is already a party (${partySince.type} of ${partySince.earliest}): a second consent to be bound would count it twice`;
  }
  if (action.type === TreatyActionType.SIGNATURE && partySince) {
    return `a SIGNATURE after the actor became a party (${partySince.type} of ${partySince.earliest}) is out of sequence`;
  }
  if (action.type === TreatyActionType.DENUNCIATION && !partyBefore(action, others, true)) {
    return "a DENUNCIATION needs the actor to be a party to the treaty before it (no consent to be bound is recorded on or before its date)";
  }
  return null;
}

/**
 * The consent that makes the actor a party before `action` (strictly before it, or also on the
 * same days when `sameDay`), unless a denunciation after that consent cancelled it.
 */
function partyBefore(action: DatedAction, others: DatedAction[], sameDay = false): DatedAction | null {
  const before = (a: DatedAction) => (sameDay ? a.earliest <= action.latest : a.latest < action.earliest);
  for (const consent of others.filter((a) => PARTY_ACTIONS.includes(a.type) && before(a))) {
    const denounced = others.some((d) => d.type === TreatyActionType.DENUNCIATION && d.earliest >= consent.earliest && before(d));
    if (!denounced) return consent;
  }
  return null;
}
