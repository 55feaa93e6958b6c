import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { Person } from "../../entities/person.entity";
import type { Context } from "../../src/context";
import { paginate } from "../../src/pagination/paginate";
import { peopleQuery, personOrder } from "../../src/queries/person.query";
import { personByPk } from "../../src/loaders/person.loaders";
import { registerNodeType } from "../../src/node-types";
import { fromGlobalId } from "../../src/global-id";
import { PersonConnection } from "./person.connection";
import { PeopleArgs } from "./people.args";

registerNodeType("Person", personByPk);

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "A person by global id; null when none matches." })
  person(@Arg("id", () => ID, { description: "The person's global id." }) id: string, @Ctx() ctx: Context): Promise<Person | null> {
    const parsed = fromGlobalId(id);
    return parsed?.type === "Person" ? ctx.loaders.get(personByPk).load(parsed.id) : Promise.resolve(null);
  }

  @Query(() => PersonConnection, { description: "People named in the sources (ministers, ambassadors, UN officials, speakers), filtered and paged." })
  people(@Args(() => PeopleArgs) args: PeopleArgs, @Ctx() ctx: Context) {
    return paginate(peopleQuery(ctx.ds, args.filter), args, personOrder(args.orderBy));
  }
}
