import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SEED_DATA_DIR } from "../../seeds/seed.loader";

/** A copy of the seed data with one file's records edited in memory, for loading changed data. */
export function seedCopyWith(file: string, edit: (records: any[]) => void): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "seeddata-")), "data");
  fs.cpSync(SEED_DATA_DIR, dir, { recursive: true });
  const target = path.join(dir, file);
  const records = JSON.parse(fs.readFileSync(target, "utf8"));
  edit(records);
  fs.writeFileSync(target, JSON.stringify(records));
  return dir;
}
