import type { SelectQueryBuilder } from "typeorm";

/**
 * Keeps rows that hold on `asOf`: started on or before it (or start unknown) and not ended before
 * it. A start is compared by its earliest possible day and an end by its latest, so "2020/2021"
 * counts for every day of both years; a start given as "by 8 Sep 2014" counts from that day.
 */
export function whereActiveOn<E extends object>(qb: SelectQueryBuilder<E>, asOf: string | null | undefined, alias = "t"): void {
  if (!asOf) return;
  qb.andWhere(`(${alias}.start_earliest IS NULL OR ${alias}.start_earliest <= :asOf)`, { asOf });
  qb.andWhere(`(${alias}.end_latest IS NULL OR ${alias}.end_latest >= :asOf)`, { asOf });
}

/** Keeps rows whose period overlaps the calendar year `year`. */
export function whereDuringYear<E extends object>(qb: SelectQueryBuilder<E>, year: number | null | undefined, alias = "t"): void {
  if (year == null) return;
  qb.andWhere(`(${alias}.start_earliest IS NULL OR ${alias}.start_earliest <= :yearEnd)`, { yearEnd: `${year}-12-31` });
  qb.andWhere(`(${alias}.end_latest IS NULL OR ${alias}.end_latest >= :yearStart)`, { yearStart: `${year}-01-01` });
}
