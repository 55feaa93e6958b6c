import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { TreatyAction } from "../../entities/treaty-action.entity";
import type { Context } from "../../src/context";
import { requirePartner } from "../../src/auth/graphql/require-partner";
import { fromGlobalId } from "../../src/global-id";
import { loadNode } from "../../src/node-types";
import { badInput, InputProblems } from "../../src/writes/input-problems";
import { runWrite } from "../../src/writes/write-tx";
import { checkTreatyAction, createTreatyAction, updateTreatyAction } from "../../src/writes/kinds/treaty-action.writer";
import "../../src/writes/kinds/treaty-action.kind";
import { CreateTreatyActionInput, UpdateTreatyActionInput } from "./treaty-action.input";

/** Treaty actions written by partners: a state's mission records its signature or ratification. */
@Resolver()
export class TreatyActionWritesResolver {
  @Mutation(() => TreatyAction, {
    description:
      "CONTRIBUTOR over the acting state (or organisation): records a treaty action as a DRAFT, checked against the actor's other actions on the treaty (no ratification before a signature, no denunciation by a non-party…). A STEWARD of the state publishes it with `publishRecord`; signatories, parties and their counts follow at once.",
  })
  async createTreatyAction(@Ctx() ctx: Context, @Arg("input", () => CreateTreatyActionInput, { description: "The action, with at least one source." }) input: CreateTreatyActionInput) {
    const partner = requirePartner(ctx.viewer);
    const problems = new InputProblems("input.");
    checkTreatyAction(problems, input, true);
    problems.throwIfAny();
    const pk = await runWrite(ctx, partner, async (tx) => {
      const created = await createTreatyAction(tx, problems, input);
      problems.throwIfAny();
      return created!;
    });
    return loadNode(ctx, "TreatyAction", pk);
  }

  @Mutation(() => TreatyAction, { description: "Changes a treaty action at the version you read: its author while a draft, a STEWARD of the actor's scope at any time. A stale version is refused with CONFLICT." })
  async updateTreatyAction(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The treaty action's global id." }) id: string,
    @Arg("version", () => Int, { description: "The `publication.version` you read." }) version: number,
    @Arg("input", () => UpdateTreatyActionInput, { description: "What changes." }) input: UpdateTreatyActionInput,
  ) {
    const partner = requirePartner(ctx.viewer);
    const decoded = fromGlobalId(id);
    if (decoded?.type !== "TreatyAction") badInput("id", "names no treaty action you can see");
    const problems = new InputProblems("input.");
    checkTreatyAction(problems, input, false);
    problems.throwIfAny();
    await runWrite(ctx, partner, async (tx) => {
      await updateTreatyAction(tx, problems, decoded.id, version, input);
      problems.throwIfAny();
    });
    return loadNode(ctx, "TreatyAction", decoded.id);
  }
}

export const TREATY_ACTION_WRITE_RESOLVERS: Function[] = [TreatyActionWritesResolver];
