import { MeetingParticipation } from "../../entities/meeting-participation.entity";
import { ConnectionType } from "../../src/pagination/connection.type";

export const MeetingParticipationConnection = ConnectionType(MeetingParticipation, "MeetingParticipation", "meeting participations");
