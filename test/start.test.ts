import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabase } from "./support/database-template";
import { testDialect } from "./support/test-databases";

const MAIN = path.join(__dirname, "..", "dist", "src", "main.js");
const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill("SIGTERM");
});

/** Starts the built server (what `npm start` runs) and resolves with its URL and log. */
function start(env: Record<string, string>): Promise<{ url: string; log: string[]; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    running.push(child);
    const log: string[] = [];
    const onData = (chunk: Buffer) => {
      log.push(...chunk.toString().trim().split("\n"));
      const ready = log.map((l) => /ready at (http:\/\/[^\s"]+)/.exec(l)).find(Boolean);
      if (ready) resolve({ url: ready[1], log, child });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${log.join("\n")}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

const query = async (url: string, q: string) => (await (await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: q }) })).json()) as any;

describe("npm start", () => {
  it(`creates, migrates and seeds an empty ${testDialect()} database on first start, and keeps it on the next`, async () => {
    const db = await testDatabase({ seeded: false });
    const url = db.config.type === "sqlite" ? `sqlite:${db.config.path}` : db.config.url;
    try {
      await startTwice(url);
    } finally {
      await db.drop();
    }
  }, 90_000);

  it("uses ./data/partner-graph.sqlite when DATABASE_URL is unset", async () => {
    const { loadConfig, DEFAULT_SQLITE_PATH } = await import("../src/config");
    expect(loadConfig({}).database).toMatchObject({ type: "sqlite", path: DEFAULT_SQLITE_PATH });
    expect(DEFAULT_SQLITE_PATH).toBe(path.join("data", "partner-graph.sqlite"));
  });

  async function startTwice(databaseUrl: string) {
    const first = await start({ DATABASE_URL: databaseUrl });
    expect(first.log.join("\n")).toContain("seed data loaded");
    const a = await query(first.url, `{ states { totalCount } network(slug: "r2p-focal-points") { id name } }`);
    expect(a.data.states.totalCount).toBe(196);
    await stop(first.child);

    const second = await start({ DATABASE_URL: databaseUrl });
    expect(second.log.join("\n")).toContain("0 migration(s) applied; existing data kept");
    const b = await query(second.url, `{ states { totalCount } network(slug: "r2p-focal-points") { id name } }`);
    // Same data and ids; extensions (cost, budget reset time) belong to each answer.
    expect(b.data).toEqual(a.data);
    await stop(second.child);
  }

  it("refuses an unknown DATABASE_URL scheme with a clear message", async () => {
    await expect(start({ DATABASE_URL: "mysql://localhost/hub" })).rejects.toThrow("DATABASE_URL must start with sqlite: or postgres://");
  });
});
