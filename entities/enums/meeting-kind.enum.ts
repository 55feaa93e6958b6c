import { registerEnumType } from "type-graphql";

/** The kind of a meeting. */
export enum MeetingKind {
  FOCAL_POINT_ANNUAL_MEETING = "FOCAL_POINT_ANNUAL_MEETING",
  CAPITAL_LEVEL_MEETING = "CAPITAL_LEVEL_MEETING",
  MINISTERIAL_MEETING = "MINISTERIAL_MEETING",
  FOUNDATIONAL_MEETING = "FOUNDATIONAL_MEETING",
  LAUNCH_EVENT = "LAUNCH_EVENT",
  UNGA_INFORMAL_INTERACTIVE_DIALOGUE = "UNGA_INFORMAL_INTERACTIVE_DIALOGUE",
  UNGA_DEBATE = "UNGA_DEBATE",
  SECURITY_COUNCIL_DEBATE = "SECURITY_COUNCIL_DEBATE",
  HUMAN_RIGHTS_COUNCIL_SESSION = "HUMAN_RIGHTS_COUNCIL_SESSION",
  SIDE_EVENT = "SIDE_EVENT",
  DIPLOMATIC_CONFERENCE = "DIPLOMATIC_CONFERENCE",
  PREPARATORY_CONFERENCE = "PREPARATORY_CONFERENCE",
  EXPERT_MEETING = "EXPERT_MEETING",
  SIGNING_CONFERENCE = "SIGNING_CONFERENCE",
  INTERNATIONAL_CONFERENCE = "INTERNATIONAL_CONFERENCE",
  WORKSHOP = "WORKSHOP",
  DEBRIEFING = "DEBRIEFING",
  VIRTUAL_SESSION = "VIRTUAL_SESSION",
}

registerEnumType(MeetingKind, {
  name: "MeetingKind",
  description: "The kind of a meeting.",
  valuesConfig: {
    FOCAL_POINT_ANNUAL_MEETING: { description: "An annual meeting of a focal-point network." },
    CAPITAL_LEVEL_MEETING: { description: "A meeting of officials from capitals." },
    MINISTERIAL_MEETING: { description: "A ministerial meeting or roundtable." },
    FOUNDATIONAL_MEETING: { description: "The meeting that founded a network or initiative." },
    LAUNCH_EVENT: { description: "The public launch of a network or initiative." },
    UNGA_INFORMAL_INTERACTIVE_DIALOGUE: { description: "An informal interactive dialogue of the UN General Assembly." },
    UNGA_DEBATE: { description: "A General Assembly debate or plenary meeting." },
    SECURITY_COUNCIL_DEBATE: { description: "A Security Council debate." },
    HUMAN_RIGHTS_COUNCIL_SESSION: { description: "A Human Rights Council session or debate." },
    SIDE_EVENT: { description: "A side event." },
    DIPLOMATIC_CONFERENCE: { description: "A diplomatic conference that negotiates or adopts a treaty." },
    PREPARATORY_CONFERENCE: { description: "A preparatory conference before a diplomatic conference." },
    EXPERT_MEETING: { description: "A meeting of experts." },
    SIGNING_CONFERENCE: { description: "A conference at which a treaty is opened for signature." },
    INTERNATIONAL_CONFERENCE: { description: "An international conference." },
    WORKSHOP: { description: "A workshop or seminar." },
    DEBRIEFING: { description: "A debriefing on an earlier meeting." },
    VIRTUAL_SESSION: { description: "A session held online." },
  },
});
