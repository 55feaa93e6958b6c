import type { ParticipationRole } from "../../entities/enums/participation-role.enum";
import type { ConfirmationStatus } from "../../entities/enums/confirmation-status.enum";
import type { ParticipationArgs } from "../../src/loaders/meeting.loaders";

/** Loader arguments in a canonical form (sorted, no undefined keys), so equal requests share one statement. */
export function participationArgs(roles?: ParticipationRole[] | null, status?: ConfirmationStatus | null): ParticipationArgs {
  const args: ParticipationArgs = {};
  if (roles) args.roles = [...new Set(roles)].sort();
  if (status) args.status = status;
  return args;
}
