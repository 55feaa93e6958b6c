import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { Meeting } from "../../entities/meeting.entity";
import type { Context } from "../../src/context";
import { fromGlobalId } from "../../src/global-id";
import { BadUserInputError } from "../../src/errors/bad-user-input.error";
import { paginate } from "../../src/pagination/paginate";
import { meetingOrder, meetingsQuery } from "../../src/queries/meeting.query";
import { meetingByPk } from "../../src/loaders/meeting.loaders";
import { registerNodeType } from "../../src/node-types";
import { MeetingConnection } from "./meeting.connection";
import { MeetingsArgs } from "./meetings.args";

registerNodeType("Meeting", meetingByPk);

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, {
    nullable: true,
    description: "A meeting by its global id. Null when no meeting has that id, including a well-formed id of another type; a string that is not a global id at all is a BAD_USER_INPUT error naming `id`.",
  })
  meeting(@Arg("id", () => ID, { description: "The meeting's global id, as returned in `Meeting.id`." }) id: string, @Ctx() ctx: Context): Promise<Meeting | null> | null {
    const parsed = fromGlobalId(id);
    if (!parsed) throw new BadUserInputError("id", "is not a global id returned by this API");
    return parsed.type === "Meeting" ? ctx.loaders.get(meetingByPk).load(parsed.id) : null;
  }

  @Query(() => MeetingConnection, { description: "Meetings: focal-point meetings, ministerials, General Assembly dialogues, side events, diplomatic conferences; filtered and paged." })
  meetings(@Args(() => MeetingsArgs) args: MeetingsArgs, @Ctx() ctx: Context) {
    return paginate(meetingsQuery(ctx.ds, args.filter), args, meetingOrder(args.orderBy));
  }
}
