import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startTestHub, type TestHub } from "./support/test-server";
import { issueKey } from "./support/partner-keys";
import { KeyStore } from "../src/auth/key-store";
import { treatyActionBatch } from "../bench/import-batch.data";

// `npm run import -- …` is `node dist/src/cli/import.js …` after a build: run the built CLI on the
// test hub's own database, as a partner's operator would on DATABASE_URL.
const CLI = path.join(__dirname, "..", "dist", "src", "cli", "import.js");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe("the import CLI", () => {
  let hub: TestHub;
  let env: Record<string, string>;
  let token: string;
  let dir: string;
  const cli = (...args: string[]) =>
    new Promise<Run>((resolve) => {
      execFile(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, maxBuffer: 64 * 2 ** 20 }, (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
  const file = (name: string, text: string) => {
    const at = path.join(dir, name);
    fs.writeFileSync(at, text);
    return at;
  };
  const count = async (sql: string) => Number((await hub.ds.query(sql))[0].n);
  beforeAll(async () => {
    hub = await startTestHub();
    const db = hub.database.config;
    env = { DATABASE_URL: db.type === "sqlite" ? `sqlite:${db.path}` : db.url };
    token = await issueKey(hub, { partner: "org:gcr2p", role: "ADMIN", label: "cli importer" });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-import-cli-"));
  });
  afterAll(async () => {
    await hub?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("imports a CSV file as the key's partner, printing the new ids", async () => {
    const { csv } = await treatyActionBatch(hub.ds, 25, "cli");
    const r = await cli("--token", token, "--kind", "treatyAction", file("actions.csv", csv));
    expect(r.stderr).toMatch(/^imported 25 treatyAction records \(\d+ ms\)/);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(25);
    expect(await count(`SELECT COUNT(*) AS n FROM treaty_action WHERE note LIKE 'import cli %' AND pub_status = 'DRAFT'`)).toBe(25);
    const keyId = (await hub.ds.query(`SELECT id FROM api_key WHERE prefix = '${token.slice(4, 12)}'`))[0].id;
    expect(await count(`SELECT COUNT(*) AS n FROM "change" WHERE subject_type = 'TreatyAction' AND api_key_id = ${keyId}`)).toBe(25);
  }, 120_000);

  it("dry run: prints every problem with line, record and field, writes nothing, exit code 1", async () => {
    const { records } = await treatyActionBatch(hub.ds, 2, "clidry");
    const [a, b] = records;
    const csv = `treaty,actor,type,date,note,sourceUrl,sourcePublisher\n${a.treaty},${a.actor},SIGNATURE,${a.date},import clidry 0,${a.sources[0].url},D\n${b.treaty},${b.actor},SIGNED,2011-13,import clidry 1,${b.sources[0].url},D\n`;
    const before = await count(`SELECT COUNT(*) AS n FROM "change"`);
    const r = await cli("--token", token, "--kind", "treatyAction", "--dry-run", file("dry.csv", csv));
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split("\n")).toEqual([expect.stringMatching(/^line 3, record 1: records\[1\]\.type: /), expect.stringMatching(/^line 3, record 1: records\[1\]\.date: /)]);
    expect(r.stderr).toMatch(/refused 2 treatyAction records: 2 problems, nothing written/);
    // The same file without the bad row: a valid dry run, exit 0, still nothing written; --json prints the report.
    const valid = await cli("--token", token, "--kind", "treatyAction", "--dry-run", "--json", file("dry-ok.csv", csv.split("\n").slice(0, 2).join("\n")));
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.stdout)).toMatchObject({ kind: "treatyAction", format: "CSV", dryRun: true, applied: false, recordCount: 1, problems: [] });
    expect(await count(`SELECT COUNT(*) AS n FROM "change"`)).toBe(before);
    expect(await count(`SELECT COUNT(*) AS n FROM treaty_action WHERE note LIKE 'import clidry %'`)).toBe(0);
  }, 120_000);

  it("authenticates the token like the HTTP path: unknown, revoked and malformed keys are refused (exit 2)", async () => {
    const { records } = await treatyActionBatch(hub.ds, 1, "cliauth");
    const json = file("one.json", JSON.stringify(records));
    const revoked = await issueKey(hub, { partner: "org:gcr2p", role: "ADMIN" });
    await new KeyStore(hub.ds, 365).revokeKey(revoked.slice(4, 12), "rotated");
    const forged = `${token.slice(0, 13)}${"x".repeat(43)}`;
    for (const [key, message] of [[forged, /This API key is not valid/], [revoked, /This API key has been revoked/], ["secret", /--token must be a partner API key/]] as const) {
      const r = await cli("--token", key, "--kind", "treatyAction", json);
      expect(r.code, key).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe("");
    }
    expect(await count(`SELECT COUNT(*) AS n FROM treaty_action WHERE note LIKE 'import cliauth %'`)).toBe(0);
    // The token may come from the environment instead of the command line (and so out of `ps`).
    const viaEnv = await new Promise<Run>((resolve) =>
      execFile(process.execPath, [CLI, "--kind", "treatyAction", json], { env: { ...process.env, ...env, PARTNER_API_KEY: token } }, (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      ),
    );
    expect(viaEnv.code).toBe(0);
  }, 120_000);

  it("refuses bad usage with a message naming the option, exit code 2", async () => {
    const csv = file("x.csv", "treaty,actor\n");
    const cases: [string[], RegExp][] = [
      [["--kind", "treatyAction", csv], /--token is required/],
      [["--token", token, csv], /--kind is required/],
      [["--token", token, "--kind", "treatyAction"], /give exactly one file/],
      [["--token", token, "--kind", "nonsense", csv], /--kind names no kind of record that can be imported \(one of: .*treatyAction/],
      [["--token", token, "--kind", "treatyAction", file("x.txt", "")], /--format is required/],
      [["--token", token, "--kind", "treatyAction", "--format", "xml", csv], /--format must be csv or json/],
      [["--token", token, "--kind", "treatyAction", path.join(dir, "missing.csv")], /cannot read .*ENOENT/],
      [["--token", token, "--kind", "treatyAction", file("bad.json", "[{")], /--file is not valid JSON/],
      [["--token", token, "--kind", "treatyAction", "--bogus", csv], /Unknown option/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(message);
    }
  }, 180_000);
});
