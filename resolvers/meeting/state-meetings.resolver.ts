import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { State } from "../../entities/state.entity";
import { MeetingParticipation } from "../../entities/meeting-participation.entity";
import { ParticipationRole } from "../../entities/enums/participation-role.enum";
import type { Context } from "../../src/context";
import { participationsByState } from "../../src/loaders/meeting.loaders";
import { participationArgs } from "./participation-args";

@Resolver(() => State)
export class StateMeetingsResolver {
  @FieldResolver(() => [MeetingParticipation], { description: "The state's parts in meetings (hosted, co-hosted, attended…), oldest meeting first." })
  meetings(
    @Root() state: State,
    @Arg("roles", () => [ParticipationRole], { nullable: true, description: "Only these roles (e.g. [HOST, CO_HOST] for the meetings it hosted)." }) roles: ParticipationRole[] | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.get(participationsByState).load({ id: state.pk, args: participationArgs(roles) });
  }
}
