import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { Citation } from "../../entities/citation.entity";
import type { Context } from "../../src/context";
import { requirePartner } from "../../src/auth/graphql/require-partner";
import { fromGlobalId } from "../../src/global-id";
import { loadNode } from "../../src/node-types";
import { badInput, InputProblems } from "../../src/writes/input-problems";
import { runWrite } from "../../src/writes/write-tx";
import { checkCitation, createCitation, updateCitation } from "../../src/writes/kinds/citation.writer";
import "../../src/writes/kinds/citation.kind";
import { CreateCitationInput, UpdateCitationInput } from "./citation.input";

/** Citations written by partners, for the facts they write next. */
@Resolver()
export class CitationWritesResolver {
  @Mutation(() => Citation, {
    description: "CONTRIBUTOR over your own state or organisation: records a public source as a DRAFT citation in your scope, to name by id in the `sources` of facts you write. Published with the first fact published that names it, or with `publishRecord`.",
  })
  async createCitation(@Ctx() ctx: Context, @Arg("input", () => CreateCitationInput, { description: "The source." }) input: CreateCitationInput) {
    const partner = requirePartner(ctx.viewer);
    const problems = new InputProblems("input.");
    checkCitation(problems, input, true);
    problems.throwIfAny();
    const pk = await runWrite(ctx, partner, async (tx) => {
      const created = await createCitation(tx, problems, input);
      problems.throwIfAny();
      return created!;
    });
    return loadNode(ctx, "Citation", pk);
  }

  @Mutation(() => Citation, { description: "Changes a citation at the version you read: its author while a draft, a STEWARD of its scope at any time, ADMIN for seed citations. A stale version is refused with CONFLICT." })
  async updateCitation(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The citation's global id." }) id: string,
    @Arg("version", () => Int, { description: "The `publication.version` you read." }) version: number,
    @Arg("input", () => UpdateCitationInput, { description: "What changes." }) input: UpdateCitationInput,
  ) {
    const partner = requirePartner(ctx.viewer);
    const decoded = fromGlobalId(id);
    if (decoded?.type !== "Citation") badInput("id", "names no citation you can see");
    const problems = new InputProblems("input.");
    checkCitation(problems, input, false);
    problems.throwIfAny();
    await runWrite(ctx, partner, async (tx) => {
      await updateCitation(tx, problems, decoded.id, version, input);
      problems.throwIfAny();
    });
    return loadNode(ctx, "Citation", decoded.id);
  }
}

export const CITATION_WRITE_RESOLVERS: Function[] = [CitationWritesResolver];
