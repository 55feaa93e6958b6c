import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { Node } from "./node.interface";
import { Crime } from "./enums/crime.enum";

/**
 * A crime as a concept the graph can be asked about: the four crimes of the responsibility to
 * protect, with their sources. Treaties cover crimes (`treaty_crime` rows, joined on `crime`) and
 * documents mention them (`document_mention` rows).
 */
@ObjectType({
  implements: Node,
  description: "An atrocity crime as a concept: genocide, war crimes, ethnic cleansing and crimes against humanity, the four crimes of the responsibility to protect, with the sources that name them, the treaties that cover them and the documents that mention them.",
})
@Entity()
export class AtrocityCrime extends Node {
  @Field(() => Crime, { description: "The crime, as the `Crime` value treaties use." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 30 })
  crime: Crime;

  @Field({ description: "The crime's name (e.g. \"Ethnic cleansing\")." })
  @Column({ type: "varchar", length: 100 })
  name: string;

  @Field({ description: "What the sources say about the crime, in short." })
  @Column({ type: "text" })
  description: string;

  @Field({ name: "isR2pCrime", description: "Whether this is one of the four crimes the responsibility to protect concerns (2005 World Summit Outcome, paragraphs 138 and 139)." })
  @Column({ type: "boolean", default: false })
  r2p: boolean;

  @Field(() => Int, { description: "The order of the crime in `crimes` (the order of the 2005 World Summit Outcome)." })
  @Column({ type: "integer", default: 0 })
  position: number;
}
