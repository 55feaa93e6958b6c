import fs from "node:fs";
import path from "node:path";
import type { EntityManager } from "typeorm";
import { parsePartialDate as d } from "./partial-date";
import { upsertByKey, syncRows, setLinks, type SyncStats } from "./sync";
import type { SeedFiles } from "./read-seed-files";
import type { StateSeedRow } from "./build-states";
import { Citation } from "../../entities/citation.entity";
import { State } from "../../entities/state.entity";
import { RegionalGroup } from "../../entities/regional-group.entity";
import { RegionalGroupMembership } from "../../entities/regional-group-membership.entity";
import { Organisation } from "../../entities/organisation.entity";
import { OrganisationMembership } from "../../entities/organisation-membership.entity";
import { Person } from "../../entities/person.entity";
import { Position } from "../../entities/position.entity";
import { Network } from "../../entities/network.entity";
import { NetworkFounder } from "../../entities/network-founder.entity";
import { NetworkMembership } from "../../entities/network-membership.entity";
import { LeadershipTerm } from "../../entities/leadership-term.entity";
import { LeadershipHolder } from "../../entities/leadership-holder.entity";
import { Meeting } from "../../entities/meeting.entity";
import { MeetingParticipation } from "../../entities/meeting-participation.entity";
import { Document } from "../../entities/document.entity";
import { DocumentActor } from "../../entities/document-actor.entity";
import { DocumentAlignment } from "../../entities/document-alignment.entity";
import { DocumentCommitment } from "../../entities/document-commitment.entity";
import { CommitmentActor } from "../../entities/commitment-actor.entity";
import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import { TreatyProponent } from "../../entities/treaty-proponent.entity";
import { TreatyMilestone } from "../../entities/treaty-milestone.entity";
import { TreatyCrime } from "../../entities/treaty-crime.entity";
import { TreatyAction } from "../../entities/treaty-action.entity";
import { TreatyDeclaration } from "../../entities/treaty-declaration.entity";
import { Observation } from "../../entities/observation.entity";
import { SourceLink } from "../../entities/source-link.entity";
import { RegionalGroupRole } from "../../entities/enums/regional-group-role.enum";
import { MembershipStatus } from "../../entities/enums/membership-status.enum";
import { ConfirmationStatus } from "../../entities/enums/confirmation-status.enum";
import { ObservationQualifier } from "../../entities/enums/observation-qualifier.enum";
import { AlignmentExtent } from "../../entities/enums/alignment-extent.enum";
import { DocumentActorRole } from "../../entities/enums/document-actor-role.enum";

type Src = string | { citation: string; quote?: string | null; note?: string | null };

/** Writes validated seed data. Every step is a sync, so running it twice changes nothing. */
export async function writeSeeds(m: EntityManager, files: SeedFiles, states: StateSeedRow[], projectRoot: string, stats: SyncStats): Promise<void> {
  const links: { type: string; pk: number; sources: Src[] }[] = [];
  const observations: { type: string; pk: number; list: any[] }[] = [];
  const cite = (type: string, pk: number, sources: Src[] | undefined) => sources?.length && links.push({ type, pk, sources });
  const observe = (type: string, pk: number, list: any[] | undefined) => list?.length && observations.push({ type, pk, list });
  const all = <T = any>(kind: keyof SeedFiles): T[] => files[kind].map((l) => l.record);

  const citationIds = await upsertByKey(m, Citation, "key", all("citations").map((c) => ({
    key: c.key, url: c.url, publisher: c.publisher, title: c.title ?? null, publishedAt: d(c.publishedOn), mirrorOf: c.mirrorOf ?? null,
  })), stats);

  const stateIds = await upsertByKey(m, State, "alpha3", states.map((s) => ({
    name: s.name, officialName: s.officialName, alpha2: s.alpha2, alpha3: s.alpha3, numericCode: s.numericCode,
    codesUserAssigned: s.codesUserAssigned, aliases: s.aliases, unStatus: s.unStatus, unAdmittedOn: s.unAdmittedOn, region: s.region, subregion: s.subregion,
  })), stats);
  for (const s of states) stateIds.set(s.alpha2, stateIds.get(s.alpha3)!);
  for (const s of states) cite("State", stateIds.get(s.alpha3)!, s.sources);

  const groupIds = await upsertByKey(m, RegionalGroup, "key", all("regional-groups").map((g) => ({
    key: g.key, name: g.name, acronym: g.acronym ?? null, aliases: g.aliases ?? [], description: g.description,
  })), stats);
  for (const g of all("regional-groups")) cite("RegionalGroup", groupIds.get(g.key)!, g.sources);

  const orgRecords = all("organisations");
  const orgIds = await upsertByKey(m, Organisation, "key", orgRecords.map((o) => ({
    key: o.key, name: o.name, acronym: o.acronym ?? null, kind: o.kind, aliases: o.aliases ?? [], headquarters: o.headquarters ?? null,
    url: o.url ?? null, foundedAt: d(o.founded), description: o.description ?? null,
  })), stats);
  // Parents and countries point across the list, so they are set once every row has its id.
  await setLinks(m, Organisation, stats, orgRecords.map((o) => [orgIds.get(o.key)!, {
    parentId: o.parent ? orgIds.get(o.parent)! : null, headquartersCountryId: o.headquartersCountry ? stateIds.get(o.headquartersCountry)! : null,
  }]));
  for (const o of orgRecords) cite("Organisation", orgIds.get(o.key)!, o.sources);
  const actor = (ref: string) => {
    const [kind, key] = [ref.slice(0, ref.indexOf(":")), ref.slice(ref.indexOf(":") + 1)];
    return kind === "state" ? { stateId: stateIds.get(key.toUpperCase())!, organisationId: null } : { stateId: null, organisationId: orgIds.get(key)! };
  };
  const noActor = { stateId: null, organisationId: null };

  // Regional groups: world-countries' group as MEMBER, replaced or extended by the documented records.
  const overrides = all("regional-group-memberships");
  const rgm: { row: Record<string, unknown>; sources: Src[] }[] = [];
  for (const s of states) {
    if (!s.derivedGroup || overrides.some((o) => (o.state === s.alpha3 && (o.group === s.derivedGroup || o.group === null)))) continue;
    rgm.push({ row: { stateId: stateIds.get(s.alpha3)!, groupId: groupIds.get(s.derivedGroup)!, role: RegionalGroupRole.MEMBER, startAt: d(null), endAt: d(null), note: null }, sources: ["geo-world-countries"] });
  }
  for (const o of overrides.filter((o) => o.group !== null)) {
    rgm.push({ row: { stateId: stateIds.get(o.state)!, groupId: groupIds.get(o.group)!, role: o.role ?? RegionalGroupRole.MEMBER, startAt: d(o.start), endAt: d(o.end), note: o.note ?? null }, sources: o.sources });
  }
  (await syncRows(m, RegionalGroupMembership, rgm.map((r) => r.row), stats)).forEach((pk, i) => cite("RegionalGroupMembership", pk, rgm[i].sources));

  const oms = all("organisation-memberships");
  (await syncRows(m, OrganisationMembership, oms.map((o) => ({
    parentOrganisationId: orgIds.get(o.organisation)!, member: actor(o.member), status: o.role ?? MembershipStatus.MEMBER,
    startAt: d(o.start), endAt: d(o.end), note: o.note ?? null,
  })), stats)).forEach((pk, i) => cite("OrganisationMembership", pk, oms[i].sources));

  const people = all("people");
  const personIds = await upsertByKey(m, Person, "key", people.map((p) => ({ key: p.key, name: p.name, honorific: p.honorific ?? null, aliases: p.aliases ?? [] })), stats);
  const positions = people.flatMap((p) => (p.positions ?? []).map((x: any) => ({ p, x })));
  (await syncRows(m, Position, positions.map(({ p, x }) => ({
    personId: personIds.get(p.key)!, title: x.title, affiliation: x.affiliation ? actor(x.affiliation) : noActor, startAt: d(x.start), endAt: d(x.end),
  })), stats)).forEach((pk, i) => cite("Position", pk, positions[i].x.sources));
  for (const p of people) cite("Person", personIds.get(p.key)!, p.sources);

  const nets = all("networks");
  const networkIds = await upsertByKey(m, Network, "slug", nets.map((n) => ({
    slug: n.key, name: n.name, shortName: n.shortName ?? null, acronym: n.acronym ?? null, kind: n.kind, focus: n.focus ?? null,
    description: n.description, aliases: n.aliases ?? [], url: n.url ?? null, launchedAt: d(n.launched),
  })), stats);

  const meetings = all("meetings");
  const meetingIds = await upsertByKey(m, Meeting, "key", meetings.map((x) => ({
    key: x.key, title: x.title, kind: x.kind, series: x.series ?? null, ordinal: x.ordinal ?? null, startAt: d(x.start), endAt: d(x.end),
    startTime: x.startTime ?? null, endTime: x.endTime ?? null, city: x.city ?? null, countryId: x.country ? stateIds.get(x.country)! : null,
    venue: x.venue ?? null, mode: x.mode ?? null, ungaSession: x.ungaSession ?? null, networkId: x.network ? networkIds.get(x.network)! : null,
    theme: x.theme ?? null, description: x.description ?? null,
  })), stats);
  await setLinks(m, Meeting, stats, meetings.map((x) => [meetingIds.get(x.key)!, {
    parentId: x.parent ? meetingIds.get(x.parent)! : null, followUpOfId: x.followUpOf ? meetingIds.get(x.followUpOf)! : null,
  }]));
  for (const x of meetings) {
    cite("Meeting", meetingIds.get(x.key)!, x.sources);
    observe("Meeting", meetingIds.get(x.key)!, x.observations);
  }
  await setLinks(m, Network, stats, nets.map((n) => [networkIds.get(n.key)!, {
    parentId: n.parent ? networkIds.get(n.parent)! : null, launchMeetingId: n.launchMeeting ? meetingIds.get(n.launchMeeting)! : null,
  }]));
  for (const n of nets) {
    cite("Network", networkIds.get(n.key)!, n.sources);
    observe("Network", networkIds.get(n.key)!, n.observations);
  }
  const participations = meetings.flatMap((x) => (x.participants ?? []).map((p: any, i: number) => ({ x, p, i })));
  (await syncRows(m, MeetingParticipation, participations.map(({ x, p, i }) => ({
    meetingId: meetingIds.get(x.key)!, actor: actor(p.actor), role: p.role, level: p.level ?? null, status: p.status ?? ConfirmationStatus.CONFIRMED,
    personId: p.person ? personIds.get(p.person)! : null, title: p.title ?? null, position: i, note: p.note ?? null,
  })), stats)).forEach((pk, i) => cite("MeetingParticipation", pk, participations[i].p.sources));

  const founders = nets.flatMap((n) => (n.founders ?? []).map((f: any) => ({ n, f })));
  await syncRows(m, NetworkFounder, founders.map(({ n, f }) => ({ networkId: networkIds.get(n.key)!, actor: actor(f.actor), note: f.note ?? null })), stats, { returnIds: false });
  const memberships = nets.flatMap((n) => (n.memberships ?? []).map((x: any) => ({ n, x })));
  (await syncRows(m, NetworkMembership, memberships.map(({ n, x }) => ({
    networkId: networkIds.get(n.key)!, member: actor(x.actor), status: x.status ?? MembershipStatus.MEMBER, startAt: d(x.start), endAt: d(x.end),
    focalPointId: x.focalPoint ? personIds.get(x.focalPoint)! : null, focalPointOffice: x.focalPointOffice ?? null, note: x.note ?? null,
  })), stats)).forEach((pk, i) => cite("NetworkMembership", pk, memberships[i].x.sources));
  const terms = nets.flatMap((n) => (n.leadership ?? []).map((t: any) => ({ n, t })));
  const termIds = await syncRows(m, LeadershipTerm, terms.map(({ n, t }) => ({
    networkId: networkIds.get(n.key)!, role: t.role, label: t.label ?? null, startAt: d(t.start), endAt: d(t.end), note: t.note ?? null,
  })), stats);
  termIds.forEach((pk, i) => cite("LeadershipTerm", pk, terms[i].t.sources));
  await syncRows(m, LeadershipHolder, terms.flatMap(({ t }, i) => (t.holders ?? []).map((h: any, j: number) => ({
    termId: termIds[i], actor: actor(h.actor), personId: h.person ? personIds.get(h.person)! : null, joinedAt: d(h.start), position: j, note: h.note ?? null,
  }))), stats, { returnIds: false });

  const treaties = all("treaty-proposals");
  const treatyIds = await upsertByKey(m, TreatyProposal, "slug", treaties.map((t) => ({
    slug: t.key, name: t.name, shortName: t.shortName ?? null, aliases: t.aliases ?? [], description: t.description,
    networkId: t.network ? networkIds.get(t.network)! : null, depositary: t.depositary ? actor(t.depositary) : noActor,
    depositaryUrl: t.depositaryUrl ?? null, adoptionMode: t.adoptionMode ?? null, entryIntoForceRule: t.entryIntoForceRule ?? null,
    signatureOpenAt: d(t.signatureOpenFrom), signatureUntilAt: d(t.signatureOpenUntil), signaturePlace: t.signaturePlace ?? null,
  })), stats);

  const docs = all("documents");
  const text = (file: string | undefined, inline: string | undefined) => inline ?? (file ? fs.readFileSync(path.join(projectRoot, file), "utf8") : null);
  const documentIds = await upsertByKey(m, Document, "key", docs.map((x) => ({
    key: x.key, title: x.title, kind: x.kind, dateAt: d(x.date), meetingId: x.meeting ? meetingIds.get(x.meeting)! : null, language: x.language ?? "en",
    text: text(x.textFile, x.text), summary: x.summary ?? null, unSymbols: x.unSymbols ?? [], urls: x.urls ?? [],
    deliveredBy: x.deliveredBy ? actor(x.deliveredBy.actor) : noActor, deliveredByPersonId: x.deliveredBy?.person ? personIds.get(x.deliveredBy.person)! : null,
    onBehalfOfNetworkId: x.onBehalfOf?.network ? networkIds.get(x.onBehalfOf.network)! : null,
    onBehalfOfOrganisationId: x.onBehalfOf?.actor ? actor(x.onBehalfOf.actor).organisationId : null,
    onBehalfOfMemberCount: x.onBehalfOf?.memberCount ?? null, onBehalfOfNote: x.onBehalfOf?.note ?? null,
  })), stats);
  for (const x of docs) {
    cite("Document", documentIds.get(x.key)!, x.sources);
    observe("Document", documentIds.get(x.key)!, x.observations);
  }
  const roles: [string, DocumentActorRole][] = [["authors", DocumentActorRole.AUTHOR], ["signatories", DocumentActorRole.SIGNATORY], ["dissociations", DocumentActorRole.DISSOCIATION]];
  await syncRows(m, DocumentActor, docs.flatMap((x) => roles.flatMap(([field, role]) => (x[field] ?? []).map((a: string, i: number) => ({
    documentId: documentIds.get(x.key)!, actor: actor(a), role, position: i,
  })))), stats, { returnIds: false });
  await syncRows(m, DocumentAlignment, docs.flatMap((x) => (x.alignments ?? []).map((a: any) => ({
    documentId: documentIds.get(x.key)!, alignedWithId: a.document ? documentIds.get(a.document)! : null, speaker: a.actor ? actor(a.actor) : noActor,
    speakerNetworkId: a.network ? networkIds.get(a.network)! : null, description: a.description, extent: a.extent ?? AlignmentExtent.FULL,
  }))), stats, { returnIds: false });
  const commitments = docs.flatMap((x) => (x.commitments ?? []).map((c: any, i: number) => ({ x, c, i })));
  const commitmentIds = await syncRows(m, DocumentCommitment, commitments.map(({ x, c, i }) => ({
    documentId: documentIds.get(x.key)!, kind: c.kind, text: c.text, position: i,
    treatyProposalId: c.treatyProposal ? treatyIds.get(c.treatyProposal)! : null, meetingId: c.meeting ? meetingIds.get(c.meeting)! : null,
    networkId: c.network ? networkIds.get(c.network)! : null,
  })), stats);
  await syncRows(m, CommitmentActor, commitments.flatMap(({ c }, i) => (c.actors ?? []).map((a: string, j: number) => ({ commitmentId: commitmentIds[i], actor: actor(a), position: j }))), stats, { returnIds: false });

  for (const t of treaties) {
    cite("TreatyProposal", treatyIds.get(t.key)!, t.sources);
    observe("TreatyProposal", treatyIds.get(t.key)!, t.observations);
  }
  await syncRows(m, TreatyProponent, treaties.flatMap((t) => (t.proponents ?? []).map((p: any, i: number) => ({
    treatyProposalId: treatyIds.get(t.key)!, actor: actor(p.actor), joinedAt: d(p.start), position: i + 1, note: p.note ?? null,
  }))), stats, { returnIds: false });
  const stages = treaties.flatMap((t) => (t.stages ?? []).map((s: any) => ({ t, s })));
  (await syncRows(m, TreatyMilestone, stages.map(({ t, s }) => ({
    treatyProposalId: treatyIds.get(t.key)!, stage: s.stage, startAt: d(s.start), endAt: d(s.end), meetingId: s.meeting ? meetingIds.get(s.meeting)! : null, note: s.note ?? null,
  })), stats)).forEach((pk, i) => cite("TreatyMilestone", pk, stages[i].s.sources));
  await syncRows(m, TreatyCrime, treaties.flatMap((t) => (t.crimes ?? []).map((x: any) => ({
    treatyProposalId: treatyIds.get(t.key)!, crime: x.crime, scope: x.scope, annex: x.annex ?? null, article: x.article ?? null, note: x.note ?? null,
  }))), stats, { returnIds: false });
  const actions = treaties.flatMap((t) => (t.actions ?? []).map((a: any) => ({ t, a })));
  const actionIds = await syncRows(m, TreatyAction, actions.map(({ t, a }) => ({
    treatyProposalId: treatyIds.get(t.key)!, actor: actor(a.actor), type: a.type, dateAt: d(a.date), entryIntoForce: a.entryIntoForce ?? null,
    meetingId: a.meeting ? meetingIds.get(a.meeting)! : null, note: a.note ?? null,
  })), stats);
  actionIds.forEach((pk, i) => cite("TreatyAction", pk, actions[i].a.sources));
  await syncRows(m, TreatyDeclaration, actions.flatMap(({ a }, i) => (a.declarations ?? []).map((x: any) => ({
    actionId: actionIds[i], kind: x.kind, article: x.article ?? null, text: x.text ?? null,
  }))), stats, { returnIds: false });

  await syncRows(m, Observation, observations.flatMap(({ type, pk, list }) => list.map((o) => {
    const src = typeof o.source === "string" ? { citation: o.source } : o.source;
    return {
      subjectType: type, subjectId: pk, metric: o.metric, value: o.value, qualifier: o.qualifier ?? ObservationQualifier.EXACT, asOfAt: d(o.asOf),
      text: o.text ?? src.quote ?? null, note: o.note ?? src.note ?? null, citationId: citationIds.get(src.citation)!,
    };
  })), stats, { returnIds: false });
  await syncRows(m, SourceLink, links.flatMap(({ type, pk, sources }) => sources.map((s) => {
    const src = typeof s === "string" ? { citation: s } : s;
    return { subjectType: type, subjectId: pk, citationId: citationIds.get(src.citation)!, quote: src.quote ?? null, note: src.note ?? null };
  })), stats, { returnIds: false });
}
