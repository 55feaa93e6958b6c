import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { Observation } from "../../entities/observation.entity";
import type { Context } from "../../src/context";
import { requirePartner } from "../../src/auth/graphql/require-partner";
import { fromGlobalId } from "../../src/global-id";
import { loadNode } from "../../src/node-types";
import { badInput, InputProblems } from "../../src/writes/input-problems";
import { runWrite } from "../../src/writes/write-tx";
import { checkObservation, createObservation, updateObservation } from "../../src/writes/kinds/observation.writer";
import "../../src/writes/kinds/observation.kind";
import { CreateObservationInput, UpdateObservationInput } from "./observation.input";

/** Observations written by partners: a research centre records the counts its sources report. */
@Resolver()
export class ObservationWritesResolver {
  @Mutation(() => Observation, {
    description:
      "CONTRIBUTOR over your own state or organisation: records a count about a meeting, network, document or treaty as a DRAFT in your own scope; your STEWARD publishes it with `publishRecord`. Conflicting reports coexist (see `conflicts`).",
  })
  async createObservation(@Ctx() ctx: Context, @Arg("input", () => CreateObservationInput, { description: "The count, with at least one source." }) input: CreateObservationInput) {
    const partner = requirePartner(ctx.viewer);
    const problems = new InputProblems("input.");
    checkObservation(problems, input, true);
    problems.throwIfAny();
    const pk = await runWrite(ctx, partner, async (tx) => {
      const created = await createObservation(tx, problems, input);
      problems.throwIfAny();
      return created!;
    });
    return loadNode(ctx, "Observation", pk);
  }

  @Mutation(() => Observation, {
    description: "Changes an observation at the version you read: its author while a draft, a STEWARD of its scope at any time, ADMIN for seed observations. A stale version is refused with CONFLICT.",
  })
  async updateObservation(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The observation's global id." }) id: string,
    @Arg("version", () => Int, { description: "The `publication.version` you read." }) version: number,
    @Arg("input", () => UpdateObservationInput, { description: "What changes." }) input: UpdateObservationInput,
  ) {
    const partner = requirePartner(ctx.viewer);
    const decoded = fromGlobalId(id);
    if (decoded?.type !== "Observation") badInput("id", "names no observation you can see");
    const problems = new InputProblems("input.");
    checkObservation(problems, input, false);
    problems.throwIfAny();
    await runWrite(ctx, partner, async (tx) => {
      await updateObservation(tx, problems, decoded.id, version, input);
      problems.throwIfAny();
    });
    return loadNode(ctx, "Observation", decoded.id);
  }
}

export const OBSERVATION_WRITE_RESOLVERS: Function[] = [ObservationWritesResolver];
