import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Document } from "../../entities/document.entity";
import { State } from "../../entities/state.entity";
import type { Context } from "../../src/context";
import { documentsByState } from "../../src/loaders/document.loaders";
import { ActorDocumentsArgs } from "./actor-documents.args";

@Resolver(() => State)
export class StateDocumentsResolver {
  @FieldResolver(() => [Document], { description: "Documents that name the state as author, signatory or dissociating member, oldest first." })
  documents(@Root() state: State, @Args(() => ActorDocumentsArgs) args: ActorDocumentsArgs, @Ctx() ctx: Context) {
    return ctx.loaders.get(documentsByState).load({ id: state.pk, args: { roles: args.roles ?? undefined } });
  }
}
