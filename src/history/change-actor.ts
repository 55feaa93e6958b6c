/** Who made a recorded change (issue 10 §4). */
export type ChangeActorKind = "SEED" | "PARTNER" | "SYSTEM";
export type ChangeActionName = "CREATED" | "UPDATED" | "DELETED";

/** The actor of a batch of changes: the seed loader, a partner's key, or the hub itself. */
export type ChangeActorSpec = { kind: "SEED" } | { kind: "SYSTEM" } | { kind: "PARTNER"; partnerId: number; apiKeyId: number };

export const SEED_ACTOR: ChangeActorSpec = Object.freeze({ kind: "SEED" });

/** One change to record: the row's type and key, what happened, and the values before and after. */
export interface PendingChange {
  subjectType: string;
  subjectId: number;
  action: ChangeActionName;
  /** Null for CREATED; the changed columns for UPDATED; the whole row for DELETED. */
  previous: Record<string, unknown> | null;
  /** Null for DELETED; the changed columns for UPDATED; the whole row for CREATED. */
  next: Record<string, unknown> | null;
}
