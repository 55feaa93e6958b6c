import { Column, Entity, Index } from "typeorm";
import { Row } from "./row.base";

/**
 * One searchable object: its title and body text, denormalised from the other tables by the seed
 * loader. Each database indexes this table with its own full-text engine (see migrations/).
 */
@Entity()
@Index(["subjectType", "subjectId"], { unique: true })
export class SearchEntry extends Row {
  @Column({ type: "varchar", length: 40 })
  subjectType: string;

  @Column({ type: "integer" })
  subjectId: number;

  @Column({ type: "text" })
  title: string;

  @Column({ type: "text" })
  body: string;
}
