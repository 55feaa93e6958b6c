import type { SelectQueryBuilder } from "typeorm";
import type { Viewer } from "../auth/viewer";

/**
 * Which recorded changes a viewer may see, for `history` and `changes` alike. Nothing to add here:
 * the `change` table is guarded like every other (src/visibility/guarded-tables.ts), so each of its
 * statements already reads only changes to records the viewer may see (and deletions). Kept as the
 * named hook both readers call, should history ever need a rule of its own.
 */
export function restrictToVisibleChanges(qb: SelectQueryBuilder<any>, alias: string, viewer: Viewer): void {
  void qb;
  void alias;
  void viewer;
}
