import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Actor } from "../../entities/actor.interface";
import { ActorName } from "../../entities/actor-name.entity";
import { State } from "../../entities/state.entity";
import { UnLanguage } from "../../entities/enums/un-language.enum";
import { NameKind } from "../../entities/enums/name-kind.enum";
import type { Context } from "../../src/context";
import { namesByActor, type ActorNamesKey } from "../../src/loaders/actor-name.loaders";
import { nameIn } from "../../src/names/actor-names";
import { LANG_ARG, NAMES_FIELD, NAME_FIELD, OFFICIAL_NAME_FIELD } from "../../entities/name.descriptions";

const keyOf = (actor: Actor, lang: UnLanguage | null): ActorNamesKey => ({ type: actor instanceof State ? "State" : "Organisation", pk: actor.pk, lang });

/**
 * The name in `lang` of `kind`, or `english` when the sources give none. English, the default,
 * is read from the row in hand (and src/names/english-names.fast-path.ts answers it before this
 * resolver is even called, without a promise).
 */
function localName(actor: Actor, lang: UnLanguage | null | undefined, kind: NameKind, english: string, ctx: Context): string | Promise<string> {
  if (!lang || lang === UnLanguage.EN) return english;
  return ctx.loaders.get(namesByActor).load(keyOf(actor, lang)).then((names) => nameIn(names, lang, kind, !(actor instanceof State)) ?? english);
}

/**
 * `name(lang:)`, `officialName(lang:)` and `names` on the Actor interface, inherited by State and
 * Organisation. (The field types and `name`'s description come from the entities; type-graphql
 * takes the arguments from here.)
 */
@Resolver(() => Actor)
export class ActorNamesResolver {
  @FieldResolver(() => String, { description: NAME_FIELD })
  name(
    @Root() actor: Actor,
    @Arg("lang", () => UnLanguage, { nullable: true, description: LANG_ARG }) lang: UnLanguage | null | undefined,
    @Ctx() ctx: Context,
  ): string | Promise<string> {
    return localName(actor, lang, NameKind.COMMON, actor.name, ctx);
  }

  @FieldResolver(() => String, { description: OFFICIAL_NAME_FIELD })
  officialName(
    @Root() actor: Actor,
    @Arg("lang", () => UnLanguage, { nullable: true, description: LANG_ARG }) lang: UnLanguage | null | undefined,
    @Ctx() ctx: Context,
  ): string | Promise<string> {
    // Organisations have no separate official name (see OFFICIAL_NAME_FIELD); states override this below.
    return localName(actor, lang, NameKind.OFFICIAL, actor.name, ctx);
  }

  @FieldResolver(() => [ActorName], { description: NAMES_FIELD })
  async names(
    @Root() actor: Actor,
    @Arg("lang", () => UnLanguage, { nullable: true, description: "Only the names in this language (default: every language)." }) lang: UnLanguage | null | undefined,
    @Arg("kind", () => NameKind, { nullable: true, description: "Only names of this kind (default: both)." }) kind: NameKind | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ActorName[]> {
    const names = await ctx.loaders.get(namesByActor).load(keyOf(actor, lang ?? null));
    return kind ? names.filter((n) => n.kind === kind) : names;
  }
}

/** A state's own `officialName` column is its English official name. */
@Resolver(() => State)
export class StateOfficialNameResolver {
  @FieldResolver(() => String, { description: OFFICIAL_NAME_FIELD })
  officialName(
    @Root() state: State,
    @Arg("lang", () => UnLanguage, { nullable: true, description: LANG_ARG }) lang: UnLanguage | null | undefined,
    @Ctx() ctx: Context,
  ): string | Promise<string> {
    return localName(state, lang, NameKind.OFFICIAL, state.officialName, ctx);
  }
}
