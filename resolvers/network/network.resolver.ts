import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { Network } from "../../entities/network.entity";
import type { Context } from "../../src/context";
import { paginate } from "../../src/pagination/paginate";
import { networkOrder, networksQuery } from "../../src/queries/network.query";
import { networkByPk, networkBySlug } from "../../src/loaders/network.loaders";
import { registerNodeType } from "../../src/node-types";
import { NetworkConnection } from "./network.connection";
import { NetworksArgs } from "./networks.args";

registerNodeType("Network", networkByPk);

/** Networks already loaded answer later `parent` / `network` lookups by key without another statement. */
function primeByPk(ctx: Context, networks: Network[]): void {
  for (const network of networks) ctx.loaders.prime(networkByPk, network.pk, network);
}

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => Network, { nullable: true, description: "A network by its slug (e.g. `r2p-focal-points`), case-insensitive; null when none matches." })
  async network(@Arg("slug", { description: "The network's public slug." }) slug: string, @Ctx() ctx: Context): Promise<Network | null> {
    const network = await ctx.loaders.get(networkBySlug).load(slug.trim().toLowerCase());
    if (network) primeByPk(ctx, [network]);
    return network;
  }

  @Query(() => NetworkConnection, { description: "Networks, groups of friends, core groups and initiatives, chapters included; filtered and paged." })
  async networks(@Args(() => NetworksArgs) args: NetworksArgs, @Ctx() ctx: Context) {
    const page = await paginate(networksQuery(ctx.ds, args.filter), args, networkOrder(args.orderBy));
    primeByPk(ctx, page.nodes);
    return page;
  }
}
