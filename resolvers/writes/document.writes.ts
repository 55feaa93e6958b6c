import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { Document } from "../../entities/document.entity";
import type { Context } from "../../src/context";
import { requirePartner } from "../../src/auth/graphql/require-partner";
import { fromGlobalId } from "../../src/global-id";
import { loadNode } from "../../src/node-types";
import { badInput, InputProblems } from "../../src/writes/input-problems";
import { runWrite } from "../../src/writes/write-tx";
import { readDocument } from "../../src/writes/kinds/document.fields";
import { createDocument, updateDocument } from "../../src/writes/kinds/document.writer";
import type { Fields } from "../../src/writes/kinds/record.fields";
import "../../src/writes/kinds/document.kind";
import { CreateDocumentInput, UpdateDocumentInput } from "./document.input";

/**
 * Documents written by partners (issue 10 §3): statements, communiqués, letters with their authors
 * and passages. The input's shape is checked before the transaction opens; references, keys and
 * permissions inside it.
 */
@Resolver()
export class DocumentWritesResolver {
  @Mutation(() => Document, {
    description:
      "CONTRIBUTOR over the document's scope (the network it speaks for, else its organisation, its deliverer or first author; none: ADMIN): records a document as a DRAFT with its authors, passages and sources. A STEWARD of the scope publishes it with `publishRecord`.",
  })
  async createDocument(@Ctx() ctx: Context, @Arg("input", () => CreateDocumentInput, { description: "The document, with at least one source." }) input: CreateDocumentInput) {
    const partner = requirePartner(ctx.viewer);
    const problems = new InputProblems("input.");
    readDocument(problems, input as unknown as Fields, true);
    problems.throwIfAny();
    const pk = await runWrite(ctx, partner, async (tx) => {
      const created = await createDocument(tx, problems, input as unknown as Fields);
      problems.throwIfAny();
      return created!;
    });
    return loadNode(ctx, "Document", pk);
  }

  @Mutation(() => Document, {
    description: "Changes a document at the version you read: its author while it is a draft, a STEWARD of its scope at any time. Actor lists and `passages`, when given, replace the old ones. A stale version is refused with CONFLICT.",
  })
  async updateDocument(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The document's global id." }) id: string,
    @Arg("version", () => Int, { description: "The `publication.version` you read; a stale one is refused with code CONFLICT and the current version." }) version: number,
    @Arg("input", () => UpdateDocumentInput, { description: "What changes." }) input: UpdateDocumentInput,
  ) {
    const partner = requirePartner(ctx.viewer);
    const decoded = fromGlobalId(id);
    if (decoded?.type !== "Document") badInput("id", "names no document you can see");
    const problems = new InputProblems("input.");
    readDocument(problems, input as unknown as Fields, false);
    problems.throwIfAny();
    await runWrite(ctx, partner, async (tx) => {
      await updateDocument(tx, problems, decoded.id, version, input as unknown as Fields);
      problems.throwIfAny();
    });
    return loadNode(ctx, "Document", decoded.id);
  }
}

export const DOCUMENT_WRITE_RESOLVERS: Function[] = [DocumentWritesResolver];
