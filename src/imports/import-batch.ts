import { GraphQLError } from "graphql";
import type { Context } from "../context";
import type { PartnerViewer } from "../auth/viewer";
import { BadUserInputError } from "../errors/bad-user-input.error";
import { ErrorCode } from "../errors/error-codes";
import { InputProblems, type InputProblem } from "../writes/input-problems";
import { importableKind, importableKindNames, type ImportableKind } from "../writes/importable-kinds";
import { runWrite, type WriteTx } from "../writes/write-tx";
import type { BatchRecord } from "./batch-records";
import { csvRecords } from "./csv-records";
import { jsonRecords } from "./json-records";
import type { ImportFormatName, ImportProblem, ImportReport } from "./import-report";

export interface ImportRequest {
  kind: string;
  format: ImportFormatName;
  data: string;
  dryRun: boolean;
}

export interface ImportOptions {
  /** Refuse batches with more records (HTTP: IMPORT_MAX_RECORDS); none for the CLI. */
  maxRecords?: number;
}

/** Thrown inside the transaction to roll it back (a dry run, or a batch with problems); carries the report out. */
class RollBack extends Error {
  constructor(readonly report: Omit<ImportReport, "elapsedMs">) {
    super("import rolled back");
  }
}

/** The kind and the records of a batch, or BAD_USER_INPUT naming the argument (`kind`, `format`, `data`). */
export function parseBatch(request: Pick<ImportRequest, "kind" | "format" | "data">, options: ImportOptions = {}): { kind: ImportableKind; records: BatchRecord[] } {
  const kind = importableKind(request.kind);
  if (!kind) throw new BadUserInputError("kind", `names no kind of record that can be imported (one of: ${importableKindNames().join(", ") || "none yet"})`);
  if (request.format === "CSV" && !kind.fromFields) throw new BadUserInputError("format", `${kind.name} records are not tabular: import them as JSON`);
  const records = request.format === "CSV" ? csvRecords(request.data, kind.fromFields!) : jsonRecords(request.data);
  if (!records.length) throw new BadUserInputError("data", "holds no records");
  if (options.maxRecords !== undefined && records.length > options.maxRecords) {
    throw new BadUserInputError("data", `holds ${records.length} records; one import takes at most ${options.maxRecords} (split the file, or use the CLI)`);
  }
  return { kind, records };
}

/**
 * One import, all or nothing, in a single write transaction (src/writes/write-tx.ts): every
 * record's shape is checked first, then each is created through its kind, which resolves its
 * references with the partner's own reads and adds problems instead of throwing. Any problem, or a
 * dry run, rolls the whole transaction back (the change log and search entries with it) and the
 * report lists every problem by record position, CSV line and field path. A database fault
 * mid-batch propagates as is: the transaction is rolled back and the answer is a coded error.
 */
export async function runImport(ctx: Context, partner: PartnerViewer, request: ImportRequest, options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now();
  const { kind, records } = parseBatch(request, options);
  const base = { kind: kind.name, format: request.format, dryRun: request.dryRun, recordCount: records.length };
  try {
    const createdIds = await runWrite(ctx, partner, async (tx) => {
      const { ids, problems } = await writeRecords(tx, kind, records);
      if (problems.length || request.dryRun) {
        // A valid dry run goes as far as a real one (change log, search entries) before rolling back.
        if (!problems.length) await tx.finish();
        throw new RollBack({ ...base, applied: false, createdCount: 0, createdIds: [], problems });
      }
      return ids;
    });
    return { ...base, applied: true, createdCount: createdIds.length, createdIds, problems: [], elapsedMs: elapsed(started) };
  } catch (error) {
    if (error instanceof RollBack) return { ...error.report, elapsedMs: elapsed(started) };
    throw error;
  }
}

async function writeRecords(tx: WriteTx, kind: ImportableKind, records: BatchRecord[]): Promise<{ ids: string[]; problems: ImportProblem[] }> {
  const problems: ImportProblem[] = [];
  const collectors = records.map((_, i) => new InputProblems(`records[${i}].`));
  const note = (i: number, list: InputProblem[]) => {
    for (const p of list) problems.push({ position: i, line: records[i].line, path: p.path.replace(/\.$/, ""), message: p.message });
  };
  // Shape first, for every record: a batch with a typo in row 9,000 fails before any write.
  const shaped = records.map((r, i) => {
    if (r.problem) collectors[i].add("", r.problem);
    else if (!isPlainObject(r.value)) collectors[i].add("", "must be an object of the record's fields");
    else guarded(collectors[i], () => kind.check(collectors[i], r.value as Record<string, unknown>));
    return collectors[i].empty;
  });
  const ids: string[] = [];
  for (let i = 0; i < records.length; i++) {
    // A record that failed its shape check is not created (its kind may rely on the shape), the others
    // still are: their reference problems belong in the same report.
    if (!shaped[i]) continue;
    const id = await guardedAsync(collectors[i], () => kind.create(tx, collectors[i], records[i].value as Record<string, unknown>));
    if (id !== null && id !== undefined && collectors[i].empty) ids.push(id);
  }
  collectors.forEach((c, i) => note(i, c.list));
  return { ids, problems };
}

/** A kind that throws a client error (BAD_USER_INPUT, FORBIDDEN…) instead of adding a problem: the record's problem all the same. */
function guarded(problems: InputProblems, work: () => void): void {
  try {
    work();
  } catch (error) {
    asProblem(problems, error);
  }
}

async function guardedAsync<T>(problems: InputProblems, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    asProblem(problems, error);
    return null;
  }
}

const RECORD_CODES = new Set<unknown>([ErrorCode.BAD_USER_INPUT, ErrorCode.FORBIDDEN, ErrorCode.CONFLICT]);

function asProblem(problems: InputProblems, error: unknown): void {
  // Anything else (a database fault, a bug) ends the import: rethrown, the transaction rolls back.
  if (!(error instanceof GraphQLError) || !RECORD_CODES.has(error.extensions?.code)) throw error;
  const listed = error.extensions.problems as InputProblem[] | undefined;
  if (Array.isArray(listed) && listed.length) {
    for (const p of listed) problems.add(relative(p.path), p.message);
    return;
  }
  const argumentName = error.extensions.argumentName;
  const message = typeof argumentName === "string" ? error.message.replace(/^Invalid argument "[^"]*": /, "") : error.message;
  problems.add(typeof argumentName === "string" ? relative(argumentName) : "", message);
}

/** A mutation's path (`input.date`) as the record's own (`date`): the import adds `records[i].`. */
const relative = (path: string) => path.replace(/^input\./, "").replace(/^input$/, "");

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const elapsed = (since: number) => Math.round(performance.now() - since);
