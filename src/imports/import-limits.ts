/**
 * Bounds on one bulk import sent over HTTP (README, "Bulk import"). The CLI writes to the database
 * directly and has none of them: an operator's file is trusted to be as large as it is.
 */

/** Records in one HTTP import: a batch this size is timed on both databases by `npm run bench:import` (bench/RESULTS.md, "Bulk import"). */
export const IMPORT_MAX_RECORDS = 10_000;

/**
 * Characters in an import's `data` argument: 10,000 records of a few hundred characters each. Only
 * `importRecords(data:)` may go past MAX_STRING_LENGTH (src/input/argument-checks.ts).
 */
export const IMPORT_MAX_CHARACTERS = 4 * 1024 * 1024;

/**
 * A request body carrying an import may be this large (instead of MAX_BODY_BYTES) when it says so
 * with the IMPORT_HEADER: `data` is escaped once more inside the JSON body (quotes, newlines) and may
 * hold multi-byte characters, hence twice the character cap.
 */
export const IMPORT_MAX_BODY_BYTES = 2 * IMPORT_MAX_CHARACTERS;

/**
 * The request header that asks for the larger body cap. The body size must be decided before the
 * body is read (a 413 must not cost parsing), and nothing but a header is known then; a body over
 * MAX_BODY_BYTES that turns out not to be a lone `importRecords` mutation is refused with 413 all the same.
 */
export const IMPORT_HEADER = "x-bulk-import";

/**
 * The whole-request deadline of an HTTP import, in place of REQUEST_TIMEOUT_MS (when that is on):
 * a batch of IMPORT_MAX_RECORDS runs tens of thousands of statements, far more than any query. Past
 * it, no new statement starts and the whole batch rolls back (REQUEST_TIMEOUT).
 */
export const IMPORT_TIMEOUT_MS = 300_000;
