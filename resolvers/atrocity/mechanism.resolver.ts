import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Mechanism } from "../../entities/mechanism.entity";
import { Document } from "../../entities/document.entity";
import { DocumentMention } from "../../entities/document-mention.entity";
import { Organisation } from "../../entities/organisation.entity";
import { MechanismPurpose } from "../../entities/enums/mechanism-purpose.enum";
import type { Context } from "../../src/context";
import { mechanismByKey, mechanismByPk, mentionsByMechanism } from "../../src/loaders/atrocity.loaders";
import { documentByPk } from "../../src/loaders/document.loaders";
import { organisationByPk } from "../../src/loaders/actor.loaders";
import { mechanismOrder, mechanismsQuery } from "../../src/queries/mechanism.query";
import { paginate } from "../../src/pagination/paginate";
import { registerNodeType } from "../../src/node-types";
import { BadUserInputError } from "../../src/errors/bad-user-input.error";
import { distinctRows } from "./distinct-rows";
import { MechanismConnection } from "./mechanism.connection";
import { MechanismsArgs } from "./mechanisms.args";

registerNodeType("Mechanism", mechanismByPk);

/** The mentions of a mechanism, optionally only those naming it for one purpose. */
async function mentionsOf(ctx: Context, m: Mechanism, purpose: MechanismPurpose | undefined): Promise<DocumentMention[]> {
  const rows = await ctx.loaders.get(mentionsByMechanism).load({ id: m.pk, args: undefined });
  return purpose ? rows.filter((row) => row.purpose === purpose) : rows;
}

/** Mechanisms: the root list and field, and what each belongs to and where it is named. */
@Resolver(() => Mechanism)
export class MechanismResolver {
  @Query(() => MechanismConnection, {
    description: "Mechanisms, processes and initiatives that documents name as tools against atrocity crimes (the Universal Periodic Review, the Special Procedures…), filtered and paged, by name. `filter: { namedBy: \"BEL\", purpose: EARLY_WARNING }` gives the tools Belgium named for early warning.",
  })
  mechanisms(@Args(() => MechanismsArgs) args: MechanismsArgs, @Ctx() ctx: Context) {
    return paginate(mechanismsQuery(ctx.ds, args.filter), args, mechanismOrder(args.orderBy));
  }

  @Query(() => Mechanism, { nullable: true, description: "A mechanism by its key (e.g. `universal-periodic-review`), case-insensitive; null when none matches." })
  mechanism(@Arg("key", { description: "The mechanism's key." }) key: string, @Ctx() ctx: Context) {
    const value = key.trim().toLowerCase();
    if (!value || value.length > 80) throw new BadUserInputError("key", "must be a mechanism key of 1 to 80 characters");
    return ctx.loaders.get(mechanismByKey).load(value);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation the mechanism belongs to (e.g. the Human Rights Council); null when none is recorded." })
  organisation(@Root() m: Mechanism, @Ctx() ctx: Context) {
    return m.organisationId == null ? null : ctx.loaders.get(organisationByPk).load(m.organisationId);
  }

  @FieldResolver(() => [DocumentMention], { description: "Where documents name this mechanism, with their words and what they name it for." })
  mentions(
    @Root() m: Mechanism,
    @Arg("purpose", () => MechanismPurpose, { nullable: true, description: "Only mentions naming it for this purpose." }) purpose: MechanismPurpose | undefined,
    @Ctx() ctx: Context,
  ) {
    return mentionsOf(ctx, m, purpose);
  }

  @FieldResolver(() => [Document], { description: "The documents that name this mechanism, each once." })
  async mentionedIn(
    @Root() m: Mechanism,
    @Arg("purpose", () => MechanismPurpose, { nullable: true, description: "Only documents naming it for this purpose." }) purpose: MechanismPurpose | undefined,
    @Ctx() ctx: Context,
  ) {
    const mentions = await mentionsOf(ctx, m, purpose);
    return distinctRows(ctx, documentByPk, mentions.map((x) => x.documentId));
  }
}
