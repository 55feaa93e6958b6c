import { Field, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index } from "typeorm";
import { References } from "./references.decorator";
import { Row } from "./row.base";
import { Citation } from "./citation.entity";
import { ActorRef, ONE_ACTOR } from "./actor-ref.embedded";
import { UnLanguage } from "./enums/un-language.enum";
import { NameKind } from "./enums/name-kind.enum";

/**
 * One name of a state or organisation in one UN language, with the citation it comes from. A name
 * the sources do not give has no row: a missing translation is absent, never an empty string or a
 * copy of the English, so the API can say which language it actually answers in. The English names
 * are here too (so every name has its source), and also stay in `state.name` / `official_name` and
 * `organisation.name`, which ordering, filters and the unchanged `name` field read.
 */
@ObjectType({ description: "A name of a state or organisation in one of the six UN languages, with its source." })
@Entity()
@Check(ONE_ACTOR)
// At most one name per actor, language and kind; the same indexes serve the loader's `IN (…)`.
@Index("IDX_actor_name_state_lang_kind", ["actor.stateId", "lang", "kind"], { unique: true })
@Index("IDX_actor_name_organisation_lang_kind", ["actor.organisationId", "lang", "kind"], { unique: true })
export class ActorName extends Row {
  @Column(() => ActorRef, { prefix: false })
  actor: ActorRef;

  @Field(() => UnLanguage, { description: "The language of the name." })
  @Column({ type: "varchar", length: 2 })
  lang: UnLanguage;

  @Field(() => NameKind, { description: "Whether this is the common or the official name." })
  @Column({ type: "varchar", length: 8 })
  kind: NameKind;

  @Field({ description: "The name, as the source writes it." })
  @Column({ type: "varchar", length: 300 })
  text: string;

  /** Where the name comes from (world-countries for the states' translations; see the README's data section). */
  @References(() => Citation)
  citationId: number;
}
