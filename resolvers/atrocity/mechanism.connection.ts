import { Mechanism } from "../../entities/mechanism.entity";
import { ConnectionType } from "../../src/pagination/connection.type";

export const MechanismConnection = ConnectionType(Mechanism, "Mechanism", "mechanisms");
