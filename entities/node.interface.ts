import { Field, ID, InterfaceType } from "type-graphql";
import { Row } from "./row.base";
import { toGlobalId } from "../src/global-id";

/**
 * Everything with an identity. The database key stays internal (`pk`); clients see the opaque
 * global id, which `Query.node` resolves back to a row.
 */
@InterfaceType("Node", { description: "An object with a stable, opaque global id." })
export abstract class Node extends Row {
  @Field(() => ID, { name: "id", description: "The opaque global id of this object; pass it to `node(id:)`." })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.pk);
  }
}
