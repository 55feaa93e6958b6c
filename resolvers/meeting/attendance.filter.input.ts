import { Field, InputType } from "type-graphql";
import { ParticipationRole } from "../../entities/enums/participation-role.enum";

/**
 * "Took part in this meeting (in these roles)": a filter on `states` and `organisations` that reads
 * meeting participations, which is not network membership (a meeting's guests are often no members).
 */
@InputType({
  description:
    "Only actors recorded as taking part in a meeting. Both conditions must hold for the same participation. " +
    "Attending a network's meeting is not membership of the network: use `memberOfNetwork` for that.",
})
export class AttendanceFilter {
  @Field(() => String, {
    nullable: true,
    description:
      "The meeting: its global id or its key, in any case (`r2p-fp-2011-new-york`). A key or id that names no meeting matches nothing. Left out: any meeting.",
  })
  meeting?: string;

  @Field(() => [ParticipationRole], {
    nullable: true,
    description: "Only participations in one of these roles (e.g. `[HOST, CO_HOST]`). Left out: any role. An empty list matches nothing.",
  })
  roles?: ParticipationRole[];
}
