import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../../src/context";
import { searchPage } from "../../src/search/search.query";
import { SearchConnection } from "./search.connection";
import { SearchArgs } from "./search.args";
import { selectsField } from "./selects-field";

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, { description: "Full-text search over states, organisations, networks, meetings, documents, treaty proposals and people, best match first, each hit with a highlighted snippet." })
  search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return searchPage(ctx.ds, {
      query: args.query,
      subjectTypes: args.types,
      first: args.first,
      after: args.after,
      withTotal: selectsField(info, "totalCount"),
    });
  }
}
