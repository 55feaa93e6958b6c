import { SourcedResolver } from "./sourced.resolver";
import { LeadershipHolder } from "../../entities/leadership-holder.entity";
import { NetworkFounder } from "../../entities/network-founder.entity";
import { DocumentAlignment } from "../../entities/document-alignment.entity";
import { TreatyProponent } from "../../entities/treaty-proponent.entity";
import { TreatyCrime } from "../../entities/treaty-crime.entity";
import { TreatyDeclaration } from "../../entities/treaty-declaration.entity";

/**
 * `sources` on the edge types that had none: leadership holders, network founders, document
 * alignments, treaty proponents, crimes and declarations. Batched like every other `sources` field
 * (one statement per level); rows without sources of their own inherit their parent record's,
 * marked in each link's note (see seeds/loader/derived-sources.ts).
 */
export const EDGE_SOURCE_RESOLVERS: Function[] = [
  SourcedResolver(LeadershipHolder, "LeadershipHolder"),
  SourcedResolver(NetworkFounder, "NetworkFounder"),
  SourcedResolver(DocumentAlignment, "DocumentAlignment"),
  SourcedResolver(TreatyProponent, "TreatyProponent"),
  SourcedResolver(TreatyCrime, "TreatyCrime"),
  SourcedResolver(TreatyDeclaration, "TreatyDeclaration"),
];
