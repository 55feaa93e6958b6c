import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import path from "node:path";
import { startTestHub, type TestHub } from "./support/test-server";
import { bearer, send } from "./support/partner-keys";

// `npm run keys -- …` is `node dist/src/cli/keys.js …` after a build: run the built CLI on the
// test hub's own database, as an operator would on DATABASE_URL.
const CLI = path.join(__dirname, "..", "dist", "src", "cli", "keys.js");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe("the keys CLI", () => {
  let hub: TestHub;
  let env: Record<string, string>;
  const keys = (...args: string[]) =>
    new Promise<Run>((resolve) => {
      execFile(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
  beforeAll(async () => {
    hub = await startTestHub();
    const db = hub.database.config;
    env = { DATABASE_URL: db.type === "sqlite" ? `sqlite:${db.path}` : db.url, API_KEY_MAX_DAYS: "120" };
  });
  afterAll(async () => hub?.close());

  it("creates a key (printing the token once), lists it without the token, and revokes it", async () => {
    const created = await keys("create", "--partner", "state:GH", "--role", "CONTRIBUTOR", "--scope", "state:GH", "--expires-in", "30d", "--label", "ghana mission");
    expect(created.stderr).toMatch(/created key [0-9A-Za-z]{8} for state:GH \(CONTRIBUTOR@state:GH\)/);
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^apg_[0-9A-Za-z]{8}_[0-9A-Za-z]{43}$/);
    const prefix = token.slice(4, 12);

    const viewer = await send(hub.url, { query: `{ viewer { partner { key roles } apiKey { prefix label } } }` }, bearer(token));
    expect(viewer.body.data.viewer).toEqual({ partner: { key: "state:GH", roles: ["CONTRIBUTOR@state:GH"] }, apiKey: { prefix, label: "ghana mission" } });

    const listed = await keys("list", "--partner", "GH");
    expect(listed.code).toBe(0);
    const line = listed.stdout.trim().split("\n").find((l) => l.startsWith(prefix))!;
    expect(line.split("\t").slice(0, 4)).toEqual([prefix, "state:GH", "CONTRIBUTOR@state:GH", '"ghana mission"']);
    expect(line).toMatch(/\tactive$/);
    expect(listed.stdout + listed.stderr).not.toContain(token.slice(13));
    const [row] = await hub.ds.query(`SELECT hash FROM api_key WHERE prefix = '${prefix}'`);
    expect(listed.stdout).not.toContain(row.hash);

    const revoked = await keys("revoke", prefix, "--reason", "rotated");
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(new RegExp(`^revoked ${prefix} \\(state:GH\\)`));
    expect((await send(hub.url, { query: `{ viewer { anonymous } }` }, bearer(token))).status).toBe(401);
    expect((await keys("list")).stdout).toMatch(new RegExp(`${prefix}.*\\trevoked .* \\(rotated\\)`));
  });

  it("creates READER partners by default, grants and takes roles", async () => {
    const created = await keys("create", "--partner", "org:gcr2p");
    expect(created.code).toBe(0);
    expect(created.stderr).toMatch(/for organisation:gcr2p \(READER\)/);
    const token = created.stdout.trim();
    expect((await keys("grant", "--partner", "org:gcr2p", "--role", "admin")).stdout.trim()).toBe("granted ADMIN");
    expect((await keys("grant", "--partner", "org:gcr2p", "--role", "ADMIN")).stdout.trim()).toBe("nothing to change");
    const partners = await send(hub.url, { query: `{ partners { key roles } }` }, bearer(token));
    expect(partners.body.data.partners).toContainEqual({ key: "organisation:gcr2p", roles: ["READER", "ADMIN"] });
    expect((await keys("revoke-grant", "--partner", "org:gcr2p", "--role", "ADMIN")).stdout.trim()).toBe("revoked ADMIN");
    expect((await send(hub.url, { query: `{ partners { key } }` }, bearer(token))).status).toBe(403);
  });

  it("refuses bad input with a message naming the option, exit code 2", async () => {
    const cases: [string[], RegExp][] = [
      [["create"], /--partner is required/],
      [["create", "--partner", "state:ZZ"], /partner names no state/],
      [["create", "--partner", "GH", "--expires-in", "121d"], /expiresInDays must be a whole number of days from 1 to 120/],
      [["create", "--partner", "GH", "--expires-in", "soon"], /--expires-in must be a number of days/],
      [["create", "--partner", "GH", "--role", "OWNER"], /role must be one of READER, CONTRIBUTOR, STEWARD, ADMIN/],
      [["create", "--partner", "GH", "--role", "READER", "--scope", "state:GH"], /scope READER is never limited/],
      [["revoke", "ZZZZZZZZ"], /<prefix> names no key/],
      [["create", "--partner", "GH", "--bogus"], /Unknown option/],
      [["frobnicate"], /unknown command/],
    ];
    for (const [args, message] of cases) {
      const r = await keys(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(message);
      expect(r.stdout).not.toMatch(/apg_/);
    }
  });
});
