import { Field, InterfaceType } from "type-graphql";
import { Column } from "typeorm";
import { Node } from "./node.interface";

/** Anything that can host, sign, join or speak: a state or an organisation. */
@InterfaceType("Actor", {
  implements: Node,
  description: "Anything that can host, sign, join or speak: a State or an Organisation.",
})
export abstract class Actor extends Node {
  @Field({ description: "The common English name." })
  @Column({ type: "varchar", length: 200 })
  name: string;
}
