import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { Node } from "./node.interface";
import { PartialDate, presentDate } from "./partial-date.embedded";
import { Publication } from "./publication.embedded";

/** A public source that supports facts in the graph. */
@ObjectType({ implements: Node, description: "A public source (web page, report, statement) that supports facts in the graph." })
@Entity()
export class Citation extends Node {
  @Index({ unique: true })
  @Column({ type: "varchar", length: 120 })
  key: string;

  @Field({ description: "Where the source can be read: always a public http(s) address (a repository copy of the text is in `storedCopy`)." })
  @Column({ type: "varchar", length: 1000 })
  url: string;

  @Field({ description: "Who published the source." })
  @Column({ type: "varchar", length: 200 })
  publisher: string;

  @Field(() => String, { nullable: true, description: "The source's title." })
  @Column({ type: "varchar", length: 500, nullable: true })
  title: string | null;

  @Column(() => PartialDate, { prefix: "published" })
  publishedAt: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: "When the source was published." })
  get publishedOn(): PartialDate | null {
    return presentDate(this.publishedAt);
  }

  @Field(() => String, { nullable: true, description: "The original publication, when this URL is a mirror or a copy." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  mirrorOf: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The project's stored copy of the source's text (a file in the repository, e.g. `seeds/texts/….txt`), when the public `url` does not itself carry the full text. Not a web address: `url` is always the public source.",
  })
  @Column({ type: "varchar", length: 1000, nullable: true })
  storedCopy: string | null;

  @Field(() => Publication, { description: "Its publication state: status, visibility, version (state it when updating) and any retraction reason." })
  @Column(() => Publication, { prefix: "pub" })
  publication: Publication;
}
