import { AtrocityCrime } from "../../entities/atrocity-crime.entity";
import { Mechanism } from "../../entities/mechanism.entity";
import { DocumentMention } from "../../entities/document-mention.entity";
import { SourcedResolver } from "../source/sourced.resolver";
import { AtrocityCrimeResolver } from "./atrocity-crime.resolver";
import { MechanismResolver } from "./mechanism.resolver";
import { DocumentMentionResolver } from "./document-mention.resolver";
import { CommitmentMentionsResolver, DocumentMentionsResolver } from "./document-mentions.resolver";
import { TreatyCrimeConceptResolver } from "./treaty-crime-concept.resolver";
import { OrganisationMechanismsResolver } from "./organisation-mechanisms.resolver";

/** The crimes and mechanisms area: crimes as concepts, mechanisms, and what documents mention. */
export const ATROCITY_RESOLVERS: Function[] = [
  AtrocityCrimeResolver,
  MechanismResolver,
  DocumentMentionResolver,
  DocumentMentionsResolver,
  CommitmentMentionsResolver,
  TreatyCrimeConceptResolver,
  OrganisationMechanismsResolver,
  SourcedResolver(AtrocityCrime, "AtrocityCrime"),
  SourcedResolver(Mechanism, "Mechanism"),
  SourcedResolver(DocumentMention, "DocumentMention"),
];
