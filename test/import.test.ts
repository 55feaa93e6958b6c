import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { bearer, issueKey, send } from "./support/partner-keys";
import { testDialect } from "./support/test-databases";
import { treatyActionBatch } from "../bench/import-batch.data";
import fs from "node:fs";
import path from "node:path";

// Bulk import (issue 10 §5) over real HTTP: all or nothing, dry runs, problems by position and field.
const IMPORT = `mutation($kind: String!, $format: ImportFormat!, $data: String!, $dryRun: Boolean) {
  importRecords(kind: $kind, format: $format, data: $data, dryRun: $dryRun) {
    kind format dryRun applied recordCount createdCount createdIds elapsedMs problems { position line path message }
  }
}`;
const BULK = { "x-bulk-import": "true" };
const SOURCE = "sourceUrl,sourcePublisher";

describe("bulk import", () => {
  let hub: TestHub;
  // A state with no treaty action yet, and a CONTRIBUTOR key of its mission: it writes that state's actions.
  let X: string;
  let mission: string;
  let admin: string;
  let missionKeyId: number;
  // X's records for every test, made before any is written (the generator picks pairs without actions); distinct dates.
  let mine: Awaited<ReturnType<typeof treatyActionBatch>>["records"];
  const forX = (from: number, n: number, tag: string) => mine.slice(from, from + n).map((r, i) => ({ ...r, note: `import ${tag} ${i}` }));
  const postgres = testDialect() === "postgres";
  const run = (token: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => send(hub.url, { query: IMPORT, variables }, { ...bearer(token), ...headers });
  const count = async (sql: string) => Number((await hub.ds.query(sql))[0].n);
  const actions = (notes: string) => count(`SELECT COUNT(*) AS n FROM treaty_action WHERE note LIKE '${notes}'`);
  const changes = () => count(`SELECT COUNT(*) AS n FROM "change"`);

  beforeAll(async () => {
    hub = await startTestHub();
    X = (await treatyActionBatch(hub.ds, 1, "probe")).records[0].actor.slice("state:".length);
    mine = (await treatyActionBatch(hub.ds, 10, "x", X)).records;
    mission = await issueKey(hub, { partner: `state:${X}`, role: "CONTRIBUTOR", scope: `state:${X}`, label: "mission importer" });
    admin = await issueKey(hub, { partner: "org:gcr2p", role: "ADMIN", label: "secretariat importer" });
    missionKeyId = Number((await hub.ds.query(`SELECT id FROM api_key WHERE prefix = '${mission.slice(4, 12)}'`))[0].id);
  });
  afterAll(async () => hub?.close());

  it("imports treaty actions from JSON: drafts the author reads, change log entries with partner and key", async () => {
    const records = forX(0, 3, "json");
    const r = await run(mission, { kind: "treatyAction", format: "JSON", data: JSON.stringify(records) });
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    const report = r.body.data.importRecords;
    expect(report).toMatchObject({ kind: "treatyAction", format: "JSON", dryRun: false, applied: true, recordCount: 3, createdCount: 3, problems: [] });
    // The cost analysis prices the mutation, not its data: one point, whatever the batch.
    expect(r.body.extensions.cost.requested).toBe(1);

    const read = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on TreatyAction { type note publication { status } } } }`;
    const mine = await send(hub.url, { query: read, variables: { ids: report.createdIds } }, bearer(mission));
    expect(mine.body.data.nodes).toEqual(records.map((rec) => ({ type: "SIGNATURE", note: rec.note, publication: { status: "DRAFT" } })));
    // Drafts: anonymous readers do not see them.
    expect((await send(hub.url, { query: read, variables: { ids: report.createdIds } })).body.data.nodes).toEqual([null, null, null]);

    const log = await hub.ds.query(
      `SELECT c.partner_id, c.api_key_id FROM "change" c WHERE c.subject_type = 'TreatyAction' AND c.action = 'CREATED' AND c.subject_id IN (SELECT id FROM treaty_action WHERE note LIKE 'import json %')`,
    );
    const [{ partner_id }] = await hub.ds.query(`SELECT partner_id FROM api_key WHERE id = ${missionKeyId}`);
    expect(log.map((e: any) => [Number(e.partner_id), Number(e.api_key_id)])).toEqual(Array(3).fill([Number(partner_id), missionKeyId]));
  });

  it("imports treaty actions from CSV (quoted cells, blank lines, a cell spanning lines)", async () => {
    const records = forX(3, 2, "csv");
    const [a, b] = records;
    const csv = `treaty,actor,type,date,note,${SOURCE}\n${a.treaty},${X},signature,${a.date},"import csv, with comma",${a.sources[0].url},Depositary\n\n${b.treaty},state:${X},SIGNATURE,${b.date},"import csv\non two lines",${b.sources[0].url},"The ""Depositary"""\n`;
    const r = await run(mission, { kind: "treatyAction", format: "CSV", data: csv });
    expect(r.body.data.importRecords).toMatchObject({ applied: true, recordCount: 2, createdCount: 2, problems: [] });
    expect(await hub.ds.query(`SELECT note FROM treaty_action WHERE note LIKE 'import csv%' ORDER BY note`)).toEqual([{ note: "import csv\non two lines" }, { note: "import csv, with comma" }]);
    expect(await count(`SELECT COUNT(*) AS n FROM citation WHERE publisher = 'The "Depositary"'`)).toBe(1);
  });

  it("dry run: writes nothing and lists every problem with its position, CSV line and field", async () => {
    const before = [await actions("import dry%"), await changes()];
    const records = forX(5, 1, "dry");
    const t = records[0].treaty;
    const ok = `${t},${X},SIGNATURE,${records[0].date},import dry 0,https://example.org/0,Depositary`;
    const csv = [
      `treaty,actor,type,date,note,${SOURCE}`,
      ok,
      `${t},${X},SIGNED,2011-13,import dry 1,https://example.org/1,Depositary`,
      `${t},${X},SIGNATURE`,
      `no-such-treaty,${X},SIGNATURE,2011,import dry 3,https://example.org/3,Depositary`,
      `${t},${X},SIGNATURE,2012,import dry 4,ftp://example.org/4,`,
      `${t},KE,SIGNATURE,2012,import dry 5,https://example.org/5,Depositary`,
    ].join("\n");
    const r = await run(mission, { kind: "treatyAction", format: "CSV", data: csv, dryRun: true });
    expect(r.body.errors).toBeUndefined();
    const report = r.body.data.importRecords;
    expect(report).toMatchObject({ dryRun: true, applied: false, recordCount: 6, createdCount: 0, createdIds: [] });
    expect(report.problems.map((p: any) => [p.position, p.line, p.path])).toEqual([
      [1, 3, "records[1].type"],
      [1, 3, "records[1].date"],
      [2, 4, "records[2]"],
      [3, 5, "records[3].treaty"],
      [4, 6, "records[4].sources[0].url"],
      [4, 6, "records[4].sources[0].publisher"],
      [5, 7, "records[5]"],
    ]);
    expect(report.problems[2].message).toBe("has 3 cells, the header has 7");
    expect(report.problems[6].message).toMatch(/CONTRIBUTOR/);
    expect([await actions("import dry%"), await changes()]).toEqual(before);

    // A valid dry run goes all the way and still writes nothing.
    const valid = await run(mission, { kind: "treatyAction", format: "CSV", data: `treaty,actor,type,date,note,${SOURCE}\n${ok}`, dryRun: true });
    expect(valid.body.data.importRecords).toMatchObject({ dryRun: true, applied: false, recordCount: 1, createdCount: 0, createdIds: [], problems: [] });
    expect([await actions("import dry%"), await changes()]).toEqual(before);
  });

  it("a batch with one bad record writes nothing and names it", async () => {
    const before = [await actions("import bad%"), await changes()];
    const { records } = await treatyActionBatch(hub.ds, 200, "bad");
    (records[137] as any).date = "sometime";
    const r = await run(admin, { kind: "treatyAction", format: "JSON", data: JSON.stringify({ records }) });
    const report = r.body.data.importRecords;
    expect(report).toMatchObject({ applied: false, recordCount: 200, createdCount: 0, createdIds: [] });
    expect(report.problems).toEqual([{ position: 137, line: null, path: "records[137].date", message: expect.any(String) }]);
    expect([await actions("import bad%"), await changes()]).toEqual(before);
  });

  it("imports meeting participants from CSV as the meeting's steward", async () => {
    const [meeting] = await hub.ds.query(`SELECT m.id, m.key, n.slug FROM meeting m JOIN network n ON n.id = m.network_id ORDER BY m.id LIMIT 1`);
    const steward = await issueKey(hub, { partner: "org:gcr2p", role: "STEWARD", scope: `network:${meeting.slug}` });
    const absent: { alpha2: string }[] = await hub.ds.query(
      `SELECT alpha2 FROM state WHERE id NOT IN (SELECT state_id FROM meeting_participation WHERE meeting_id = ${meeting.id} AND state_id IS NOT NULL) ORDER BY alpha2 LIMIT 3`,
    );
    const csv = ["meeting,actor,role,sourceUrl,sourcePublisher", ...absent.map((s) => `${meeting.key},${s.alpha2},PARTICIPANT,https://example.org/list,Secretariat`)].join("\n");
    const dry = await run(steward, { kind: "meetingParticipant", format: "CSV", data: csv, dryRun: true });
    expect(dry.body.data?.importRecords, JSON.stringify(dry.body)).toMatchObject({ applied: false, problems: [] });
    const r = await run(steward, { kind: "meetingParticipant", format: "CSV", data: csv });
    expect(r.body.data.importRecords).toMatchObject({ applied: true, recordCount: 3, createdCount: 3, problems: [] });
    const rows = await hub.ds.query(`SELECT s.alpha2 FROM meeting_participation p JOIN state s ON s.id = p.state_id WHERE p.meeting_id = ${meeting.id} AND s.alpha2 IN (${absent.map((s) => `'${s.alpha2}'`).join(",")})`);
    expect(rows).toHaveLength(3);
  });

  it("checks the example files (examples/imports/) cleanly in a dry run", async () => {
    const dir = path.join(__dirname, "..", "examples", "imports");
    for (const [name, kind] of [["treaty-actions.csv", "treatyAction"], ["treaty-actions.json", "treatyAction"], ["meeting-participants.csv", "meetingParticipant"]]) {
      const data = fs.readFileSync(path.join(dir, name), "utf8");
      const r = await run(admin, { kind, format: name.endsWith(".csv") ? "CSV" : "JSON", data, dryRun: true });
      expect(r.body.data?.importRecords, `${name}: ${JSON.stringify(r.body)}`).toMatchObject({ recordCount: 2, problems: [] });
    }
  });

  it("refuses what is not a batch, naming the argument; anonymous callers get 401", async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ kind: "nonsense", format: "JSON", data: "[]" }, "kind", /names no kind of record that can be imported \(one of: .*treatyAction/],
      [{ kind: "meeting", format: "CSV", data: "key\nx" }, "format", /not tabular/],
      [{ kind: "treatyAction", format: "JSON", data: "[{" }, "data", /not valid JSON/],
      [{ kind: "treatyAction", format: "JSON", data: "{}" }, "data", /must be a JSON array/],
      [{ kind: "treatyAction", format: "CSV", data: 'a,b\n"x' }, "data", /not valid CSV: Quote Not Closed/],
      [{ kind: "treatyAction", format: "JSON", data: "[]" }, "data", /holds no records/],
      [{ kind: "treatyAction", format: "JSON", data: JSON.stringify(Array(10_001).fill({})) }, "data", /holds 10001 records; one import takes at most 10000/],
    ];
    for (const [variables, argumentName, message] of cases) {
      const r = await run(admin, variables);
      expect(r.body.errors?.[0]?.extensions, JSON.stringify(variables).slice(0, 80)).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
      expect(r.body.errors[0].message).toMatch(message);
    }
    const anonymous = await send(hub.url, { query: IMPORT, variables: { kind: "treatyAction", format: "JSON", data: "[{}]" } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("lifts the string and body caps for the import's data only", async () => {
    // Other string arguments keep the 10,000-character cap, even in this mutation.
    const longKind = await run(admin, { kind: "k".repeat(10_001), format: "JSON", data: "[]" });
    expect(longKind.status).toBe(400);
    expect(longKind.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "kind" });
    // `data` may be longer (here 1.2 MB of JSON: refused for its content, not its size).
    const big = JSON.stringify(Array.from({ length: 6_000 }, (_, i) => ({ note: `${i}`.padEnd(190, ".") })));
    expect(big.length).toBeGreaterThan(1_100_000);
    const tooBig = await run(admin, { kind: "treatyAction", format: "JSON", data: big, dryRun: true });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.errors[0]).toMatchObject({ message: "The request body is too large (at most 1048576 bytes).", extensions: { code: "BAD_REQUEST" } });
    const announced = await run(admin, { kind: "treatyAction", format: "JSON", data: big, dryRun: true }, BULK);
    expect(announced.status).toBe(200);
    expect(announced.body.data.importRecords).toMatchObject({ recordCount: 6_000, applied: false });
    // The header buys nothing to any other operation: a large body is refused as before.
    const other = await send(hub.url, { query: `query($q: String) { __typename }`, variables: { q: big } }, { ...bearer(admin), ...BULK });
    expect(other.status).toBe(413);
    const mixed = await send(hub.url, { query: IMPORT.replace("importRecords(", "__typename a: importRecords("), variables: { kind: "treatyAction", format: "JSON", data: big } }, { ...bearer(admin), ...BULK });
    expect(mixed.status).toBe(413);
  }, 120_000);

  it("rolls everything back on a database fault at record 5,000 of 10,000, answering with a code only", async () => {
    if (postgres) {
      await hub.ds.query(`CREATE FUNCTION import_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.note = 'import fault 5000' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$`);
      await hub.ds.query(`CREATE TRIGGER import_fault BEFORE INSERT ON treaty_action FOR EACH ROW EXECUTE FUNCTION import_fault()`);
    } else {
      await hub.ds.query(`CREATE TRIGGER import_fault BEFORE INSERT ON treaty_action WHEN NEW.note = 'import fault 5000' BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    }
    const before = [await actions("import fault%"), await count(`SELECT COUNT(*) AS n FROM citation`), await changes()];
    try {
      const { records } = await treatyActionBatch(hub.ds, 10_000, "fault");
      const r = await run(admin, { kind: "treatyAction", format: "JSON", data: JSON.stringify(records) }, BULK);
      expect(r.body.data, JSON.stringify(r.body).slice(0, 500)).toBeNull();
      expect(r.body.errors).toHaveLength(1);
      expect(r.body.errors[0].extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", errorId: expect.any(String) });
      expect(r.body.errors[0].message).toMatch(/^Internal server error \(error id [\w-]+\)$/);
      expect(JSON.stringify(r.body)).not.toMatch(/boom|INSERT|treaty_action|stack/i);
      // Records 0 to 4,999 were written before the fault: none of them remains, nor their sources or log entries.
      expect([await actions("import fault%"), await count(`SELECT COUNT(*) AS n FROM citation`), await changes()]).toEqual(before);
    } finally {
      await hub.ds.query(`DROP TRIGGER import_fault${postgres ? " ON treaty_action" : ""}`);
      if (postgres) await hub.ds.query(`DROP FUNCTION import_fault()`);
    }
    const { records } = await treatyActionBatch(hub.ds, 1, "after");
    records[0].date = "2001-01-01";
    expect((await run(admin, { kind: "treatyAction", format: "JSON", data: JSON.stringify(records) })).body.data.importRecords.applied).toBe(true);
  }, 600_000);
});
