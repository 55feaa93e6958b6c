import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Document } from "../../entities/document.entity";
import { Organisation } from "../../entities/organisation.entity";
import type { Context } from "../../src/context";
import { documentsByOrganisation } from "../../src/loaders/document.loaders";
import { ActorDocumentsArgs } from "./actor-documents.args";

@Resolver(() => Organisation)
export class OrganisationDocumentsResolver {
  @FieldResolver(() => [Document], { description: "Documents that name the organisation as author, signatory or dissociating member, oldest first." })
  documents(@Root() org: Organisation, @Args(() => ActorDocumentsArgs) args: ActorDocumentsArgs, @Ctx() ctx: Context) {
    return ctx.loaders.get(documentsByOrganisation).load({ id: org.pk, args: { roles: args.roles ?? undefined } });
  }
}
