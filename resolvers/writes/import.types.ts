import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { ImportFormatName } from "../../src/imports/import-report";

/** How an import's `data` is written. */
export enum ImportFormat {
  JSON = "JSON",
  CSV = "CSV",
}

registerEnumType(ImportFormat, {
  name: "ImportFormat",
  description: "How an import's `data` is written.",
  valuesConfig: {
    JSON: { description: 'A JSON array of records (or {"records": [...]}), each in the form the kind\'s mutation input takes.' },
    CSV: { description: "CSV with a header row naming the fields (RFC 4180: commas, double quotes), for tabular kinds such as treatyAction and meetingParticipant." },
  },
});

@ObjectType("ImportProblem", { description: "One thing wrong with one record of an import." })
export class ImportProblemObject {
  @Field(() => Int, { description: "The record's 0-based index in the batch (a CSV file's first data row is 0)." })
  position: number;

  @Field(() => Int, { nullable: true, description: "CSV: the line of the file where the record starts (the header is line 1). Null for JSON." })
  line: number | null;

  @Field({ description: "The field at fault, in the record's JSON form: `records[12].date`; `records[12]` for the record as a whole." })
  path: string;

  @Field({ description: "What is wrong, for a person to read." })
  message: string;
}

/** Problems an answer lists: enough to fix a batch in rounds, bounded so the answer (and its price) is too. */
export const MAX_LISTED_PROBLEMS = 1_000;

@ObjectType("ImportReport", { description: "What an import did, or (dry run, or a batch with problems) would have done. A batch is written all or nothing." })
export class ImportReportObject {
  @Field({ description: "The kind of record imported (`treatyAction`, `meetingParticipant`…)." })
  kind: string;

  @Field(() => ImportFormat, { description: "The format `data` was read as." })
  format: ImportFormatName;

  @Field({ description: "True when this was a dry run: everything was checked and nothing written." })
  dryRun: boolean;

  @Field({ description: "True only when the batch was written: not a dry run and no record had a problem." })
  applied: boolean;

  @Field(() => Int, { description: "Records in the batch." })
  recordCount: number;

  @Field(() => Int, { description: "Records written: `recordCount` when applied, 0 otherwise." })
  createdCount: number;

  @Field(() => [ID], { description: "Global ids of the records written, in batch order; empty unless applied." })
  createdIds: string[];

  /** Every problem found (the CLI prints them all); the API lists the first MAX_LISTED_PROBLEMS. */
  allProblems: ImportProblemObject[];

  @Field(() => [ImportProblemObject], {
    description: `The problems of the records, in batch order: the first ${MAX_LISTED_PROBLEMS} (\`problemCount\` says how many there are). Empty when the batch is valid; any problem means nothing was written.`,
  })
  get problems(): ImportProblemObject[] {
    return this.allProblems.slice(0, MAX_LISTED_PROBLEMS);
  }

  @Field(() => Int, { description: "How many problems the batch has in all." })
  get problemCount(): number {
    return this.allProblems.length;
  }

  @Field(() => Int, { description: "How long the import took on the server, in milliseconds." })
  elapsedMs: number;
}
