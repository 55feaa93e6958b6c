import "reflect-metadata";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { GraphQLError } from "graphql";
import { loadConfig } from "../config";
import { createContext } from "../context";
import { createDataSource } from "../db/data-source";
import { runImport } from "../imports/import-batch";
import type { ImportFormatName, ImportReport } from "../imports/import-report";
import { partnerForToken } from "../imports/token-viewer";
import { loadKindModules } from "../imports/kind-modules";

const USAGE = `usage: npm run import -- --token apg_… --kind <kind> [--format csv|json] [--dry-run] [--json] <file | ->
  Imports a batch of records of one kind (treatyAction, meetingParticipant, …) as the key's partner,
  in one transaction: every record is written, or none. --dry-run checks everything and writes nothing.
  The format defaults to the file's extension (.csv, .json). The token may also come from PARTNER_API_KEY.
  Prints the created ids (one a line) or every problem; --json prints the whole report as JSON.
  Exit codes: 0 imported (or a valid dry run), 1 problems (nothing written), 2 bad usage, key or file, 3 failure (nothing written).
Works on DATABASE_URL (or the embedded SQLite file), like npm run keys; no size limit.`;

const OPTIONS = {
  token: { type: "string" },
  kind: { type: "string" },
  format: { type: "string" },
  "dry-run": { type: "boolean" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

class UsageError extends Error {}

function formatOf(option: string | undefined, file: string): ImportFormatName {
  const value = (option ?? file.split(".").pop() ?? "").toUpperCase();
  if (value === "CSV" || value === "JSON") return value;
  throw new UsageError(option ? "--format must be csv or json" : "--format is required when the file's name does not end in .csv or .json");
}

/** `npm run import -- …`: a bulk import from a file, straight into the database (README, "Bulk import"). */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const token = values.token ?? process.env.PARTNER_API_KEY;
  if (!token) throw new UsageError("--token is required (or PARTNER_API_KEY)");
  if (!values.kind) throw new UsageError("--kind is required");
  if (positionals.length !== 1) throw new UsageError("give exactly one file to import (- for standard input)");
  const [file] = positionals;
  const format = formatOf(values.format, file);
  let data: string;
  try {
    data = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }

  loadKindModules();
  const config = loadConfig();
  const ds = createDataSource(config.database);
  await ds.initialize();
  try {
    const partner = await partnerForToken(ds, token);
    if ("refused" in partner) throw new UsageError(partner.refused);
    // The CLI's own "request": its statements are guarded by the partner's access, as over HTTP.
    const ctx = createContext(ds, { id: "cli-import", startedAt: performance.now(), clientKey: `key:${partner.keyId}`, sql: { statements: 0 }, errorCodes: [] }, partner, config.apiKeyMaxDays);
    const report = await runImport(ctx, partner, { kind: values.kind, format, data, dryRun: values["dry-run"] ?? false });
    print(report, values.json ?? false);
    return report.problems.length ? 1 : 0;
  } finally {
    await ds.destroy();
  }
}

function print(report: ImportReport, json: boolean): void {
  if (json) console.log(JSON.stringify(report, null, 2));
  else if (report.problems.length) {
    for (const p of report.problems) console.log(`${p.line !== null ? `line ${p.line}, ` : ""}record ${p.position}: ${p.path}: ${p.message}`);
  } else if (report.applied) for (const id of report.createdIds) console.log(id);
  const what = `${report.recordCount} ${report.kind} record${report.recordCount === 1 ? "" : "s"}`;
  const outcome = report.problems.length
    ? `refused ${what}: ${report.problems.length} problem${report.problems.length === 1 ? "" : "s"}, nothing written`
    : report.dryRun
      ? `dry run: ${what} are valid, nothing written`
      : `imported ${what}`;
  console.error(`${outcome} (${report.elapsedMs} ms)`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    if (usage) console.error(error.message);
    // BAD_USER_INPUT of the whole batch (unknown kind, broken CSV): its message is written for people.
    else if (error instanceof GraphQLError && error.extensions?.code === "BAD_USER_INPUT") console.error(error.message.replace(/^Invalid argument "(\w+)": /, (_, a) => `--${a === "data" ? "file" : a} `));
    // Anything else (a database fault): never SQL or a stack, and nothing was written.
    else console.error(`the import failed and nothing was written: ${(error as { code?: string }).code ?? (error as Error).name ?? "error"}`);
    process.exit(usage || error instanceof GraphQLError ? 2 : 3);
  },
);
