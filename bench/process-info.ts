import fs from "node:fs";
import { execSync } from "node:child_process";

/** CPU time (user + system) a process has used, in ms, from /proc (Linux; clock ticks of 10 ms), or null elsewhere. */
export function processCpuMs(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The commit measured and how many files differed from it (read-only git): the hub may change while a bench runs. */
export function gitState(): string {
  try {
    const head = execSync("git rev-parse --short HEAD", { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
    const dirty = execSync("git status --porcelain", { stdio: ["ignore", "pipe", "ignore"] }).toString().split("\n").filter(Boolean).length;
    return `${head}${dirty ? ` with ${dirty} uncommitted file(s)` : ""}`;
  } catch {
    return "unknown (not a git checkout)";
  }
}
