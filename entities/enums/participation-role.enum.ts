import { registerEnumType } from "type-graphql";

/** The role an actor played at a meeting. */
export enum ParticipationRole {
  HOST = "HOST",
  CO_HOST = "CO_HOST",
  IN_ASSOCIATION_WITH = "IN_ASSOCIATION_WITH",
  ORGANISER = "ORGANISER",
  SUPPORTER = "SUPPORTER",
  SECRETARIAT = "SECRETARIAT",
  CHAIR = "CHAIR",
  MODERATOR = "MODERATOR",
  KEYNOTE = "KEYNOTE",
  SPEAKER = "SPEAKER",
  PANELIST = "PANELIST",
  PARTICIPANT = "PARTICIPANT",
  OBSERVER = "OBSERVER",
}

registerEnumType(ParticipationRole, {
  name: "ParticipationRole",
  description: "The role an actor played at a meeting.",
  valuesConfig: {
    HOST: { description: "Hosted the meeting." },
    CO_HOST: { description: "Co-hosted the meeting." },
    IN_ASSOCIATION_WITH: { description: "The meeting was held in association with this actor." },
    ORGANISER: { description: "Organised the meeting." },
    SUPPORTER: { description: "Supported the meeting (funding or logistics)." },
    SECRETARIAT: { description: "Served as secretariat." },
    CHAIR: { description: "Chaired the meeting." },
    MODERATOR: { description: "Moderated the meeting or a panel." },
    KEYNOTE: { description: "Gave the keynote." },
    SPEAKER: { description: "Spoke at the meeting." },
    PANELIST: { description: "Sat on a panel." },
    PARTICIPANT: { description: "Took part." },
    OBSERVER: { description: "Attended as an observer." },
  },
});
