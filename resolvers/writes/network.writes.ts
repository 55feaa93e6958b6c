import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { NetworkMembership } from "../../entities/network-membership.entity";
import { LeadershipTerm } from "../../entities/leadership-term.entity";
import type { Context } from "../../src/context";
import { requirePartner } from "../../src/auth/graphql/require-partner";
import { fromGlobalId } from "../../src/global-id";
import { loadNode } from "../../src/node-types";
import { badInput, InputProblems } from "../../src/writes/input-problems";
import { runWrite } from "../../src/writes/write-tx";
import { checkMembership, createMembership, updateMembership } from "../../src/writes/kinds/network-membership.writer";
import { checkTerm, createTerm, updateTerm } from "../../src/writes/kinds/leadership-term.writer";
import { setContact } from "../../src/writes/kinds/focal-point-contact.writer";
import "../../src/writes/kinds/network-membership.kind";
import "../../src/writes/kinds/leadership-term.kind";
import { CreateNetworkMembershipInput, UpdateNetworkMembershipInput } from "./network-membership.input";
import { CreateLeadershipTermInput, UpdateLeadershipTermInput } from "./leadership-term.input";
import { FocalPointContactInput } from "./focal-point-contact.input";

const VERSION = "The `publication.version` you read; a stale one is refused with code CONFLICT and the current version.";

/** A global id of `type`, or BAD_USER_INPUT naming `path` (before any transaction opens). */
function idOf(id: string, type: string, path: string, what: string): number {
  const decoded = fromGlobalId(id);
  if (decoded?.type !== type) badInput(path, `names no ${what} you can see`);
  return decoded.id;
}

/** Memberships and leadership terms written by partners (issue 10 §3), and the focal point contacts of members. */
@Resolver()
export class NetworkWritesResolver {
  @Mutation(() => NetworkMembership, {
    description:
      "CONTRIBUTOR over the network: records a membership as a DRAFT, refused (BAD_USER_INPUT naming the field) when it overlaps another membership of the same member in the network. A STEWARD of the network publishes it with `publishRecord`.",
  })
  async createNetworkMembership(@Ctx() ctx: Context, @Arg("input", () => CreateNetworkMembershipInput, { description: "The membership, with at least one source." }) input: CreateNetworkMembershipInput) {
    const partner = requirePartner(ctx.viewer);
    const problems = new InputProblems("input.");
    checkMembership(problems, input);
    problems.throwIfAny();
    const pk = await runWrite(ctx, partner, async (tx) => {
      const created = await createMembership(tx, problems, input);
      problems.throwIfAny();
      return created!;
    });
    return loadNode(ctx, "NetworkMembership", pk);
  }

  @Mutation(() => NetworkMembership, { description: "Changes a membership at the version you read: its author while a draft, a STEWARD of the network at any time." })
  async updateNetworkMembership(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The membership's global id." }) id: string,
    @Arg("version", () => Int, { description: VERSION }) version: number,
    @Arg("input", () => UpdateNetworkMembershipInput, { description: "What changes." }) input: UpdateNetworkMembershipInput,
  ) {
    const partner = requirePartner(ctx.viewer);
    const pk = idOf(id, "NetworkMembership", "id", "membership");
    const problems = new InputProblems("input.");
    await runWrite(ctx, partner, async (tx) => {
      await updateMembership(tx, problems, pk, version, input);
      problems.throwIfAny();
    });
    return loadNode(ctx, "NetworkMembership", pk);
  }

  @Mutation(() => LeadershipTerm, {
    description:
      "CONTRIBUTOR over the network: records a leadership term with its holders as a DRAFT. Co-chairs share one term; a term that overlaps another of the same role in the network is refused. A STEWARD of the network publishes it.",
  })
  async createLeadershipTerm(@Ctx() ctx: Context, @Arg("input", () => CreateLeadershipTermInput, { description: "The term, its holders and at least one source." }) input: CreateLeadershipTermInput) {
    const partner = requirePartner(ctx.viewer);
    const problems = new InputProblems("input.");
    checkTerm(problems, input);
    problems.throwIfAny();
    const pk = await runWrite(ctx, partner, async (tx) => {
      const created = await createTerm(tx, problems, input);
      problems.throwIfAny();
      return created!;
    });
    return loadNode(ctx, "LeadershipTerm", pk);
  }

  @Mutation(() => LeadershipTerm, { description: "Changes a leadership term at the version you read (its author while a draft, a STEWARD of the network at any time); holders and sources are added." })
  async updateLeadershipTerm(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The term's global id." }) id: string,
    @Arg("version", () => Int, { description: VERSION }) version: number,
    @Arg("input", () => UpdateLeadershipTermInput, { description: "What changes." }) input: UpdateLeadershipTermInput,
  ) {
    const partner = requirePartner(ctx.viewer);
    const pk = idOf(id, "LeadershipTerm", "id", "leadership term");
    const problems = new InputProblems("input.");
    await runWrite(ctx, partner, async (tx) => {
      await updateTerm(tx, problems, pk, version, input);
      problems.throwIfAny();
    });
    return loadNode(ctx, "LeadershipTerm", pk);
  }

  @Mutation(() => NetworkMembership, {
    description:
      "Sets how to reach a member's focal point (field-level data: only the network's current members, its stewards and administrators read `contact`). A CONTRIBUTOR over the member state or organisation, or a STEWARD of the network. Omit `version` to create the contact; state the contact's `version` to replace it (CONFLICT when stale). Returns the membership.",
  })
  async setFocalPointContact(
    @Ctx() ctx: Context,
    @Arg("membership", () => ID, { description: "The membership's global id." }) membership: string,
    @Arg("version", () => Int, { nullable: true, description: "The contact's `version` you read; omit it when the membership has no contact yet." }) version: number | null | undefined,
    @Arg("input", () => FocalPointContactInput, { description: "The contact (replaces the stored one as a whole)." }) input: FocalPointContactInput,
  ) {
    const partner = requirePartner(ctx.viewer);
    const pk = idOf(membership, "NetworkMembership", "membership", "membership");
    await runWrite(ctx, partner, (tx) => setContact(tx, new InputProblems(), pk, version, input));
    return loadNode(ctx, "NetworkMembership", pk);
  }
}

export const NETWORK_WRITE_RESOLVERS: Function[] = [NetworkWritesResolver];
