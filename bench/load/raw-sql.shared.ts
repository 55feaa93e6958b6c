/**
 * `PartialDate.iso` (entities/partial-date.embedded.ts) in SQL that runs on SQLite and PostgreSQL:
 * the day, YYYY-MM, YYYY-Qn, YYYY-Hn or the year, by the stored precision (no precision: the year).
 */
export const isoExpression = (alias: string) => {
  const earliest = `${alias}.start_earliest`;
  const month = `CAST(substr(${earliest}, 6, 2) AS INTEGER)`;
  return `CASE ${alias}.start_precision
    WHEN 'DAY' THEN ${earliest}
    WHEN 'MONTH' THEN substr(${earliest}, 1, 7)
    WHEN 'QUARTER' THEN substr(${earliest}, 1, 4) || '-Q' || ((${month} + 2) / 3)
    WHEN 'HALF_YEAR' THEN substr(${earliest}, 1, 4) || '-H' || CASE WHEN ${month} <= 6 THEN '1' ELSE '2' END
    ELSE substr(${earliest}, 1, 4) END`;
};
