import { Field, InterfaceType } from "type-graphql";
import { Column } from "typeorm";
import { Node } from "./node.interface";
import { NAME_FIELD } from "./name.descriptions";

/** Anything that can host, sign, join or speak: a state or an organisation. */
@InterfaceType("Actor", {
  implements: Node,
  description: "Anything that can host, sign, join or speak: a State or an Organisation.",
})
export abstract class Actor extends Node {
  // The GraphQL field takes `lang` (resolvers/names/); this column is the English name.
  @Field({ description: NAME_FIELD })
  @Column({ type: "varchar", length: 200 })
  name: string;
}
