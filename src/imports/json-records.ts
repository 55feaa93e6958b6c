import { BadUserInputError } from "../errors/bad-user-input.error";
import type { BatchRecord } from "./batch-records";

/**
 * A JSON batch: an array of records, or `{ "records": [...] }` (the form `records[12].date` in the
 * problems refers to). Each record is checked by its kind later, so a non-object record is a
 * problem of that record, not of the whole batch.
 */
export function jsonRecords(data: string, argumentName = "data"): BatchRecord[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch (error) {
    // JSON.parse's message names the position ("… at position 120"), never anything of ours.
    throw new BadUserInputError(argumentName, `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const list = Array.isArray(parsed) ? parsed : isRecordsObject(parsed) ? parsed.records : undefined;
  if (!list) throw new BadUserInputError(argumentName, 'must be a JSON array of records, or an object {"records": [...]}');
  return list.map((value) => ({ value, line: null }));
}

function isRecordsObject(value: unknown): value is { records: unknown[] } {
  return typeof value === "object" && value !== null && Array.isArray((value as { records?: unknown }).records);
}
