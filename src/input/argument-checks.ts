import { getNamedType, isListType, isNonNullType, type FieldNode } from "graphql";
import { isIsoDate } from "../scalars/local-date.scalar";
import type { ArgumentValue } from "./argument-values.walker";
import { isStorableText, MAX_ENTITY_REPRESENTATIONS, MAX_LIST_ITEMS, MAX_STRING_LENGTH } from "./input-limits";
import { IMPORT_MAX_CHARACTERS } from "../imports/import-limits";

export interface ArgumentProblem {
  argumentName: string;
  message: string;
  /** The field the argument belongs to (the error's location). */
  field: FieldNode;
}

/**
 * The checks every argument value passes before any resolver runs, whatever field it belongs to:
 * lists are capped (each item can become an SQL bind parameter, and drivers cap those), strings are
 * bounded and hold only text a database can store (PostgreSQL refuses NUL in text). Field-specific
 * rules (page sizes, dates, ids) stay with the fields.
 */
export function checkArgumentValue({ name, value, type, field }: ArgumentValue): ArgumentProblem | undefined {
  const problem = (message: string) => ({ argumentName: name, message, field });
  const inner = isNonNullType(type) ? type.ofType : type;
  const cap = field.name.value === "_entities" ? MAX_ENTITY_REPRESENTATIONS : MAX_LIST_ITEMS;
  if (isListType(inner) && Array.isArray(value) && value.length > cap) return problem(`must hold at most ${cap} items (got ${value.length})`);
  if (typeof value !== "string") return undefined;
  // A bulk import's batch is the one string allowed past MAX_STRING_LENGTH (src/imports/import-limits.ts).
  const maxLength = field.name.value === "importRecords" && name === "data" ? IMPORT_MAX_CHARACTERS : MAX_STRING_LENGTH;
  if (value.length > maxLength) return problem(`must be at most ${maxLength} characters (got ${value.length})`);
  if (!isStorableText(value)) return problem("must be text without NUL characters or unpaired UTF-16 surrogates");
  // The hub's own Date scalar refuses these before this check runs; a gateway's supergraph copy of it accepts anything.
  if (getNamedType(type).name === "Date" && !isIsoDate(value)) return problem(`must be a calendar day written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return undefined;
}
