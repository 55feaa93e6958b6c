import { parsePartialDate as d } from "./partial-date";
import { upsertByKey, syncRows, setLinks } from "./sync";
import { Network } from "../../entities/network.entity";
import { NetworkFounder } from "../../entities/network-founder.entity";
import { NetworkMembership } from "../../entities/network-membership.entity";
import { LeadershipTerm } from "../../entities/leadership-term.entity";
import { LeadershipHolder } from "../../entities/leadership-holder.entity";
import { Meeting } from "../../entities/meeting.entity";
import { MeetingParticipation } from "../../entities/meeting-participation.entity";
import { MembershipStatus } from "../../entities/enums/membership-status.enum";
import { ConfirmationStatus } from "../../entities/enums/confirmation-status.enum";
import { MeetingStatus } from "../../entities/enums/meeting-status.enum";
import type { SeedWriter } from "./seed-writer";
import { inheritedSources } from "./derived-sources";

/** Networks, meetings, participations, founders, memberships and leadership terms. */
export async function writeNetworksAndMeetings(w: SeedWriter): Promise<void> {
  const { m, stats, all, cite, observe, actor, ids } = w;
  const nets = all("networks");
  const networkIds = (w.ids.network = await upsertByKey(m, Network, "slug", nets.map((n) => ({
    slug: n.key, name: n.name, shortName: n.shortName ?? null, acronym: n.acronym ?? null, kind: n.kind, focus: n.focus ?? null,
    description: n.description, aliases: n.aliases ?? [], url: n.url ?? null, launchedAt: d(n.launched),
  })), stats));

  const meetings = all("meetings");
  const meetingIds = (w.ids.meeting = await upsertByKey(m, Meeting, "key", meetings.map((x) => ({
    key: x.key, title: x.title, kind: x.kind, series: x.series ?? null, ordinal: x.ordinal ?? null, startAt: d(x.start), endAt: d(x.end),
    startTime: x.startTime ?? null, endTime: x.endTime ?? null, city: x.city ?? null, countryId: x.country ? ids.state.get(x.country)! : null,
    venue: x.venue ?? null, mode: x.mode ?? null, ungaSession: x.ungaSession ?? null, networkId: x.network ? networkIds.get(x.network)! : null,
    theme: x.theme ?? null, description: x.description ?? null, status: x.status ?? MeetingStatus.HELD,
  })), stats));
  await setLinks(m, Meeting, stats, meetings.map((x) => [meetingIds.get(x.key)!, {
    parentId: x.parent ? meetingIds.get(x.parent)! : null, followUpOfId: x.followUpOf ? meetingIds.get(x.followUpOf)! : null,
    realisedAsId: x.realisedAs ? meetingIds.get(x.realisedAs)! : null,
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
    personId: p.person ? ids.person.get(p.person)! : null, title: p.title ?? null, position: i, note: p.note ?? null,
  })), stats)).forEach((pk, i) => cite("MeetingParticipation", pk, participations[i].p.sources));

  const founders = nets.flatMap((n) => (n.founders ?? []).map((f: any) => ({ n, f })));
  (await syncRows(m, NetworkFounder, founders.map(({ n, f }) => ({ networkId: networkIds.get(n.key)!, actor: actor(f.actor), note: f.note ?? null })), stats))
    .forEach((pk, i) => cite("NetworkFounder", pk, inheritedSources(founders[i].f.sources, founders[i].n.sources, "network")));
  const memberships = nets.flatMap((n) => (n.memberships ?? []).map((x: any) => ({ n, x })));
  (await syncRows(m, NetworkMembership, memberships.map(({ n, x }) => ({
    networkId: networkIds.get(n.key)!, member: actor(x.actor), status: x.status ?? MembershipStatus.MEMBER, startAt: d(x.start), endAt: d(x.end),
    focalPointId: x.focalPoint ? ids.person.get(x.focalPoint)! : null, focalPointOffice: x.focalPointOffice ?? null, note: x.note ?? null,
  })), stats)).forEach((pk, i) => cite("NetworkMembership", pk, memberships[i].x.sources));
  const terms = nets.flatMap((n) => (n.leadership ?? []).map((t: any) => ({ n, t })));
  const termIds = await syncRows(m, LeadershipTerm, terms.map(({ n, t }) => ({
    networkId: networkIds.get(n.key)!, role: t.role, label: t.label ?? null, startAt: d(t.start), endAt: d(t.end), note: t.note ?? null,
  })), stats);
  termIds.forEach((pk, i) => cite("LeadershipTerm", pk, terms[i].t.sources));
  const holders = terms.flatMap(({ t }, i) => (t.holders ?? []).map((h: any, j: number) => ({ t, h, i, j })));
  (await syncRows(m, LeadershipHolder, holders.map(({ h, i, j }) => ({
    termId: termIds[i], actor: actor(h.actor), personId: h.person ? ids.person.get(h.person)! : null, joinedAt: d(h.start), position: j, note: h.note ?? null,
  })), stats)).forEach((pk, k) => cite("LeadershipHolder", pk, inheritedSources(holders[k].h.sources, holders[k].t.sources, "leadership term")));
}
