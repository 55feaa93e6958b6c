import type { DataSource, SelectQueryBuilder } from "typeorm";
import { Mechanism } from "../../entities/mechanism.entity";
import type { MechanismFilter } from "../../resolvers/atrocity/mechanism.filter.input";
import type { MechanismOrder } from "../../resolvers/atrocity/mechanisms.args";
import { OrderDirection } from "../pagination/order-direction.enum";
import type { OrderSpec } from "../pagination/paginate";
import { BadUserInputError } from "../errors/bad-user-input.error";
import { fromGlobalId } from "../global-id";
import { filterRefCondition, readFilterRef, refCondition, type SqlCondition } from "./natural-key";

/** What a document key may look like (the seed data's keys: lower-case words and digits joined by hyphens). */
const DOCUMENT_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;

/** `filter.document`: a Document's global id or its key; an id of another type matches nothing. */
function documentCondition(raw: string): SqlCondition {
  const value = raw.trim();
  const id = fromGlobalId(value);
  if (id) return id.type === "Document" ? { sql: "md.document_id = :mDocPk", params: { mDocPk: id.id } } : { sql: "1 = 0", params: {} };
  if (!DOCUMENT_KEY.test(value)) throw new BadUserInputError("filter.document", "must be a Document's global id or a document key (e.g. r2p-belgium-statement-iid-2014)");
  return { sql: "md.document_id IN (SELECT mdk.id FROM document mdk WHERE LOWER(mdk.key) = :mDocKey)", params: { mDocKey: value.toLowerCase() } };
}

/**
 * The `mechanisms` list, before `paginate` sorts and pages it. The mention conditions (who named
 * it, for what, in which document) are one EXISTS over `document_mention`, so they hold for the
 * same mention; the page is one statement.
 */
export function mechanismsQuery(ds: DataSource, given?: MechanismFilter | null): SelectQueryBuilder<Mechanism> {
  const filter: MechanismFilter = given ?? {};
  const qb = ds.getRepository(Mechanism).createQueryBuilder("m");
  if (filter.kinds) qb.andWhere(filter.kinds.length ? "m.kind IN (:...mKinds)" : "1 = 0", { mKinds: filter.kinds });
  if (filter.organisation != null) {
    const org = filterRefCondition("filter.organisation", filter.organisation, { Organisation: "m.organisation_id" }, "mOrg", true);
    qb.andWhere(org.sql, org.params);
  }
  const mention: SqlCondition[] = [];
  if (filter.purpose != null) mention.push({ sql: "md.purpose = :mPurpose", params: { mPurpose: filter.purpose } });
  if (filter.document != null) mention.push(documentCondition(filter.document));
  if (filter.namedBy != null) {
    const ref = readFilterRef("filter.namedBy", filter.namedBy, ["State", "Organisation"], true);
    const delivered = refCondition(ref, { State: "mdd.state_id", Organisation: "mdd.organisation_id" }, "mByDoc");
    const authored = refCondition(ref, { State: "mda.state_id", Organisation: "mda.organisation_id" }, "mByAuthor");
    mention.push({
      sql: `md.document_id IN (SELECT mdd.id FROM document mdd WHERE ${delivered.sql}
        UNION SELECT mda.document_id FROM document_actor mda WHERE mda.role = 'AUTHOR' AND ${authored.sql})`,
      params: { ...delivered.params, ...authored.params },
    });
  }
  if (mention.length) {
    qb.andWhere(
      `EXISTS (SELECT 1 FROM document_mention md WHERE md.mechanism_id = m.id AND ${mention.map((c) => c.sql).join(" AND ")})`,
      Object.assign({}, ...mention.map((c) => c.params)),
    );
  }
  return qb;
}

/** The order of `mechanisms`: by name (the only field so far), A to Z unless asked otherwise. */
export function mechanismOrder(order?: MechanismOrder | null): OrderSpec<Mechanism> {
  return { name: "NAME", expression: "m.name", value: (m) => m.name, direction: order?.direction ?? OrderDirection.ASC };
}
