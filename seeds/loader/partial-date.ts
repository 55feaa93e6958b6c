import { DatePrecision } from "../../entities/enums/date-precision.enum";
import { DateQualifier } from "../../entities/enums/date-qualifier.enum";
import { isIsoDate } from "../../src/scalars/local-date.scalar";
import type { PartialDateInput } from "../seed.types";

/** The stored form of a partial date (see entities/partial-date.embedded.ts). */
export interface PartialDateColumns {
  earliest: string | null;
  latest: string | null;
  precision: DatePrecision | null;
  qualifier: DateQualifier | null;
  label: string | null;
}

export const NO_DATE: PartialDateColumns = { earliest: null, latest: null, precision: null, qualifier: null, label: null };

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const range = (y: number, m1: number, m2: number): [string, string] => [`${y}-${pad(m1)}-01`, `${y}-${pad(m2)}-${pad(lastDay(y, m2))}`];

/** Parses `2011-05-17`, `2011-05`, `2012-Q3`, `2012-H1` or `2011`; throws a message on anything else. */
export function parsePartialDate(input: PartialDateInput | null | undefined): PartialDateColumns {
  if (input == null) return NO_DATE;
  const { date, text, qualifier } = typeof input === "string" ? { date: input, text: undefined, qualifier: undefined } : input;
  if (qualifier !== undefined && !(qualifier in DateQualifier)) throw new Error(`unknown date qualifier ${JSON.stringify(qualifier)}`);
  const base = { qualifier: (qualifier as DateQualifier) ?? DateQualifier.EXACT, label: text ?? null };
  let m: RegExpExecArray | null;
  if (typeof date !== "string") throw new Error(`a date must be a string, got ${JSON.stringify(date)}`);
  if (isIsoDate(date)) return { ...base, earliest: date, latest: date, precision: DatePrecision.DAY };
  if ((m = /^(\d{4})-(\d{2})$/.exec(date)) && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    const [earliest, latest] = range(Number(m[1]), Number(m[2]), Number(m[2]));
    return { ...base, earliest, latest, precision: DatePrecision.MONTH };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(date))) {
    const q = Number(m[2]);
    const [earliest, latest] = range(Number(m[1]), q * 3 - 2, q * 3);
    return { ...base, earliest, latest, precision: DatePrecision.QUARTER };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(date))) {
    const h = Number(m[2]);
    const [earliest, latest] = range(Number(m[1]), h === 1 ? 1 : 7, h === 1 ? 6 : 12);
    return { ...base, earliest, latest, precision: DatePrecision.HALF_YEAR };
  }
  if ((m = /^(\d{4})$/.exec(date))) {
    const [earliest, latest] = range(Number(m[1]), 1, 12);
    return { ...base, earliest, latest, precision: DatePrecision.YEAR };
  }
  throw new Error(`${JSON.stringify(date)} is not a partial date (YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY)`);
}
