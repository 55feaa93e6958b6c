import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { References } from "./references.decorator";
import { Row } from "./row.base";
import { TreatyAction } from "./treaty-action.entity";
import { DeclarationKind } from "./enums/declaration-kind.enum";

/** A reservation, declaration or objection made with a treaty action. */
@ObjectType({ description: "A reservation, declaration or objection made with a treaty action." })
@Entity()
export class TreatyDeclaration extends Row {
  @References(() => TreatyAction)
  actionId: number;

  @Field(() => DeclarationKind, { description: "Reservation, declaration or objection." })
  @Column({ type: "varchar", length: 20 })
  kind: DeclarationKind;

  @Field(() => String, { nullable: true, description: "The article it concerns (e.g. Art. 8(3) by virtue of Art. 92(3))." })
  @Column({ type: "varchar", length: 200, nullable: true })
  article: string | null;

  @Field(() => String, { nullable: true, description: "Its text or gist; null where the graph does not hold it yet." })
  @Column({ type: "text", nullable: true })
  text: string | null;
}
