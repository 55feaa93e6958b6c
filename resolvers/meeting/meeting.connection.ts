import { Meeting } from "../../entities/meeting.entity";
import { ConnectionType } from "../../src/pagination/connection.type";

export const MeetingConnection = ConnectionType(Meeting, "Meeting", "meetings");
