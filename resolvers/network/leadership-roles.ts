import { LeadershipRole } from "../../entities/enums/leadership-role.enum";
import type { LeadershipArgs } from "../../src/loaders/network.loaders";

/** The description of the `roles` argument on `leadership` and `leadershipConnection`. */
export const ROLES_DESCRIPTION =
  "Only terms in one of these roles (e.g. `[CHAIR, CO_CHAIR]`). An empty list matches nothing. Given with `role`, a term must satisfy both.";

/**
 * The role conditions for the leadership loaders. `roles` is sorted and deduplicated so lists that
 * ask the same thing share one batch (and so one statement); `role` alone stays as it was, so the
 * existing queries keep their loader keys and statement counts.
 */
export function leadershipRoles(role: LeadershipRole | null | undefined, roles: LeadershipRole[] | null | undefined): Pick<LeadershipArgs, "role" | "roles"> {
  const out: Pick<LeadershipArgs, "role" | "roles"> = {};
  if (role) out.role = role;
  if (roles) out.roles = [...new Set(roles)].sort();
  return out;
}
