/**
 * Row generators for the load benchmark's data shape (bench/load/shape-data.ts). Everything comes
 * from one seeded pseudo-random stream, so two runs on the same seed produce the same rows and
 * their figures stay comparable.
 */

/** mulberry32: small, fast and good enough to spread test data; never for anything secret. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

/** A partial date's stored columns: earliest and latest day, precision, qualifier. */
export type PartialDateColumns = [earliest: string, latest: string, precision: string, qualifier: string];

/**
 * A day between two years, at a precision drawn from `weights` (DAY, MONTH, QUARTER, HALF_YEAR,
 * YEAR). Coarser dates start on the first day of their period, as the seed loader stores them,
 * so several rows share a sort value and the primary key has to break the tie.
 */
export function partialDate(random: Random, fromYear: number, toYear: number, weights = [0.85, 0.08, 0.03, 0.02, 0.02]): PartialDateColumns {
  const start = Date.UTC(fromYear, 0, 1);
  const day = new Date(start + Math.floor(random() * ((Date.UTC(toYear + 1, 0, 1) - start) / DAY_MS)) * DAY_MS);
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth();
  let r = random();
  const precision = ["DAY", "MONTH", "QUARTER", "HALF_YEAR", "YEAR"].find((_, i) => (r -= weights[i]) < 0) ?? "DAY";
  const qualifier = random() < 0.05 ? "INFERRED" : "EXACT";
  const span = (m0: number, months: number): PartialDateColumns => [iso(new Date(Date.UTC(y, m0, 1))), iso(new Date(Date.UTC(y, m0 + months, 0))), precision, qualifier];
  switch (precision) {
    case "MONTH": return span(m, 1);
    case "QUARTER": return span(m - (m % 3), 3);
    case "HALF_YEAR": return span(m < 6 ? 0 : 6, 6);
    case "YEAR": return span(0, 12);
    default: return [iso(day), iso(day), "DAY", qualifier];
  }
}

/** `count` distinct items from `items` (which must hold at least `count` + the excluded ones). */
export function distinct<T>(random: Random, items: readonly T[], count: number, exclude: ReadonlySet<T> = new Set()): T[] {
  const chosen = new Set<T>();
  while (chosen.size < count) {
    const item = pick(random, items);
    if (!exclude.has(item)) chosen.add(item);
  }
  return [...chosen];
}

/**
 * The 14 networks added to the seed's 6. Names spread over the alphabet so that the heavy query's
 * first five networks (by name) include the seed's "Global Network of R2P Focal Points", whose
 * members include organisations (`... on State` gives `{}`) and memberships of unknown start.
 */
export const EXTRA_NETWORK_NAMES = [
  "African Atrocity Prevention Network",
  "Andean Early Warning Initiative",
  "Caribbean Focal Points Network",
  "Genocide Prevention Core Group",
  "Indo-Pacific Protection Initiative",
  "Latin American Network for Genocide Prevention",
  "Mediterranean Core Group on Accountability",
  "Nordic-Baltic Group of Friends of Prevention",
  "Pacific Islands Protection Network",
  "Regional Dialogue on Mass Atrocities in Central Asia",
  "Sahel Early Warning Network",
  "Southern African Prevention Initiative",
  "Survivor-Centred Justice Coalition",
  "Transatlantic Accountability Core Group",
]

const TOPICS = ["early warning", "accountability", "survivor support", "hate speech", "national mechanisms", "regional cooperation", "atrocity risk assessment", "mutual legal assistance"];
const FORMATS = ["Regional consultation on", "Expert round table on", "Annual meeting on", "Ministerial dialogue on", "Workshop on", "Capital-level meeting on"];

/** A meeting title of ordinary length (40–70 characters). */
export const meetingTitle = (random: Random, n: number, year: string) => `${pick(random, FORMATS)} ${pick(random, TOPICS)}, ${year} (no. ${n})`;
