import { TreatyAction } from "../../entities/treaty-action.entity";
import { ConnectionType } from "../../src/pagination/connection.type";

export const TreatyActionConnection = ConnectionType(TreatyAction, "TreatyAction", "treaty actions");
