import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { References } from "./references.decorator";
import { TemporalRow } from "./temporal-row.base";
import { Network } from "./network.entity";
import { LeadershipRole } from "./enums/leadership-role.enum";
import { Publication } from "./publication.embedded";
import { Node } from "./node.interface";
import { toGlobalId } from "../src/global-id";

/** A term in a leadership role of a network; several actors may hold it together. */
@ObjectType({ implements: Node, description: "A term in a leadership role of a network (chair, co-chairs, troika, steering group, secretariat), held by one or more actors." })
@Entity()
export class LeadershipTerm extends TemporalRow {
  // A Node since partners update and retract it by id (issue 10); TemporalRow keeps its dates.
  @Field(() => ID, { name: "id", description: "The opaque global id of this object; pass it to `node(id:)`." })
  get globalId(): string {
    return toGlobalId("LeadershipTerm", this.pk);
  }

  @References(() => Network)
  networkId: number;

  @Field(() => LeadershipRole, { description: "The role held during the term." })
  @Column({ type: "varchar", length: 30 })
  role: LeadershipRole;

  @Field(() => String, { nullable: true, description: "The term as the sources name it (e.g. 2020/2021, 2024-2026)." })
  @Column({ type: "varchar", length: 60, nullable: true })
  label: string | null;

  @Field(() => String, { nullable: true, description: "A note on the term." })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field(() => Publication, { description: "Its publication state: status, visibility, version (state it when updating) and any retraction reason." })
  @Column(() => Publication, { prefix: "pub" })
  publication: Publication;
}
