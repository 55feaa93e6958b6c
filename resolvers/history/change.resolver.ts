import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Change } from "../../entities/change.entity";
import type { Node } from "../../entities/node.interface";
import type { Context } from "../../src/context";
import { toGlobalId } from "../../src/global-id";
import { loadNode } from "../../src/node-types";
import { partnerNames } from "../../src/history/history.loaders";
import { ChangeActor, ChangeActorKind, ChangePartner, ChangeType, type ChangeAction } from "./change.types";

const parse = (text: string | null): Record<string, unknown> | null => (text == null ? null : (JSON.parse(text) as Record<string, unknown>));

/** The fields of `Change`, read from a row of the `change` table. */
@Resolver(() => ChangeType)
export class ChangeResolver {
  @FieldResolver()
  id(@Root() change: Change): string {
    return toGlobalId("Change", change.pk);
  }

  @FieldResolver()
  action(@Root() change: Change): ChangeAction {
    return change.action as ChangeAction;
  }

  @FieldResolver()
  actor(@Root() change: Change): ChangeActor {
    return { kind: change.actorKind as ChangeActorKind, partnerId: change.partnerId };
  }

  @FieldResolver()
  subjectId(@Root() change: Change): string {
    return toGlobalId(change.subjectType, change.subjectId);
  }

  @FieldResolver()
  subject(@Root() change: Change, @Ctx() ctx: Context): Promise<object | null> | null {
    return change.action === "DELETED" ? null : (loadNode(ctx, change.subjectType, change.subjectId) as Promise<Node | null>);
  }

  @FieldResolver()
  changedFields(@Root() change: Change): string[] {
    return Object.keys(parse(change.action === "DELETED" ? change.previous : change.next) ?? {});
  }

  @FieldResolver()
  previous(@Root() change: Change): Record<string, unknown> | null {
    return parse(change.previous);
  }

  @FieldResolver()
  next(@Root() change: Change): Record<string, unknown> | null {
    return parse(change.next);
  }
}

/** `ChangeActor.partner`: the partner's name, batched per level. */
@Resolver(() => ChangeActor)
export class ChangeActorResolver {
  @FieldResolver(() => ChangePartner, { nullable: true })
  async partner(@Root() actor: ChangeActor, @Ctx() ctx: Context): Promise<ChangePartner | null> {
    if (actor.kind !== ChangeActorKind.PARTNER || actor.partnerId == null) return null;
    const name = await ctx.loaders.get(partnerNames).load(actor.partnerId);
    return name == null ? null : { name };
  }
}
