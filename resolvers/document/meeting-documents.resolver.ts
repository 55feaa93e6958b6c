import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Document } from "../../entities/document.entity";
import { Meeting } from "../../entities/meeting.entity";
import type { Context } from "../../src/context";
import { documentsByMeeting } from "../../src/loaders/document.loaders";

@Resolver(() => Meeting)
export class MeetingDocumentsResolver {
  @FieldResolver(() => [Document], { description: "The documents made at or for the meeting, oldest first." })
  documents(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.get(documentsByMeeting).load(meeting.pk);
  }
}
