import { Field, Int, ObjectType } from "type-graphql";
import { Meeting } from "../../entities/meeting.entity";
import type { Edge, Page } from "../../src/pagination/connection.type";
import { PageInfo } from "../../src/pagination/page-info.type";
import type { ActorAtMeeting } from "../../src/loaders/attended-meeting-pages.loaders";

/**
 * One meeting on an actor's page, once however many roles the actor had there. `roles` and
 * `participations` are resolved for the whole page in one statement (attended-meeting-edge.resolver.ts).
 */
@ObjectType("AttendedMeetingEdge", { description: "A meeting a state or organisation took part in, listed once, with every role it had there." })
export class AttendedMeetingEdge {
  constructor(
    private readonly edge: Edge<Meeting>,
    readonly at: ActorAtMeeting,
  ) {}

  @Field({ description: "An opaque cursor for paging from this meeting." })
  get cursor(): string {
    return this.edge.cursor;
  }

  @Field(() => Meeting, { description: "The meeting." })
  get node(): Meeting {
    return this.edge.node;
  }
}

@ObjectType("AttendedMeetingConnection", { description: "A page of the meetings a state or organisation took part in, each meeting once." })
export class AttendedMeetingConnection {
  constructor(
    private readonly page: Page<Meeting>,
    at: Omit<ActorAtMeeting, "meeting">,
  ) {
    this.edges = page.edges.map((edge) => new AttendedMeetingEdge(edge, { ...at, meeting: edge.node.pk }));
  }

  @Field(() => [AttendedMeetingEdge], { description: "The meetings on this page, with cursors and the actor's roles." })
  readonly edges: AttendedMeetingEdge[];

  @Field(() => [Meeting], { description: "The meetings on this page, without cursors." })
  get nodes(): Meeting[] {
    return this.page.nodes;
  }

  @Field(() => PageInfo, { description: "Where this page sits in the whole list." })
  get pageInfo(): PageInfo {
    return this.page.pageInfo;
  }

  // A promise read only when selected (the COUNT runs then): `simple: false` keeps a resolver, see src/execution/plain-fields.ts.
  @Field(() => Int, { description: "How many meetings match, across all pages.", simple: false })
  get totalCount(): Promise<number> {
    return this.page.totalCount;
  }
}
