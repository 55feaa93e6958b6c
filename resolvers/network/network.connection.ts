import { Network } from "../../entities/network.entity";
import { ConnectionType } from "../../src/pagination/connection.type";

export const NetworkConnection = ConnectionType(Network, "Network", "networks");
