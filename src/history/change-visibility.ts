import type { SelectQueryBuilder } from "typeorm";
import type { Viewer } from "../auth/viewer";

/**
 * THE place that decides which recorded changes a viewer may see, for `history` and `changes`
 * alike: it narrows the statement (alias `alias` over the `change` table), so pages keep their size.
 * Today every record is public and published, so it lets every change through. Issue 10 §2 (drafts,
 * publishing, scoped roles) plugs in here: e.g. hide changes to unpublished rows from viewers
 * without the role over their scope.
 */
export function restrictToVisibleChanges(qb: SelectQueryBuilder<any>, alias: string, viewer: Viewer): void {
  void qb;
  void alias;
  void viewer;
}
