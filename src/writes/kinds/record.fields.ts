import { parsePartialDate, type PartialDateColumns } from "../../../seeds/loader/partial-date";
import type { InputProblems } from "../input-problems";
import { checkSources, type SourceSpec } from "../sources";

/**
 * Readers for one field of a record written by a partner, shared by the mutations (typed by
 * GraphQL already) and bulk imports (plain JSON or CSV cells, typed by nothing): each checks the
 * value's type and bounds, adds a problem at the field's path, and returns the value or undefined.
 * The same checks for both entry points, so an import refuses exactly what the mutation refuses.
 */
export type Fields = Record<string, unknown>;

const given = (v: unknown) => v !== undefined && v !== null;

export function text(problems: InputProblems, r: Fields, name: string, max: number, required = false): string | null | undefined {
  const v = r[name];
  if (!given(v)) {
    if (required) problems.add(name, "is required");
    return v as null | undefined;
  }
  if (typeof v !== "string") return void problems.add(name, "must be text");
  const trimmed = v.trim();
  if (required && !trimmed) return void problems.add(name, "is required (not blank)");
  if (trimmed.length > max) return void problems.add(name, `must be at most ${max} characters (got ${trimmed.length})`);
  return trimmed || null;
}

export function int(problems: InputProblems, r: Fields, name: string, min: number, max: number): number | null | undefined {
  const v = r[name];
  if (!given(v)) return v as null | undefined;
  const n = typeof v === "string" && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
  if (typeof n !== "number" || !Number.isInteger(n) || n < min || n > max) return void problems.add(name, `must be a whole number from ${min} to ${max}`);
  return n;
}

export function oneOf<E extends string>(problems: InputProblems, r: Fields, name: string, values: Record<string, E>, required = false): E | null | undefined {
  const v = r[name];
  if (!given(v)) {
    if (required) problems.add(name, "is required");
    return v as null | undefined;
  }
  const allowed = Object.values(values);
  if (typeof v !== "string" || !allowed.includes(v as E)) return void problems.add(name, `must be one of ${allowed.join(", ")} (got ${JSON.stringify(v)})`);
  return v as E;
}

/** A partial date (`2011-05-17`, `2011-05`, `2012-Q3`, `2012-H1`, `2011`) as its stored columns. */
export function partialDate(problems: InputProblems, r: Fields, name: string, required = false): PartialDateColumns | null | undefined {
  const v = r[name];
  if (!given(v)) {
    if (required) problems.add(name, "is required (a partial date: 2011-05-17, 2011-05, 2012-Q3, 2012-H1 or 2011)");
    return v as null | undefined;
  }
  try {
    return parsePartialDate(typeof v === "string" ? v.trim() : (v as never));
  } catch (error) {
    return void problems.add(name, (error as Error).message);
  }
}

/** `end` must not lie wholly before `start` (both partial dates). */
export function checkOrder(problems: InputProblems, start: PartialDateColumns | null | undefined, end: PartialDateColumns | null | undefined, endName: string, startName: string): void {
  if (start?.earliest && end?.latest && end.latest < start.earliest) problems.add(endName, `must not be before ${startName} (${end.latest} < ${start.earliest})`);
}

/** A list of strings (UN symbols, urls), each bounded. */
export function texts(problems: InputProblems, r: Fields, name: string, max: number): string[] | null | undefined {
  const v = r[name];
  if (!given(v)) return v as null | undefined;
  if (!Array.isArray(v)) return void problems.add(name, "must be a list of text");
  const out: string[] = [];
  v.forEach((item, i) => {
    if (typeof item !== "string" || !item.trim() || item.length > max) problems.add(`${name}[${i}]`, `must be text of 1 to ${max} characters`);
    else out.push(item.trim());
  });
  return out;
}

/** A list of objects (participants, passages): the items, or undefined (with a problem) when not a list. */
export function items(problems: InputProblems, r: Fields, name: string): Fields[] | null | undefined {
  const v = r[name];
  if (!given(v)) return v as null | undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== "object" || x === null || Array.isArray(x))) return void problems.add(name, "must be a list of objects");
  return v as Fields[];
}

/**
 * The record's sources: required on a new record (`required`), optional on a change or on a
 * nested row (a participant, a passage), which may carry its own.
 */
export function sources(problems: InputProblems, r: Fields, name: string, required: boolean): SourceSpec[] | undefined {
  const v = r[name];
  if (!given(v) || (Array.isArray(v) && v.length === 0 && !required)) {
    if (required) checkSources(problems, name, []);
    return undefined;
  }
  if (!Array.isArray(v) || v.some((x) => typeof x !== "object" || x === null)) return void problems.add(name, "must be a list of sources");
  checkSources(problems, name, v as SourceSpec[]);
  return v as SourceSpec[];
}

const KEY = /^[a-z0-9][a-z0-9-]*$/;

/** A record's readable key: lower-case letters, digits and dashes. */
export function recordKey(problems: InputProblems, r: Fields, name: string, max: number, required: boolean): string | undefined {
  const v = text(problems, r, name, max, required);
  if (v == null) return undefined;
  if (!KEY.test(v)) return void problems.add(name, "must be lower-case letters, digits and dashes (e.g. `r2p-fp-2011-new-york`)");
  return v;
}
