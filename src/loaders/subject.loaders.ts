import DataLoader from "./request-dataloader";
import type { EntityTarget, ObjectLiteral } from "typeorm";
import { SourceLink } from "../../entities/source-link.entity";
import { Observation } from "../../entities/observation.entity";
import { Citation } from "../../entities/citation.entity";
import { defineLoader, type LoaderDefinition } from "./loader-registry";
import { rowsByPk } from "./rows.loaders";

/** A fact-bearing row, named the way `source_link` and `observation` name their subject. */
export interface Subject {
  type: string;
  pk: number;
}

/**
 * Rows attached to any kind of subject (sources, observations). One statement per batch: the
 * subjects of each type become one `subject_id IN (…)` group inside a single OR.
 */
function bySubject<E extends ObjectLiteral & { subjectType: string; subjectId: number }>(
  entity: EntityTarget<E>,
  name: string,
  orderBy: string,
): LoaderDefinition<Subject, E[], string> {
  return defineLoader(name, (ds) =>
    new DataLoader<Subject, E[], string>(
      async (subjects) => {
        const byType = new Map<string, number[]>();
        for (const s of subjects) byType.set(s.type, [...(byType.get(s.type) ?? []), s.pk]);
        const qb = ds.getRepository(entity).createQueryBuilder("t");
        [...byType.entries()].forEach(([type, pks], i) => {
          qb.orWhere(`(t.subject_type = :type${i} AND t.subject_id IN (:...pks${i}))`, { [`type${i}`]: type, [`pks${i}`]: pks });
        });
        const rows = await qb.orderBy(orderBy, "ASC").addOrderBy("t.id", "ASC").getMany();
        const grouped = new Map<string, E[]>();
        for (const row of rows) {
          const key = `${row.subjectType}:${row.subjectId}`;
          grouped.set(key, [...(grouped.get(key) ?? []), row]);
        }
        return subjects.map((s) => grouped.get(`${s.type}:${s.pk}`) ?? []);
      },
      { cacheKeyFn: (s) => `${s.type}:${s.pk}` },
    ),
  );
}

export const sourcesBySubject = bySubject(SourceLink, "sourcesBySubject", "t.id");
export const observationsBySubject = bySubject(Observation, "observationsBySubject", "t.as_of_earliest");
export const citationByPk = rowsByPk(Citation, "citationByPk");
