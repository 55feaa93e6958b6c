import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { ConnectionType } from "../../src/pagination/connection.type";
import { Node } from "../../entities/node.interface";

/** What happened to the subject of a change. */
export enum ChangeAction {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  DELETED = "DELETED",
}

registerEnumType(ChangeAction, {
  name: "ChangeAction",
  description: "What a recorded change did to its subject.",
  valuesConfig: {
    CREATED: { description: "The object was created; `next` holds all its values." },
    UPDATED: { description: "Some values changed; `previous` and `next` hold the changed fields only." },
    DELETED: { description: "The object was deleted; `previous` holds all its last values." },
  },
});

/** Who made a change. */
export enum ChangeActorKind {
  SEED = "SEED",
  PARTNER = "PARTNER",
  SYSTEM = "SYSTEM",
}

registerEnumType(ChangeActorKind, {
  name: "ChangeActorKind",
  description: "The kind of actor behind a recorded change.",
  valuesConfig: {
    SEED: { description: "The seed loader: the curated, sourced seed data of the hub (npm run seed, or start-up)." },
    PARTNER: { description: "A partner, through one of its API keys." },
    SYSTEM: { description: "The hub itself (maintenance)." },
  },
});

@ObjectType({ description: "A partner named as the author of a change." })
export class ChangePartner {
  @Field({ description: "The partner's name." })
  name: string;
}

@ObjectType({ description: "Who made a change. API keys are never shown." })
export class ChangeActor {
  @Field(() => ChangeActorKind, { description: "The kind of actor: the seed loader, a partner or the hub itself." })
  kind: ChangeActorKind;

  /** Set when kind is PARTNER: resolved by name in ChangeResolver. */
  partnerId: number | null;

  @Field(() => ChangePartner, { nullable: true, description: "The partner behind a PARTNER change; null for the seed loader and the hub." })
  partner?: ChangePartner | null;
}

@ObjectType("Change", { description: "One recorded change to one object: who, when, what, and the values before and after. The log is append-only." })
export class ChangeType {
  @Field(() => ID, { description: "The change's opaque id (unique, never reused)." })
  id: string;

  @Field({ description: "When the change was recorded: ISO 8601 UTC, fixed width (e.g. `2026-12-01T05:24:28.000Z`)." })
  at: string;

  @Field(() => ChangeAction, { description: "What happened to the subject." })
  action: ChangeAction;

  @Field(() => ChangeActor, { description: "Who made the change." })
  actor: ChangeActor;

  @Field({ description: "The GraphQL type name of the changed object (e.g. `Meeting`), or the table's name for rows that are not nodes (e.g. `SourceLink`)." })
  subjectType: string;

  @Field(() => ID, { description: "The global id of the changed object (for node types, pass it to `node(id:)`)." })
  subjectId: string;

  @Field(() => Node, { nullable: true, description: "The changed object as it is now; null when it was deleted, is not a node, or the viewer may not see it." })
  subject: Node | null;

  @Field(() => [String], { description: "The fields the change set (CREATED), changed (UPDATED) or removed (DELETED), by stored property name (e.g. `name`, `actor.stateId`)." })
  changedFields: string[];

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The values before the change: the changed fields for UPDATED, every field for DELETED; null for CREATED." })
  previous: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The values after the change: the changed fields for UPDATED, every field for CREATED; null for DELETED." })
  next: Record<string, unknown> | null;
}

export const ChangeConnection = ConnectionType(ChangeType, "Change", "recorded changes");
