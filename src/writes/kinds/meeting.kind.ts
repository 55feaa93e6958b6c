import { Meeting } from "../../../entities/meeting.entity";
import { toGlobalId } from "../../global-id";
import { registerImportableKind } from "../importable-kinds";
import { importRecord } from "./record-import";
import { registerWritableKind } from "../writable-kinds";
import { addParticipants, createMeeting, meetingScope } from "./meeting.writer";
import { readMeeting } from "./meeting.fields";
import { participantFromFields, readParticipant } from "./participation.fields";
import { RefBatch } from "./reference.lookup";
import { text } from "./record.fields";

/**
 * Meetings as a kind partners write: publish/retract/visibility through the generic mutations
 * (scope: the meeting's network, else its host country), and two importable kinds — whole meetings
 * (JSON, the fields of `MeetingInput`) and single participants of existing meetings (CSV rows).
 */
registerWritableKind<Meeting>({ typeName: "Meeting", entity: Meeting, scopeOf: meetingScope });

registerImportableKind({
  name: "meeting",
  check(problems, record) {
    readMeeting(problems, record, true);
  },
  async create(tx, problems, record) {
    return importRecord("Meeting", () => createMeeting(tx, problems, record));
  },
});

registerImportableKind({
  name: "meetingParticipant",
  check(problems, record) {
    text(problems, record, "meeting", 200, true);
    readParticipant(problems, record, "");
  },
  async create(tx, problems, record) {
    const before = problems.list.length;
    const meeting = text(problems, record, "meeting", 200, true);
    if (!meeting) return null;
    const batch = new RefBatch(tx, problems);
    const ref = batch.keyedRow("meeting", meeting, "Meeting", "meeting", "key");
    await batch.run();
    const pk = ref.value;
    if (pk == null) return null;
    // The participant's fields sit at the record's top level (CSV columns), not under `participants[0]`.
    await addParticipants(tx, problems, pk, null, [record], () => "");
    return problems.list.length > before ? null : toGlobalId("Meeting", pk);
  },
  fromFields: participantFromFields,
});
