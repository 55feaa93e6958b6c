import { parse } from "csv-parse/sync";
import { BadUserInputError } from "../errors/bad-user-input.error";
import type { BatchRecord } from "./batch-records";

/**
 * A CSV batch (RFC 4180: comma-separated, `"` quotes, a header row naming the fields): each data
 * row becomes header → cell text, which the kind's `fromFields` turns into the record's JSON form.
 * Empty lines are skipped; a UTF-8 byte-order mark is dropped. A row with the wrong number of
 * cells is a problem of that record (every one is reported), a broken quote ends the whole batch.
 */
export function csvRecords(data: string, fromFields: (fields: Record<string, string>) => Record<string, unknown>, argumentName = "data"): BatchRecord[] {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(data, { info: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as unknown as typeof rows;
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    // csv-parse's messages name the line and the rule ("Quote Not Closed: … at line 3"): client-safe.
    throw new BadUserInputError(argumentName, `is not valid CSV: ${e.message ?? String(error)}`);
  }
  if (!rows.length) return [];
  const header = rows[0].record.map((name) => name.trim());
  const blank = header.findIndex((name) => !name);
  if (blank >= 0) throw new BadUserInputError(argumentName, `the CSV header (line 1) has an empty column name in column ${blank + 1}`);
  const repeated = header.find((name, i) => header.indexOf(name) !== i);
  if (repeated) throw new BadUserInputError(argumentName, `the CSV header (line 1) names the column "${repeated}" twice`);

  return rows.slice(1).map(({ record, info }) => {
    const line = startLine(record, info.lines);
    if (record.length !== header.length) {
      return { value: null, line, problem: `has ${record.length} cell${record.length === 1 ? "" : "s"}, the header has ${header.length}` };
    }
    const fields: Record<string, string> = {};
    header.forEach((name, i) => (fields[name] = record[i]));
    return { value: fromFields(fields), line };
  });
}

/** csv-parse reports the line a record ends on; a quoted cell may span lines. */
function startLine(cells: string[], endLine: number): number {
  let breaks = 0;
  for (const cell of cells) for (let i = cell.indexOf("\n"); i >= 0; i = cell.indexOf("\n", i + 1)) breaks++;
  return endLine - breaks;
}
