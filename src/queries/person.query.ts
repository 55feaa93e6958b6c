import type { DataSource, SelectQueryBuilder } from "typeorm";
import { Person } from "../../entities/person.entity";
import type { PersonFilter } from "../../resolvers/person/person.filter.input";
import type { PersonOrder } from "../../resolvers/person/person.order.input";
import { OrderDirection } from "../pagination/order-direction.enum";
import type { OrderSpec } from "../pagination/paginate";
import { checkTextArg } from "./arg-checks";
import { filterRefCondition } from "./natural-key";

/** The `people` list: name and affiliation become conditions and EXISTS sub-queries, never joins. */
export function peopleQuery(ds: DataSource, given?: PersonFilter | null): SelectQueryBuilder<Person> {
  // `filter: null` is as good as no filter.
  const filter: PersonFilter = given ?? {};
  const qb = ds.getRepository(Person).createQueryBuilder("p");
  if (filter.name != null) {
    const name = `%${checkTextArg("filter.name", filter.name).toLowerCase()}%`;
    qb.andWhere("(LOWER(p.name) LIKE :name OR LOWER(p.aliases) LIKE :name)", { name });
  }
  if (filter.affiliation != null) {
    const actor = filterRefCondition("filter.affiliation", filter.affiliation, { State: "pp.state_id", Organisation: "pp.organisation_id" }, "pAffiliation", true);
    qb.andWhere(`EXISTS (SELECT 1 FROM "position" pp WHERE pp.person_id = p.id AND ${actor.sql})`, actor.params);
  }
  return qb;
}

export function personOrder(order?: PersonOrder): OrderSpec<Person> {
  return { name: "NAME", expression: "p.name", value: (p) => p.name, direction: order?.direction ?? OrderDirection.ASC };
}
