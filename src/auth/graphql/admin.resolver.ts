import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { BadUserInputError } from "../../errors/bad-user-input.error";
import { findTarget, KeyInputError } from "../actor-spec";
import { PREFIX_SHAPE } from "../api-token";
import { KeyStore } from "../key-store";
import { listKeys, listPartners } from "../key-listing";
import { ApiKey, CreateApiKeyInput, CreatedApiKey, Partner } from "./auth.types";
import { requireAdmin } from "./require-role";

/** Listings stop here; the list fan-out (src/limits/list-fanout.ts) prices them at this many. */
export const MAX_ADMIN_LIST = 100;

/** The admin API: partners and keys, for keys with the ADMIN role only (the CLI does the same). */
@Resolver()
export class AdminResolver {
  @Query(() => [Partner], { description: `ADMIN only: every partner with its roles, oldest first (at most ${MAX_ADMIN_LIST}).` })
  async partners(@Ctx() { viewer, ds }: Context): Promise<Partner[]> {
    requireAdmin(viewer);
    return (await listPartners(ds)).slice(0, MAX_ADMIN_LIST);
  }

  @Query(() => [ApiKey], { description: `ADMIN only: API keys, newest first (at most ${MAX_ADMIN_LIST}), of one partner or of all. Never shows tokens.` })
  async apiKeys(
    @Ctx() { viewer, ds }: Context,
    @Arg("partner", () => ID, { nullable: true, description: "Only this partner's keys: a state code (`GH`), `state:GH`, `organisation:gcr2p`, or a global id." }) partner?: string,
  ): Promise<ApiKey[]> {
    requireAdmin(viewer);
    if (partner === undefined || partner === null) return (await listKeys(ds)).slice(0, MAX_ADMIN_LIST);
    const actor = await asUserInput(() => findTarget(ds, "partner", partner, ["State", "Organisation"]));
    return (await listKeys(ds, actor.type === "State" ? { stateId: actor.id } : { organisationId: actor.id })).slice(0, MAX_ADMIN_LIST);
  }

  @Mutation(() => CreatedApiKey, { description: "ADMIN only: creates an API key for a partner (and the partner, if new). The token is in the answer once and never again." })
  async createApiKey(@Ctx() { viewer, ds, apiKeyMaxDays }: Context, @Arg("input", () => CreateApiKeyInput, { description: "The partner, role and lifetime of the key." }) input: CreateApiKeyInput): Promise<CreatedApiKey> {
    requireAdmin(viewer);
    const created = await asUserInput(() => new KeyStore(ds, apiKeyMaxDays).createKey({ ...input, role: input.role ?? undefined, scope: input.scope ?? undefined, expiresInDays: input.expiresInDays ?? undefined, label: input.label ?? undefined }), "input.");
    return { token: created.token, apiKey: created.key };
  }

  @Mutation(() => ApiKey, { description: "ADMIN only: revokes an API key; it is refused (401) from the next request on. Revoking again changes nothing." })
  async revokeApiKey(
    @Ctx() { viewer, ds, apiKeyMaxDays }: Context,
    @Arg("prefix", { description: "The key's prefix (the 8 characters after `apg_` in its token, as listings show it)." }) prefix: string,
    @Arg("reason", () => String, { nullable: true, description: "Why, for the record (at most 500 characters)." }) reason?: string,
  ): Promise<ApiKey> {
    requireAdmin(viewer);
    if (!PREFIX_SHAPE.test(prefix)) throw new BadUserInputError("prefix", "must be the 8 letters and digits after `apg_` in a token");
    const revoked = await asUserInput(() => new KeyStore(ds, apiKeyMaxDays).revokeKey(prefix, reason ?? undefined));
    if (!revoked) throw new BadUserInputError("prefix", "names no API key");
    return revoked;
  }
}

/** The key store's input errors, as BAD_USER_INPUT naming the argument. */
async function asUserInput<T>(run: () => Promise<T>, argumentPrefix = ""): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof KeyInputError) throw new BadUserInputError(`${argumentPrefix}${error.argumentName}`, error.message);
    throw error;
  }
}
