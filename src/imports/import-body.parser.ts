import express, { type RequestHandler } from "express";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { IMPORT_HEADER, IMPORT_MAX_BODY_BYTES } from "./import-limits";

/**
 * The JSON body parser of /graphql: MAX_BODY_BYTES for every request, except one that announces a
 * bulk import with `X-Bulk-Import: true`, which may send up to IMPORT_MAX_BODY_BYTES. The header
 * only lifts the cap for parsing: a body over MAX_BODY_BYTES must then hold exactly one
 * `importRecords` mutation (one operation, one root field), or it is refused with the same 413 as
 * any body over the limit. So the larger cap buys nothing to any other field.
 */
export function graphqlBodyParser(maxBodyBytes: number): RequestHandler {
  const normal = express.json({ limit: maxBodyBytes });
  if (IMPORT_MAX_BODY_BYTES <= maxBodyBytes) return normal;
  const oversized = new WeakSet<object>();
  const large = express.json({
    limit: IMPORT_MAX_BODY_BYTES,
    verify: (req, _res, buf) => {
      if (buf.length > maxBodyBytes) oversized.add(req);
    },
  });
  return (req, res, next) => {
    if (!isImportHeader(req.headers[IMPORT_HEADER])) return normal(req, res, next);
    large(req, res, (error?: unknown) => {
      if (error || !oversized.has(req) || isLoneImport(req.body)) return next(error);
      // What body-parser raises for a body over its limit: answered by requestErrorHandler, naming MAX_BODY_BYTES.
      next(Object.assign(new Error("request entity too large"), { type: "entity.too.large", status: 413, expose: true }));
    });
  };
}

const isImportHeader = (value: string | string[] | undefined) => typeof value === "string" && /^(true|1)$/i.test(value.trim());

/** `{ query, operationName? }` whose operation is a mutation selecting `importRecords` and nothing else. */
function isLoneImport(body: unknown): boolean {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== "string") return false;
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query, { noLocation: true }).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  } catch {
    return false;
  }
  const operation = typeof operationName === "string" ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  const [only, ...more] = operation?.selectionSet.selections ?? [];
  return operation?.operation === "mutation" && !more.length && only?.kind === Kind.FIELD && only.name.value === "importRecords";
}
