import { Person } from "../../entities/person.entity";
import { Position } from "../../entities/position.entity";
import { SourcedResolver } from "../source/sourced.resolver";
import { PersonResolver } from "./person.resolver";
import { PersonPositionsResolver } from "./person-positions.resolver";
import { PositionResolver } from "./position.resolver";

/** People and the posts they held. */
export const PERSON_RESOLVERS: Function[] = [
  PersonResolver,
  PersonPositionsResolver,
  PositionResolver,
  SourcedResolver(Person, "Person"),
  SourcedResolver(Position, "Position"),
];
