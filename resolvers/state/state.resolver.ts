import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { State } from "../../entities/state.entity";
import type { Context } from "../../src/context";
import { paginate } from "../../src/pagination/paginate";
import { stateOrder, statesQuery } from "../../src/queries/state.query";
import { stateByCode } from "../../src/loaders/state.loaders";
import { StateConnection } from "./state.connection";
import { StatesArgs } from "./states.args";
import { registerNodeType } from "../../src/node-types";
import { stateByPk } from "../../src/loaders/actor.loaders";

registerNodeType("State", stateByPk);

@Resolver(() => State)
export class StateResolver {
  @Query(() => State, { nullable: true, description: "A state by ISO alpha-2 or alpha-3 code, case-insensitive (XK / XKX for Kosovo); null when none matches." })
  state(@Arg("code", { description: "An ISO 3166-1 alpha-2 or alpha-3 code." }) code: string, @Ctx() ctx: Context): Promise<State | null> {
    return ctx.loaders.get(stateByCode).load(code.trim().toUpperCase());
  }

  @Query(() => StateConnection, { description: "States: the 193 UN members, the 2 observer states and Kosovo, filtered and paged." })
  states(@Args(() => StatesArgs) args: StatesArgs, @Ctx() ctx: Context) {
    return paginate(statesQuery(ctx.ds, args.filter), args, stateOrder(args.orderBy));
  }
}
