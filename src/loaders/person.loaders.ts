import { Person } from "../../entities/person.entity";
import { Position } from "../../entities/position.entity";
import { groupedRows, rowsByPk, rowsByUniqueColumn } from "./rows.loaders";
import { whereActiveOn } from "./as-of.filter";

export const personByPk = rowsByPk(Person, "personByPk");
export const personByKey = rowsByUniqueColumn(Person, "key", "personByKey");

/** A person's posts, optionally as of a day, earliest first. */
export const positionsByPerson = groupedRows<Position, { asOf?: string }>(Position, "positionsByPerson", {
  keyPath: "personId",
  keyOf: (row) => row.personId,
  orderBy: [["startAt.earliest", "ASC"]],
  where: (qb, args) => whereActiveOn(qb, args.asOf),
});
