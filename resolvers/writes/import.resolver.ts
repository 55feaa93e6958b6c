import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../src/context";
import { requirePartner } from "../../src/auth/graphql/require-partner";
import { runImport } from "../../src/imports/import-batch";
import { IMPORT_MAX_CHARACTERS, IMPORT_MAX_RECORDS, IMPORT_TIMEOUT_MS } from "../../src/imports/import-limits";
import { ImportFormat, ImportReportObject } from "./import.types";

/** Bulk import (issue 10 §5): a batch of records of one kind, all or nothing, through the same checks as the kind's mutation. */
@Resolver()
export class ImportResolver {
  @Mutation(() => ImportReportObject, {
    description: `Imports a batch of records of one kind as drafts of your partner, in one transaction: every record is written, or none. With dryRun nothing is written and the report lists every problem of every record. At most ${IMPORT_MAX_RECORDS} records and ${IMPORT_MAX_CHARACTERS} characters of data per call (send the header \`X-Bulk-Import: true\` when the request body is over MAX_BODY_BYTES); an import may run for ${IMPORT_TIMEOUT_MS / 1000} s. The CLI (\`npm run import\`) has no such limits.`,
  })
  async importRecords(
    @Ctx() ctx: Context,
    @Arg("kind", { description: "The kind of record: treatyAction, meetingParticipant, observation, citation, meeting, document, networkMembership, leadershipTerm." }) kind: string,
    @Arg("format", () => ImportFormat, { description: "How `data` is written: JSON, or CSV for tabular kinds." }) format: ImportFormat,
    @Arg("data", { description: `The batch itself (at most ${IMPORT_MAX_CHARACTERS} characters): a JSON array of records, or CSV with a header row.` }) data: string,
    @Arg("dryRun", { defaultValue: false, description: "Check everything (references included) and write nothing." }) dryRun: boolean,
  ): Promise<ImportReportObject> {
    const partner = requirePartner(ctx.viewer);
    // An import's own deadline (import-limits.ts): REQUEST_TIMEOUT_MS is sized for queries.
    if (ctx.sqlStats.deadline !== undefined) ctx.sqlStats.deadline = Math.max(ctx.sqlStats.deadline, Date.now() + IMPORT_TIMEOUT_MS);
    const report = await runImport(ctx, partner, { kind, format, data, dryRun }, { maxRecords: IMPORT_MAX_RECORDS });
    const { problems, ...rest } = report;
    return Object.assign(new ImportReportObject(), { ...rest, allProblems: problems });
  }
}
