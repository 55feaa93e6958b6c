import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import { ConnectionType } from "../../src/pagination/connection.type";

export const TreatyProposalConnection = ConnectionType(TreatyProposal, "TreatyProposal", "treaty proposals");
