import { ConnectionType } from "../../src/pagination/connection.type";
import { TreatySignatory } from "./treaty-signatory.type";
import { TreatyParty } from "./treaty-party.type";

export const TreatySignatoryConnection = ConnectionType(TreatySignatory, "TreatySignatory", "signatories");
export const TreatyPartyConnection = ConnectionType(TreatyParty, "TreatyParty", "parties");
