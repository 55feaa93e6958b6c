import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { grantLabel } from "../roles";
import { Viewer } from "./auth.types";

/** `Query.viewer`: anyone may ask who they are; answered from the key lookup, no further SQL. */
@Resolver()
export class ViewerResolver {
  @Query(() => Viewer, { description: "Who is asking: anonymous, or the partner (with its roles) and key that the `Authorization` header named." })
  viewer(@Ctx() { viewer }: Context): Viewer {
    if (viewer.kind !== "partner") return { anonymous: true, partner: null, apiKey: null };
    const partner = { key: viewer.actor.key, name: viewer.partnerName, createdAt: viewer.partnerCreatedAt, roles: viewer.grants.map(grantLabel) };
    return {
      anonymous: false,
      partner,
      apiKey: { prefix: viewer.keyPrefix, label: viewer.keyLabel, partner, createdAt: viewer.keyCreatedAt, expiresAt: viewer.keyExpiresAt, revokedAt: null, revokedReason: null, lastUsedAt: null },
    };
  }
}
