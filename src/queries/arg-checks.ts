import { BadUserInputError } from "../errors/bad-user-input.error";
import { isIsoDate } from "../scalars/local-date.scalar";

/** A date argument typed as String (inside filters): YYYY-MM-DD or a clear error naming it. */
export function checkDateArg(argumentName: string, value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  if (!isIsoDate(value)) throw new BadUserInputError(argumentName, `must be a calendar day written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

/** Free text used in LIKE filters: bounded, and never empty. */
export function checkTextArg(argumentName: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new BadUserInputError(argumentName, "must not be empty");
  if (trimmed.length > 200) throw new BadUserInputError(argumentName, "must be at most 200 characters");
  return trimmed.replace(/[%_\\]/g, "");
}
