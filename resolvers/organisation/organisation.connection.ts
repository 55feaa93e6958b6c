import { Organisation } from "../../entities/organisation.entity";
import { ConnectionType } from "../../src/pagination/connection.type";

export const OrganisationConnection = ConnectionType(Organisation, "Organisation", "organisations");
