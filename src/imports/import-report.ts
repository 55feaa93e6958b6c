/** One thing wrong with one record of an import. */
export interface ImportProblem {
  /** The record's 0-based index in the batch (a CSV file's first data row is 0). */
  position: number;
  /** CSV: the line of the file where the record starts (the header is line 1); null for JSON. */
  line: number | null;
  /** The field at fault in the record's JSON form, `records[12].date`; `records[12]` for the record as a whole. */
  path: string;
  message: string;
}

/** What an import did, or (dry run, or a batch with problems) would have done. */
export interface ImportReport {
  kind: string;
  format: ImportFormatName;
  dryRun: boolean;
  /** True only when the batch was written (not a dry run, no problems). */
  applied: boolean;
  /** Records in the batch. */
  recordCount: number;
  /** Records written: `recordCount` when applied, otherwise 0. */
  createdCount: number;
  /** Global ids of the records written, in batch order (empty unless applied). */
  createdIds: string[];
  /** Every problem of every record, in batch order; empty when the batch is valid. */
  problems: ImportProblem[];
  /** Wall time of the import itself, in milliseconds (parsing, checks, writes, commit or rollback). */
  elapsedMs: number;
}

export type ImportFormatName = "JSON" | "CSV";
