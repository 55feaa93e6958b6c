import { Document } from "../../entities/document.entity";
import { DocumentCommitment } from "../../entities/document-commitment.entity";
import { SourcedResolver } from "../source/sourced.resolver";
import { DocumentResolver } from "./document.resolver";
import { DocumentActorsResolver } from "./document-actors.resolver";
import { DocumentLinksResolver } from "./document-links.resolver";
import { DocumentAlignmentResolver } from "./document-alignment.resolver";
import { DocumentCommitmentResolver } from "./document-commitment.resolver";
import { StateDocumentsResolver } from "./state-documents.resolver";
import { OrganisationDocumentsResolver } from "./organisation-documents.resolver";
import { OrganisationDocumentsConnectionResolver, StateDocumentsConnectionResolver } from "./actor-documents-connection.resolver";
import { MeetingDocumentsResolver } from "./meeting-documents.resolver";

/** The document resolvers: root fields, fields on Document and its edges, and `documents` on State, Organisation and Meeting. */
export const DOCUMENT_RESOLVERS: Function[] = [
  DocumentResolver,
  DocumentActorsResolver,
  DocumentLinksResolver,
  DocumentAlignmentResolver,
  DocumentCommitmentResolver,
  StateDocumentsResolver,
  OrganisationDocumentsResolver,
  StateDocumentsConnectionResolver,
  OrganisationDocumentsConnectionResolver,
  MeetingDocumentsResolver,
  SourcedResolver(Document, "Document", { observations: true }),
  SourcedResolver(DocumentCommitment, "DocumentCommitment"),
];
