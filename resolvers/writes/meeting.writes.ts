import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { Meeting } from "../../entities/meeting.entity";
import type { Context } from "../../src/context";
import { requirePartner } from "../../src/auth/graphql/require-partner";
import { fromGlobalId } from "../../src/global-id";
import { loadNode } from "../../src/node-types";
import { badInput, InputProblems } from "../../src/writes/input-problems";
import { runWrite } from "../../src/writes/write-tx";
import { readMeeting } from "../../src/writes/kinds/meeting.fields";
import { readParticipants } from "../../src/writes/kinds/participation.fields";
import { addParticipants, createMeeting, updateMeeting } from "../../src/writes/kinds/meeting.writer";
import type { Fields } from "../../src/writes/kinds/record.fields";
import "../../src/writes/kinds/meeting.kind";
import { CreateMeetingInput, UpdateMeetingInput } from "./meeting.input";
import { ParticipantInput } from "./participant.input";

const VERSION = "The `publication.version` you read; a stale one is refused with code CONFLICT and the current version.";

/** The meeting's id as a primary key, or BAD_USER_INPUT naming `name`. */
function meetingPk(id: string, name: string): number {
  const decoded = fromGlobalId(id);
  if (decoded?.type !== "Meeting") badInput(name, "names no meeting you can see");
  return decoded.id;
}

/**
 * Meetings written by partners (issue 10 §3). The shape of the input is checked before the
 * transaction opens (a typo costs no statement); references, keys and permissions inside it.
 */
@Resolver()
export class MeetingWritesResolver {
  @Mutation(() => Meeting, {
    description:
      "CONTRIBUTOR over the meeting's network (else its host country; neither: ADMIN): records a meeting as a DRAFT with its participants and sources. Only its author, the scope's STEWARDs and administrators see it until a STEWARD publishes it with `publishRecord`.",
  })
  async createMeeting(@Ctx() ctx: Context, @Arg("input", () => CreateMeetingInput, { description: "The meeting, with at least one source." }) input: CreateMeetingInput) {
    const partner = requirePartner(ctx.viewer);
    const problems = new InputProblems("input.");
    readMeeting(problems, input as unknown as Fields, true);
    problems.throwIfAny();
    const pk = await runWrite(ctx, partner, async (tx) => {
      const created = await createMeeting(tx, problems, input as unknown as Fields);
      problems.throwIfAny();
      return created!;
    });
    return loadNode(ctx, "Meeting", pk);
  }

  @Mutation(() => Meeting, {
    description:
      "Changes a meeting at the version you read: its author while it is a draft, a STEWARD of its scope at any time. `participants`, when given, replaces the list. A stale version is refused with CONFLICT.",
  })
  async updateMeeting(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The meeting's global id." }) id: string,
    @Arg("version", () => Int, { description: VERSION }) version: number,
    @Arg("input", () => UpdateMeetingInput, { description: "What changes." }) input: UpdateMeetingInput,
  ) {
    const partner = requirePartner(ctx.viewer);
    const pk = meetingPk(id, "id");
    const problems = new InputProblems("input.");
    readMeeting(problems, input as unknown as Fields, false);
    problems.throwIfAny();
    await runWrite(ctx, partner, async (tx) => {
      await updateMeeting(tx, problems, pk, version, input as unknown as Fields);
      problems.throwIfAny();
    });
    return loadNode(ctx, "Meeting", pk);
  }

  @Mutation(() => Meeting, {
    description: "Adds participants to a meeting at the version you read (who may: as for `updateMeeting`). An actor already there in the same role is refused; the meeting's version goes up by one.",
  })
  async addMeetingParticipants(
    @Ctx() ctx: Context,
    @Arg("meeting", () => ID, { description: "The meeting's global id." }) meeting: string,
    @Arg("version", () => Int, { description: VERSION }) version: number,
    @Arg("participants", () => [ParticipantInput], { description: "The participants to add, after the meeting's own." }) participants: ParticipantInput[],
  ) {
    const partner = requirePartner(ctx.viewer);
    const pk = meetingPk(meeting, "meeting");
    const problems = new InputProblems();
    readParticipants(problems, participants as unknown as Fields[], "participants");
    problems.throwIfAny();
    await runWrite(ctx, partner, async (tx) => {
      await addParticipants(tx, problems, pk, version, participants as unknown as Fields[]);
      problems.throwIfAny();
    });
    return loadNode(ctx, "Meeting", pk);
  }
}

export const MEETING_WRITE_RESOLVERS: Function[] = [MeetingWritesResolver];
