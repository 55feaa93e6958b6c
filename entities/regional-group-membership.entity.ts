import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { References } from "./references.decorator";
import { TemporalRow } from "./temporal-row.base";
import { State } from "./state.entity";
import { RegionalGroup } from "./regional-group.entity";
import { RegionalGroupRole } from "./enums/regional-group-role.enum";

/** A state's place in a UN regional group, over time and qualified. */
@ObjectType({ description: "A state's place in a UN regional group: its role and, where known, when it began and ended." })
@Entity()
export class RegionalGroupMembership extends TemporalRow {
  @References(() => State)
  stateId: number;

  @References(() => RegionalGroup)
  groupId: number;

  @Field(() => RegionalGroupRole, { description: "How the state takes part in the group." })
  @Column({ type: "varchar", length: 20 })
  role: RegionalGroupRole;

  @Field(() => String, { nullable: true, description: "A note qualifying the role (e.g. counted in WEOG for elections)." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
