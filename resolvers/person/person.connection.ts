import { Person } from "../../entities/person.entity";
import { ConnectionType } from "../../src/pagination/connection.type";

export const PersonConnection = ConnectionType(Person, "Person", "people");
