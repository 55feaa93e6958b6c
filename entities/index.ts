import { ActorName } from "./actor-name.entity";
import { ApiKey } from "./api-key.entity";
import { Partner } from "./partner.entity";
import { PartnerGrant } from "./partner-grant.entity";
import { AtrocityCrime } from "./atrocity-crime.entity";
import { Change } from "./change.entity";
import { Citation } from "./citation.entity";
import { CommitmentActor } from "./commitment-actor.entity";
import { Document } from "./document.entity";
import { DocumentActor } from "./document-actor.entity";
import { DocumentAlignment } from "./document-alignment.entity";
import { DocumentCommitment } from "./document-commitment.entity";
import { DocumentMention } from "./document-mention.entity";
import { FocalPointContact } from "./focal-point-contact.entity";
import { LeadershipHolder } from "./leadership-holder.entity";
import { LeadershipTerm } from "./leadership-term.entity";
import { Meeting } from "./meeting.entity";
import { MeetingParticipation } from "./meeting-participation.entity";
import { Mechanism } from "./mechanism.entity";
import { Network } from "./network.entity";
import { NetworkFounder } from "./network-founder.entity";
import { NetworkMembership } from "./network-membership.entity";
import { Observation } from "./observation.entity";
import { Organisation } from "./organisation.entity";
import { OrganisationMembership } from "./organisation-membership.entity";
import { Person } from "./person.entity";
import { Position } from "./position.entity";
import { RegionalGroup } from "./regional-group.entity";
import { RegionalGroupMembership } from "./regional-group-membership.entity";
import { SearchEntry } from "./search-entry.entity";
import { SourceLink } from "./source-link.entity";
import { State } from "./state.entity";
import { TreatyAction } from "./treaty-action.entity";
import { TreatyCrime } from "./treaty-crime.entity";
import { TreatyDeclaration } from "./treaty-declaration.entity";
import { TreatyMilestone } from "./treaty-milestone.entity";
import { TreatyProponent } from "./treaty-proponent.entity";
import { TreatyProposal } from "./treaty-proposal.entity";

/** Every table, for the DataSource and the migration generator. */
export const ENTITIES = [
  ActorName, Citation, CommitmentActor, Document, DocumentActor, DocumentAlignment, DocumentCommitment,
  LeadershipHolder, LeadershipTerm, Meeting, MeetingParticipation, Network, NetworkFounder,
  NetworkMembership, Observation, Organisation, OrganisationMembership, Person, Position,
  RegionalGroup, RegionalGroupMembership, SearchEntry, SourceLink, State, TreatyAction, TreatyCrime,
  TreatyDeclaration, TreatyMilestone, TreatyProponent, TreatyProposal,
  AtrocityCrime, Mechanism, DocumentMention,
  Partner, PartnerGrant, ApiKey,
  Change, FocalPointContact,
];
