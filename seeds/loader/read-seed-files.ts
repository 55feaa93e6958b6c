import fs from "node:fs";
import path from "node:path";

/** The seed files the loader knows, by file name. Any other .json under seeds/data is an error. */
export const SEED_FILE_KINDS = [
  "citations",
  "state-corrections",
  "un-admissions",
  "regional-groups",
  "regional-group-memberships",
  "organisations",
  "organisation-memberships",
  "people",
  "networks",
  "meetings",
  "documents",
  "treaty-proposals",
  "crimes",
  "mechanisms",
] as const;
export type SeedFileKind = (typeof SEED_FILE_KINDS)[number];

/** A record and where it came from, so every error can name its file and record. */
export interface Located<T> {
  file: string;
  index: number;
  record: T;
}

export type SeedFiles = { [K in SeedFileKind]: Located<any>[] };

/** Reads every `<kind>.json` below `dir` (one folder per area) into lists by kind. */
export function readSeedFiles(dir: string): SeedFiles {
  const files = Object.fromEntries(SEED_FILE_KINDS.map((k) => [k, [] as Located<any>[]])) as SeedFiles;
  const walk = (d: string): string[] =>
    fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith(".json") ? [path.join(d, e.name)] : []));
  for (const file of walk(dir).sort()) {
    const rel = path.relative(path.dirname(dir), file);
    const kind = path.basename(file, ".json") as SeedFileKind;
    if (!SEED_FILE_KINDS.includes(kind)) throw new SeedError([`${rel}: unknown seed file name (expected one of ${SEED_FILE_KINDS.join(", ")})`]);
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (error) {
      throw new SeedError([`${rel}: not valid JSON (${(error as Error).message})`]);
    }
    if (!Array.isArray(parsed)) throw new SeedError([`${rel}: must hold a JSON array of records`]);
    parsed.forEach((record, index) => files[kind].push({ file: rel, index, record }));
  }
  return files;
}

/** Raised with every problem found; the loader writes nothing when it is thrown. */
export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed data has ${problems.length} problem(s); nothing was written:\n- ${problems.slice(0, 50).join("\n- ")}`);
    this.name = "SeedError";
  }
}
