import type { EntityTarget, ObjectLiteral } from "typeorm";
import type { ScopeType } from "../auth/roles";
import type { Publication } from "../../entities/publication.embedded";

/** A scope a role can be granted over: a network, a state or an organisation (by primary key). */
export interface Scope {
  type: ScopeType;
  id: number;
}

/** A row partners write, with its publication state. */
export type PublishedRow = ObjectLiteral & { pk: number; publication: Publication };

/**
 * A kind of record partners write (issue 10 §3). Its module registers it once; publishing,
 * retracting, visibility and the version check are then the same for every kind.
 */
export interface WritableKind<R extends PublishedRow = PublishedRow> {
  /** The GraphQL type (and change-log) name: `Meeting`, `TreatyAction`… */
  typeName: string;
  entity: EntityTarget<R>;
  /**
   * The scope whose CONTRIBUTORs write it and whose STEWARDs publish it, from the row itself (a
   * meeting's network, a treaty action's state…); null when only administrators may.
   */
  scopeOf(row: R): Scope | null;
}

const kinds = new Map<string, WritableKind>();

export function registerWritableKind<R extends PublishedRow>(kind: WritableKind<R>): void {
  kinds.set(kind.typeName, kind as unknown as WritableKind);
}

export function writableKind(typeName: string): WritableKind | undefined {
  return kinds.get(typeName);
}

export function writableTypeNames(): string[] {
  return [...kinds.keys()].sort();
}
