/** The shape of `treaty-proposals.json` (seeds/data/mla/): a proposal, its stages, crimes and actions. */
import type { ActorRef, ObservationSeed, PartialDateInput, SourceRef } from "./seed.types";

export interface TreatyStageSeed {
  stage: string; // TreatyStage
  start?: PartialDateInput;
  end?: PartialDateInput;
  meeting?: string;
  note?: string;
  sources: SourceRef[];
}

export interface TreatyActionSeed {
  actor: ActorRef;
  type: string; // TreatyActionType
  date: PartialDateInput;
  entryIntoForce?: string; // YYYY-MM-DD, for the party
  meeting?: string;
  /** A declaration without `sources` inherits the action's. */
  declarations?: { kind: string; article?: string; text?: string; sources?: SourceRef[] }[];
  note?: string;
  sources: SourceRef[];
}

export interface TreatyProposalSeed {
  key: string; // slug
  name: string; // the preferred name
  shortName?: string;
  aliases?: string[];
  description: string;
  network?: string; // the initiative or core group behind it
  depositary?: ActorRef;
  depositaryUrl?: string;
  adoptionMode?: string; // "consensus"
  entryIntoForceRule?: string; // null while unverified
  signatureOpenFrom?: PartialDateInput;
  signatureOpenUntil?: PartialDateInput;
  signaturePlace?: string;
  /** Proponents and crimes without `sources` inherit the treaty proposal's. */
  proponents?: { actor: ActorRef; start?: PartialDateInput; note?: string; sources?: SourceRef[] }[];
  stages: TreatyStageSeed[];
  crimes: { crime: string; scope: string; annex?: string; article?: string; note?: string; sources?: SourceRef[] }[];
  actions: TreatyActionSeed[];
  observations?: ObservationSeed[];
  sources: SourceRef[];
}
