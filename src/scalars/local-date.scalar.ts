import { GraphQLScalarType, Kind } from "graphql";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * A value the Date scalar refuses. graphql-js keeps it as the `originalError` of its validation or
 * coercion error; the argument check fills in `argumentName` (it alone sees the document), and
 * formatError then answers BAD_USER_INPUT naming the argument (src/input/date-argument.names.ts).
 */
export class InvalidDateError extends TypeError {
  /** The argument the value reaches (`filter.from`), once known. */
  argumentName?: string;

  constructor(readonly reason: string) {
    super(`Date ${reason}`);
    this.name = "InvalidDateError";
  }
}

function parse(value: unknown): string {
  if (typeof value !== "string" || !isIsoDate(value)) {
    throw new InvalidDateError(`must be a calendar day written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A calendar day without time or zone, as YYYY-MM-DD. */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar day without time or time zone, written YYYY-MM-DD (ISO 8601).",
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new InvalidDateError("must be a string written YYYY-MM-DD");
    return parse(ast.value);
  },
});
