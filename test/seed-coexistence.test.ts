import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { In, MoreThan, type EntityTarget, type ObjectLiteral } from "typeorm";
import { startTestHub, type TestHub } from "./support/test-server";
import { issueKey } from "./support/partner-keys";
import { seedCopyWith } from "./support/seed-copy";
import { loadSeeds } from "../seeds/seed.loader";
import { Meeting } from "../entities/meeting.entity";
import { MeetingParticipation } from "../entities/meeting-participation.entity";
import { TreatyAction } from "../entities/treaty-action.entity";
import { TreatyDeclaration } from "../entities/treaty-declaration.entity";
import { TreatyProposal } from "../entities/treaty-proposal.entity";
import { Citation } from "../entities/citation.entity";
import { SourceLink } from "../entities/source-link.entity";
import { State } from "../entities/state.entity";
import { Change } from "../entities/change.entity";
import { Partner } from "../entities/partner.entity";
import { ParticipationRole } from "../entities/enums/participation-role.enum";
import { ConfirmationStatus } from "../entities/enums/confirmation-status.enum";
import { DeclarationKind } from "../entities/enums/declaration-kind.enum";
import { toGlobalId } from "../src/global-id";

/**
 * Seed data and partner data side by side (issue 10 §4): a seed re-run never updates, deletes or
 * re-points a row a partner maintains (one it created, or a seed row it edited, with their
 * participants and sources), while it keeps correcting and pruning the rows only the seed maintains.
 * Partner rows are written straight into the database, as the write API would leave them.
 */
let hub: TestHub;
let partnerId: number;
const PARTNER_MEETING = "partner-gh-2026-briefing";
const EDITED_MEETING = "r2p-ministerial-2010"; // a seed meeting the partner edited
const HAND_CHANGED = "r2p-ministerial-2011"; // a seed meeting changed by hand: the seed restores it
const PRUNED = "r2p-ministerial-2012"; // its last participant is removed from the seed copy
const ids = { partnerMeeting: 0, editedMeeting: 0, handChanged: 0, partnerAction: 0, editedAction: 0, partnerCitation: 0, pruned: 0 };
let seedTitle = ""; // HAND_CHANGED's title in the seed data

const repo = <T extends ObjectLiteral>(entity: EntityTarget<T>) => hub.ds.getRepository(entity);
const publication = (base: any, version = 1) => ({ ...base, partnerId, version });
const maxChangeId = async () => Number((await hub.ds.query(`SELECT MAX(id) AS n FROM "change"`))[0].n);

/** Every partner-maintained row, by table, sorted: what must come out of a seed run unchanged. */
async function partnerRows() {
  const meetings = [ids.partnerMeeting, ids.editedMeeting];
  const actions = [ids.partnerAction, ids.editedAction];
  const participations = await repo(MeetingParticipation).find({ where: { meetingId: In(meetings) }, order: { pk: "ASC" } });
  const declarations = await repo(TreatyDeclaration).find({ where: { actionId: In(actions) }, order: { pk: "ASC" } });
  const subjects: [string, number[]][] = [["Meeting", meetings], ["MeetingParticipation", participations.map((p) => p.pk)], ["TreatyAction", actions]];
  const links = (await Promise.all(subjects.map(([subjectType, pks]) => repo(SourceLink).find({ where: { subjectType, subjectId: In(pks) }, order: { pk: "ASC" } })))).flat();
  const cited = await repo(SourceLink).find({ where: { citationId: ids.partnerCitation }, order: { pk: "ASC" } });
  return {
    meetings: await repo(Meeting).find({ where: { pk: In(meetings) }, order: { pk: "ASC" } }),
    participations,
    actions: await repo(TreatyAction).find({ where: { pk: In(actions) }, order: { pk: "ASC" } }),
    declarations,
    citation: await repo(Citation).findOneByOrFail({ pk: ids.partnerCitation }),
    links: [...links, ...cited.filter((c) => !links.some((l) => l.pk === c.pk))],
  };
}

/** "Type:id" of every partner row, to find them in the change log. */
const partnerSubjects = (rows: Awaited<ReturnType<typeof partnerRows>>) =>
  new Set([
    ...rows.meetings.map((r) => `Meeting:${r.pk}`),
    ...rows.participations.map((r) => `MeetingParticipation:${r.pk}`),
    ...rows.actions.map((r) => `TreatyAction:${r.pk}`),
    ...rows.declarations.map((r) => `TreatyDeclaration:${r.pk}`),
    `Citation:${rows.citation.pk}`,
    ...rows.links.map((r) => `SourceLink:${r.pk}`),
  ]);

/** The seed copy of run (1): PRUNED's last participant removed; `edit` changes it further. */
const prunedCopy = (edit: (records: any[]) => void = () => {}) =>
  seedCopyWith("r2p/meetings.json", (records) => {
    records.find((r) => r.key === PRUNED).participants.pop();
    edit(records);
  });

beforeAll(async () => {
  hub = await startTestHub();
  await issueKey(hub, { partner: "state:GH", role: "CONTRIBUTOR", scope: "state:GH" });
  const ghana = (await repo(State).findOneByOrFail({ alpha3: "GHA" })).pk;
  partnerId = (await repo(Partner).findOneByOrFail({ actor: { stateId: ghana } })).pk;
  const gh = { stateId: ghana, organisationId: null };

  // A partner's own citation, meeting (two participants, sources on both) and treaty action (with a declaration).
  const seedCitation = await repo(Citation).findOneByOrFail({ key: "r2p-gcr2p-focal-points-page" });
  const { pk: _c, ...citation } = seedCitation;
  ids.partnerCitation = (await repo(Citation).insert({ ...citation, key: `partner-${partnerId}-c0ffee`, url: "https://example.org/briefing", publication: publication(citation.publication) })).identifiers[0].pk;
  const { pk: _m, ...meeting } = await repo(Meeting).findOneByOrFail({ key: "r2p-fp-2013-accra" });
  ids.partnerMeeting = (await repo(Meeting).insert({ ...meeting, key: PARTNER_MEETING, title: "Partner briefing on focal points", series: null, ordinal: null, parentId: null, followUpOfId: null, realisedAsId: null, publication: publication(meeting.publication) })).identifiers[0].pk;
  const participant = { meetingId: ids.partnerMeeting, actor: gh, level: null, status: ConfirmationStatus.CONFIRMED, personId: null, title: null, note: "From the partner." };
  const hostPk = (await repo(MeetingParticipation).insert({ ...participant, role: ParticipationRole.HOST, position: 0 })).identifiers[0].pk;
  await repo(MeetingParticipation).insert({ ...participant, role: ParticipationRole.SPEAKER, position: 1 });
  await repo(SourceLink).insert([
    { subjectType: "Meeting", subjectId: ids.partnerMeeting, citationId: ids.partnerCitation, quote: "A briefing.", note: null },
    { subjectType: "MeetingParticipation", subjectId: hostPk, citationId: seedCitation.pk, quote: "Ghana hosted.", note: null },
  ]);
  const treaty = await repo(TreatyProposal).findOneByOrFail({ slug: "ljubljana-the-hague-convention" });
  const seedActions = await repo(TreatyAction).find({ where: { treatyProposalId: treaty.pk }, order: { pk: "ASC" } });
  const { pk: _a, ...action } = seedActions[1];
  ids.partnerAction = (await repo(TreatyAction).insert({ ...action, actor: gh, note: "Signed, says the partner.", publication: publication(action.publication) })).identifiers[0].pk;
  await repo(TreatyDeclaration).insert({ actionId: ids.partnerAction, kind: DeclarationKind.DECLARATION, article: "Art. 8", text: "A partner's declaration." });
  await repo(SourceLink).insert({ subjectType: "TreatyAction", subjectId: ids.partnerAction, citationId: ids.partnerCitation, quote: null, note: null });

  // Seed rows a partner edited: the write code sets pub_partner_id (and bumps the version) on edit.
  const edited = await repo(Meeting).findOneByOrFail({ key: EDITED_MEETING });
  ids.editedMeeting = edited.pk;
  await repo(Meeting).update(edited.pk, { title: "Ministerial meeting (partner's title)", publication: publication(edited.publication, 2) });
  ids.editedAction = seedActions[0].pk;
  await repo(TreatyAction).update(ids.editedAction, { note: "Corrected by the partner.", publication: publication(seedActions[0].publication, 2) });

  // A seed-maintained row changed by hand (no partner): the seed puts it back.
  const hand = await repo(Meeting).findOneByOrFail({ key: HAND_CHANGED });
  ids.handChanged = hand.pk;
  seedTitle = hand.title;
  await repo(Meeting).update(hand.pk, { title: "Changed by hand" });
  const pruned = await repo(MeetingParticipation).find({ where: { meetingId: (await repo(Meeting).findOneByOrFail({ key: PRUNED })).pk }, order: { position: "DESC" } });
  ids.pruned = pruned[0].pk;
});
afterAll(async () => {
  await hub?.close();
});

describe("seed data and partner data", () => {
  let before: Awaited<ReturnType<typeof partnerRows>>;
  let firstSkipped = 0;

  it("(1) a re-run leaves partner rows as they were, ids and values, and still syncs seed rows", async () => {
    before = await partnerRows();
    expect(before.participations.length).toBe(5); // 2 of the partner's meeting, 3 of the edited seed meeting
    const fromChange = await maxChangeId();
    const stats = await loadSeeds(hub.ds, prunedCopy());
    console.log(`seed re-run (1) on ${hub.ds.options.type}: ${JSON.stringify(stats)}`);
    firstSkipped = stats.skipped;
    expect(stats.inserted).toBe(0); // the partner-edited treaty action is recognised, not inserted again
    expect(stats.updated).toBe(1); // the hand-changed title
    expect(stats.deleted).toBeGreaterThanOrEqual(1); // the pruned participant (and its source links)
    expect(stats.skipped).toBeGreaterThan(0);
    expect(await partnerRows()).toEqual(before);
    expect((await repo(Meeting).findOneByOrFail({ key: HAND_CHANGED })).title).toBe(seedTitle);
    expect(await repo(MeetingParticipation).findOneBy({ pk: ids.pruned })).toBeNull();

    // (3) What the run recorded: SEED changes for the seed rows it fixed and pruned, none for partner rows.
    const changes = await repo(Change).find({ where: { pk: MoreThan(fromChange) }, order: { pk: "ASC" } });
    expect(changes.every((c) => c.actorKind === "SEED")).toBe(true);
    const subjects = partnerSubjects(before);
    expect(changes.filter((c) => subjects.has(`${c.subjectType}:${c.subjectId}`))).toEqual([]);
    expect(changes).toContainEqual(expect.objectContaining({ subjectType: "Meeting", subjectId: ids.handChanged, action: "UPDATED" }));
    expect(changes).toContainEqual(expect.objectContaining({ subjectType: "MeetingParticipation", subjectId: ids.pruned, action: "DELETED" }));
    expect(changes.length).toBe(stats.updated + stats.deleted);
  });

  it("(1) readers see the partner's versions through the API", async () => {
    const r = await hub.gql(`query($a: ID!, $b: ID!) { a: meeting(id: $a) { key title participants { role } } b: meeting(id: $b) { title participants { role } } }`, {
      a: toGlobalId("Meeting", ids.partnerMeeting),
      b: toGlobalId("Meeting", ids.editedMeeting),
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.a).toEqual({ key: PARTNER_MEETING, title: "Partner briefing on focal points", participants: [{ role: "HOST" }, { role: "SPEAKER" }] });
    expect(r.data.b.title).toBe("Ministerial meeting (partner's title)");
    expect(r.data.b.participants).toHaveLength(3);
    expect(r.statements).toBe(2); // both meetings in one statement, all their participants in one
  });

  it("(4) a second re-run with the same data records nothing and skips the same rows", async () => {
    const fromChange = await maxChangeId();
    const stats = await loadSeeds(hub.ds, prunedCopy());
    console.log(`seed re-run (4) on ${hub.ds.options.type}: ${JSON.stringify(stats)}`);
    expect(stats).toEqual({ inserted: 0, updated: 0, deleted: 0, skipped: firstSkipped });
    expect(await maxChangeId()).toBe(fromChange);
    expect(await partnerRows()).toEqual(before);
  });

  it("(2) seed data that changes the partner-edited meeting, or reuses a partner's key, leaves the partner's rows", async () => {
    const fromChange = await maxChangeId();
    const dir = prunedCopy((records) => {
      records.find((r) => r.key === EDITED_MEETING).title = "Ministerial meeting (seed's new title)";
      // A new seed meeting whose key a partner already uses: skipped, with its participants and sources.
      const clash = structuredClone(records.find((r) => r.key === "r2p-fp-2012-preparatory-workshop"));
      records.push({ ...clash, key: PARTNER_MEETING, title: "The seed's meeting of that key", series: undefined, ordinal: undefined });
    });
    const stats = await loadSeeds(hub.ds, dir);
    console.log(`seed run (2) on ${hub.ds.options.type}: ${JSON.stringify(stats)}`);
    expect(stats).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
    expect(stats.skipped).toBeGreaterThan(firstSkipped);
    expect(await maxChangeId()).toBe(fromChange);
    expect(await partnerRows()).toEqual(before);
    expect((await repo(Meeting).findOneByOrFail({ key: EDITED_MEETING })).title).toBe("Ministerial meeting (partner's title)");
  });

  it("a seed row that partner rows point at is kept when the seed data drops it", async () => {
    const dropped = await repo(Meeting).findOneByOrFail({ key: "mla-asp17-side-event-2018" }); // nothing in the seed data refers to it
    await repo(Meeting).update(ids.partnerMeeting, { parentId: dropped.pk }); // the partner's meeting was a session of it
    const fromChange = await maxChangeId();
    const stats = await loadSeeds(hub.ds, seedCopyWith("mla/meetings.json", (records) => records.splice(records.findIndex((r) => r.key === dropped.key), 1)));
    console.log(`seed run (drop) on ${hub.ds.options.type}: ${JSON.stringify(stats)}`);
    expect(await repo(Meeting).findOneBy({ pk: dropped.pk })).not.toBeNull();
    expect((await repo(Meeting).findOneByOrFail({ pk: ids.partnerMeeting })).parentId).toBe(dropped.pk);
    const changes = await repo(Change).find({ where: { pk: MoreThan(fromChange) } });
    expect(changes.filter((c) => c.subjectType === "Meeting")).toEqual([]);
    expect(changes.every((c) => c.actorKind === "SEED")).toBe(true);
    expect(stats.skipped).toBe(firstSkipped + 1);
  });
});
