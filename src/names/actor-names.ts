import type { ActorName } from "../../entities/actor-name.entity";
import { NameKind } from "../../entities/enums/name-kind.enum";
import type { UnLanguage } from "../../entities/enums/un-language.enum";

/**
 * The name of `kind` in `lang` among an actor's names, or undefined when the sources give none.
 * Organisations are recorded under their full name and have only COMMON names, so their official
 * name in a language is their name in it.
 */
export function nameIn(names: readonly ActorName[], lang: UnLanguage, kind: NameKind, isOrganisation: boolean): string | undefined {
  const wanted = isOrganisation ? NameKind.COMMON : kind;
  return names.find((n) => n.lang === lang && n.kind === wanted)?.text;
}
