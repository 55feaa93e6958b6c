import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { Document } from "../../entities/document.entity";
import type { Context } from "../../src/context";
import { fromGlobalId } from "../../src/global-id";
import { paginate } from "../../src/pagination/paginate";
import { documentOrder, documentsQuery } from "../../src/queries/document.query";
import { documentByPk } from "../../src/loaders/document.loaders";
import { registerNodeType } from "../../src/node-types";
import { DocumentConnection } from "./document.connection";
import { DocumentsArgs } from "./documents.args";

registerNodeType("Document", documentByPk);

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: "A document by its global id; null when nothing matches or the id is of another type." })
  document(@Arg("id", () => ID, { description: "The document's global id." }) id: string, @Ctx() ctx: Context): Promise<Document | null> | null {
    const parsed = fromGlobalId(id);
    return parsed?.type === "Document" ? ctx.loaders.get(documentByPk).load(parsed.id) : null;
  }

  @Query(() => DocumentConnection, { description: "Documents: statements, communiqués, reports and letters, filtered and paged." })
  documents(@Args(() => DocumentsArgs) args: DocumentsArgs, @Ctx() ctx: Context) {
    return paginate(documentsQuery(ctx.ds, args.filter), args, documentOrder(args.orderBy));
  }
}
