/** One record of a batch as parsed, before any check: its JSON form and, for CSV, where it starts. */
export interface BatchRecord {
  /** The record's JSON form (for CSV, what the kind's `fromFields` made of the row); anything for JSON, checked later. */
  value: unknown;
  /** CSV: the line of the file where the record starts (the header is line 1); null for JSON. */
  line: number | null;
  /** A problem of the row itself, found while parsing (a CSV row with the wrong number of cells). */
  problem?: string;
}
