import { State } from "../../entities/state.entity";
import { ConnectionType } from "../../src/pagination/connection.type";

export const StateConnection = ConnectionType(State, "State", "states");
