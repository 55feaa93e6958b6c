import { Meeting } from "../../entities/meeting.entity";
import { MeetingParticipation } from "../../entities/meeting-participation.entity";
import { SourcedResolver } from "../source/sourced.resolver";
import { MeetingResolver } from "./meeting.resolver";
import { MeetingLinksResolver } from "./meeting-links.resolver";
import { MeetingPlansResolver } from "./meeting-plans.resolver";
import { MeetingParticipantsResolver } from "./meeting-participants.resolver";
import { MeetingLeadActorsResolver } from "./meeting-lead-actors.resolver";
import { MeetingParticipationResolver } from "./meeting-participation.resolver";
import { ActorMeetingsResolver } from "./actor-meetings.resolver";
import { AttendedMeetingEdgeResolver } from "./attended-meeting-edge.resolver";
import { PersonParticipationsResolver } from "./person-participations.resolver";
import { ObservationResolver } from "./observation.resolver";
import { MeetingParticipantsConnectionResolver } from "./participation-connections.resolver";

/** The meeting resolvers, the meeting lists of states, organisations and people, and observations' source and conflicts. */
export const MEETING_RESOLVERS: Function[] = [
  MeetingResolver,
  MeetingLinksResolver,
  MeetingPlansResolver,
  MeetingParticipantsResolver,
  MeetingLeadActorsResolver,
  MeetingParticipationResolver,
  ActorMeetingsResolver,
  AttendedMeetingEdgeResolver,
  PersonParticipationsResolver,
  ObservationResolver,
  MeetingParticipantsConnectionResolver,
  SourcedResolver(Meeting, "Meeting", { observations: true }),
  SourcedResolver(MeetingParticipation, "MeetingParticipation"),
];
