import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { References } from "./references.decorator";
import { Node } from "./node.interface";
import { DocumentKind } from "./enums/document-kind.enum";
import { PartialDate, presentDate } from "./partial-date.embedded";
import { Meeting } from "./meeting.entity";
import { Person } from "./person.entity";
import { Network } from "./network.entity";
import { Organisation } from "./organisation.entity";
import { ActorRef } from "./actor-ref.embedded";
import { Publication } from "./publication.embedded";

/** A statement, communiqué, report or letter, with its full text where we hold it. */
@ObjectType({ implements: Node, description: "A statement, communiqué, report, letter or other document, with its full text where the graph holds it." })
@Entity()
export class Document extends Node {
  @Field({ description: "A stable, readable key." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 120 })
  key: string;

  @Field({ description: "The document's title." })
  @Column({ type: "varchar", length: 500 })
  title: string;

  @Field(() => DocumentKind, { description: "What kind of document this is." })
  @Index()
  @Column({ type: "varchar", length: 30 })
  kind: DocumentKind;

  @Column(() => PartialDate, { prefix: "date" })
  dateAt: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: "The date of the document." })
  get date(): PartialDate | null {
    return presentDate(this.dateAt);
  }

  @References(() => Meeting, { nullable: true })
  meetingId: number | null;

  @Field({ description: "The language of the text, as a BCP 47 tag." })
  @Column({ type: "varchar", length: 10, default: "en" })
  language: string;

  @Field(() => String, { nullable: true, description: "The full text; null when the graph holds only the record of the document." })
  @Column({ type: "text", nullable: true })
  text: string | null;

  @Field(() => String, { nullable: true, description: "A short summary." })
  @Column({ type: "text", nullable: true })
  summary: string | null;

  @Field(() => [String], { description: "UN document symbols (e.g. A/72/782–S/2018/178)." })
  @Column({ type: "simple-json" })
  unSymbols: string[];

  @Field(() => [String], { description: "Where the document can be read." })
  @Column({ type: "simple-json" })
  urls: string[];

  /** Who delivered the document; both keys null when not stated. */
  @Column(() => ActorRef, { prefix: false })
  deliveredBy: ActorRef;

  @References(() => Person, { nullable: true })
  deliveredByPersonId: number | null;

  @References(() => Network, { nullable: true })
  onBehalfOfNetworkId: number | null;

  @References(() => Organisation, { nullable: true })
  onBehalfOfOrganisationId: number | null;

  @Field(() => Int, { nullable: true, description: "How many members the group had when the statement was made on its behalf." })
  @Column({ type: "integer", nullable: true })
  onBehalfOfMemberCount: number | null;

  @Field(() => String, { nullable: true, description: "A note on whose behalf the statement was made." })
  @Column({ type: "text", nullable: true })
  onBehalfOfNote: string | null;

  @Field(() => Publication, { description: "Its publication state: status, visibility, version (state it when updating) and any retraction reason." })
  @Column(() => Publication, { prefix: "pub" })
  publication: Publication;
}
