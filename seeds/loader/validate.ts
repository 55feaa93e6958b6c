import { Checker } from "./checker";
import type { SeedFiles } from "./read-seed-files";
import { buildStates, type StateSeedRow } from "./build-states";
import { OrganisationKind } from "../../entities/enums/organisation-kind.enum";
import { MembershipStatus } from "../../entities/enums/membership-status.enum";
import { RegionalGroupRole } from "../../entities/enums/regional-group-role.enum";
import { NetworkKind } from "../../entities/enums/network-kind.enum";
import { LeadershipRole } from "../../entities/enums/leadership-role.enum";
import { MeetingKind } from "../../entities/enums/meeting-kind.enum";
import { MeetingMode } from "../../entities/enums/meeting-mode.enum";
import { ParticipationRole } from "../../entities/enums/participation-role.enum";
import { ParticipationLevel } from "../../entities/enums/participation-level.enum";
import { ConfirmationStatus } from "../../entities/enums/confirmation-status.enum";
import { ObservationMetric } from "../../entities/enums/observation-metric.enum";
import { ObservationQualifier } from "../../entities/enums/observation-qualifier.enum";
import { DocumentKind } from "../../entities/enums/document-kind.enum";
import { AlignmentExtent } from "../../entities/enums/alignment-extent.enum";
import { CommitmentKind } from "../../entities/enums/commitment-kind.enum";
import { TreatyStage } from "../../entities/enums/treaty-stage.enum";
import { Crime } from "../../entities/enums/crime.enum";
import { CrimeScope } from "../../entities/enums/crime-scope.enum";
import { TreatyActionType } from "../../entities/enums/treaty-action-type.enum";
import { DeclarationKind } from "../../entities/enums/declaration-kind.enum";
import type { RecordChecker } from "./checker";
import { checkNames } from "./name-seeds";
import { validateAtrocitySeeds } from "./validate-atrocity";
import { checkCitationAddress, checkNestedProvenance, requireSources } from "./validate-provenance";
import { checkMeetingStatus } from "./meeting-status.check";

/**
 * Checks every record before anything is written: required fields, enum values, dates, and that
 * every reference resolves. Returns the problems (empty when the data is good) and the states.
 */
export function validateSeeds(files: SeedFiles): { problems: string[]; states: StateSeedRow[] } {
  const c = new Checker();
  // Keys first, so references can point forwards and across files.
  const keyed: [keyof SeedFiles, string, string][] = [
    ["citations", "citation", "key"], ["regional-groups", "regional group", "key"], ["organisations", "organisation", "key"],
    ["people", "person", "key"], ["networks", "network", "key"], ["meetings", "meeting", "key"],
    ["documents", "document", "key"], ["treaty-proposals", "treaty proposal", "key"],
  ];
  for (const [kind, name, field] of keyed) for (const loc of files[kind]) c.at(loc).unique(name, loc.record?.[field]);
  const states = buildStates(c, files["state-corrections"], files["un-admissions"]);

  const observations = (v: RecordChecker, list: any[], path: string) =>
    list.forEach((o, i) => {
      v.enumValue(o, "metric", ObservationMetric, undefined, `${path}[${i}].metric`);
      if (!Number.isInteger(o?.value)) v.fail(`${path}[${i}].value must be an integer`);
      v.enumValue(o, "qualifier", ObservationQualifier, ObservationQualifier.EXACT, `${path}[${i}].qualifier`);
      v.date(o?.asOf, `${path}[${i}].asOf`);
      v.sources({ sources: o?.source == null ? [] : [o.source] }, "sources");
    });

  for (const loc of files.citations) {
    const v = c.at(loc);
    checkCitationAddress(v, loc.record);
    v.str(loc.record, "publisher");
    v.date(loc.record?.publishedOn, "publishedOn");
  }
  for (const loc of files["regional-groups"]) {
    const v = c.at(loc);
    v.str(loc.record, "name");
    v.str(loc.record, "description");
    v.sources(loc.record);
  }
  for (const loc of files["regional-group-memberships"]) {
    const v = c.at(loc);
    v.ref("state", loc.record?.state, "state");
    if (loc.record?.group !== null) v.ref("regional group", loc.record?.group, "group");
    v.enumValue(loc.record, "role", RegionalGroupRole, RegionalGroupRole.MEMBER);
    v.period(loc.record);
    v.sources(loc.record);
  }
  for (const loc of files.organisations) {
    const v = c.at(loc);
    v.str(loc.record, "name");
    v.enumValue(loc.record, "kind", OrganisationKind);
    v.optRef("organisation", loc.record?.parent, "parent");
    v.optRef("state", loc.record?.headquartersCountry, "headquartersCountry");
    v.date(loc.record?.founded, "founded");
    checkNames(v, loc.record, true);
    v.sources(loc.record);
  }
  for (const loc of files["organisation-memberships"]) {
    const v = c.at(loc);
    v.ref("organisation", loc.record?.organisation, "organisation");
    v.actor(loc.record?.member, "member");
    v.enumValue(loc.record, "role", MembershipStatus, MembershipStatus.MEMBER);
    v.period(loc.record);
    v.sources(loc.record);
  }
  for (const loc of files.people) {
    const v = c.at(loc);
    v.str(loc.record, "name");
    v.sources(loc.record);
    v.list<any>(loc.record, "positions").forEach((p, i) => {
      v.str(p, "title", `positions[${i}].title`);
      if (p?.affiliation != null) v.actor(p.affiliation, `positions[${i}].affiliation`);
      v.period(p, `positions[${i}].`);
      v.sources(p);
    });
  }
  for (const loc of files.networks) {
    const v = c.at(loc);
    const r = loc.record;
    v.str(r, "name");
    v.str(r, "description");
    v.enumValue(r, "kind", NetworkKind);
    v.optRef("network", r?.parent, "parent");
    v.optRef("meeting", r?.launchMeeting, "launchMeeting");
    v.date(r?.launched, "launched");
    v.list<any>(r, "founders").forEach((f, i) => v.actor(f?.actor, `founders[${i}].actor`));
    v.list<any>(r, "memberships").forEach((m, i) => {
      v.actor(m?.actor, `memberships[${i}].actor`);
      v.enumValue(m, "status", MembershipStatus, MembershipStatus.MEMBER, `memberships[${i}].status`);
      v.optRef("person", m?.focalPoint, `memberships[${i}].focalPoint`);
      v.period(m, `memberships[${i}].`);
      v.sources(m);
    });
    v.list<any>(r, "leadership").forEach((t, i) => {
      v.enumValue(t, "role", LeadershipRole, undefined, `leadership[${i}].role`);
      v.period(t, `leadership[${i}].`);
      v.list<any>(t, "holders").forEach((h, j) => {
        v.actor(h?.actor, `leadership[${i}].holders[${j}].actor`);
        v.optRef("person", h?.person, `leadership[${i}].holders[${j}].person`);
        v.date(h?.start, `leadership[${i}].holders[${j}].start`);
      });
      v.sources(t);
    });
    observations(v, v.list(r, "observations"), "observations");
    v.sources(r);
  }
  const meetingStatus = new Map(files.meetings.map((loc) => [loc.record?.key, loc.record?.status ?? "HELD"]));
  for (const loc of files.meetings) {
    const v = c.at(loc);
    const r = loc.record;
    checkMeetingStatus(v, r, meetingStatus);
    v.str(r, "title");
    v.enumValue(r, "kind", MeetingKind);
    if (r?.start == null) v.fail("start is required");
    v.period(r);
    if (r?.mode != null) v.enumValue(r, "mode", MeetingMode);
    v.optRef("state", r?.country, "country");
    v.optRef("network", r?.network, "network");
    v.optRef("meeting", r?.parent, "parent");
    v.optRef("meeting", r?.followUpOf, "followUpOf");
    for (const t of ["startTime", "endTime"]) if (r?.[t] != null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(r[t])) v.fail(`${t} must be HH:MM`);
    v.list<any>(r, "participants").forEach((p, i) => {
      v.actor(p?.actor, `participants[${i}].actor`);
      v.enumValue(p, "role", ParticipationRole, undefined, `participants[${i}].role`);
      if (p?.level != null) v.enumValue(p, "level", ParticipationLevel, undefined, `participants[${i}].level`);
      v.enumValue(p, "status", ConfirmationStatus, ConfirmationStatus.CONFIRMED, `participants[${i}].status`);
      v.optRef("person", p?.person, `participants[${i}].person`);
      requireSources(v, p, `participants[${i}].sources`);
    });
    observations(v, v.list(r, "observations"), "observations");
    v.sources(r);
  }
  for (const loc of files.documents) {
    const v = c.at(loc);
    const r = loc.record;
    v.str(r, "title");
    v.enumValue(r, "kind", DocumentKind);
    v.date(r?.date, "date");
    v.optRef("meeting", r?.meeting, "meeting");
    if (r?.textFile != null && !/^seeds\/texts\/[\w.-]+\.txt$/.test(r.textFile)) v.fail("textFile must be a file under seeds/texts/");
    for (const role of ["authors", "signatories", "dissociations"]) v.list<string>(r, role).forEach((a, i) => v.actor(a, `${role}[${i}]`));
    if (r?.deliveredBy) {
      v.actor(r.deliveredBy.actor, "deliveredBy.actor");
      v.optRef("person", r.deliveredBy.person, "deliveredBy.person");
    }
    if (r?.onBehalfOf) {
      v.optRef("network", r.onBehalfOf.network, "onBehalfOf.network");
      if (r.onBehalfOf.actor != null && !/^org:/.test(r.onBehalfOf.actor)) v.fail("onBehalfOf.actor must be an organisation (org:…)");
      if (r.onBehalfOf.actor != null) v.actor(r.onBehalfOf.actor, "onBehalfOf.actor");
    }
    v.list<any>(r, "alignments").forEach((a, i) => {
      v.optRef("document", a?.document, `alignments[${i}].document`);
      if (a?.actor != null) v.actor(a.actor, `alignments[${i}].actor`);
      v.optRef("network", a?.network, `alignments[${i}].network`);
      v.str(a, "description", `alignments[${i}].description`);
      v.enumValue(a, "extent", AlignmentExtent, AlignmentExtent.FULL, `alignments[${i}].extent`);
    });
    v.list<any>(r, "commitments").forEach((m, i) => {
      v.enumValue(m, "kind", CommitmentKind, undefined, `commitments[${i}].kind`);
      v.str(m, "text", `commitments[${i}].text`);
      v.list<string>(m, "actors").forEach((a, j) => v.actor(a, `commitments[${i}].actors[${j}]`));
      v.optRef("treaty proposal", m?.treatyProposal, `commitments[${i}].treatyProposal`);
      v.optRef("meeting", m?.meeting, `commitments[${i}].meeting`);
      v.optRef("network", m?.network, `commitments[${i}].network`);
    });
    observations(v, v.list(r, "observations"), "observations");
    v.sources(r);
  }
  for (const loc of files["treaty-proposals"]) {
    const v = c.at(loc);
    const r = loc.record;
    v.str(r, "name");
    v.str(r, "description");
    v.optRef("network", r?.network, "network");
    if (r?.depositary != null) v.actor(r.depositary, "depositary");
    v.date(r?.signatureOpenFrom, "signatureOpenFrom");
    v.date(r?.signatureOpenUntil, "signatureOpenUntil");
    v.list<any>(r, "proponents").forEach((p, i) => { v.actor(p?.actor, `proponents[${i}].actor`); v.date(p?.start, `proponents[${i}].start`); });
    v.list<any>(r, "stages").forEach((s, i) => {
      v.enumValue(s, "stage", TreatyStage, undefined, `stages[${i}].stage`);
      v.period(s, `stages[${i}].`);
      v.optRef("meeting", s?.meeting, `stages[${i}].meeting`);
      v.sources(s);
    });
    v.list<any>(r, "crimes").forEach((x, i) => {
      v.enumValue(x, "crime", Crime, undefined, `crimes[${i}].crime`);
      v.enumValue(x, "scope", CrimeScope, undefined, `crimes[${i}].scope`);
    });
    v.list<any>(r, "actions").forEach((a, i) => {
      v.actor(a?.actor, `actions[${i}].actor`);
      v.enumValue(a, "type", TreatyActionType, undefined, `actions[${i}].type`);
      if (a?.date == null) v.fail(`actions[${i}].date is required`);
      v.date(a?.date, `actions[${i}].date`);
      if (a?.entryIntoForce != null && !/^\d{4}-\d{2}-\d{2}$/.test(a.entryIntoForce)) v.fail(`actions[${i}].entryIntoForce must be YYYY-MM-DD`);
      v.optRef("meeting", a?.meeting, `actions[${i}].meeting`);
      v.list<any>(a, "declarations").forEach((d, j) => v.enumValue(d, "kind", DeclarationKind, undefined, `actions[${i}].declarations[${j}].kind`));
      v.sources(a);
    });
    observations(v, v.list(r, "observations"), "observations");
    v.sources(r);
  }
  checkNestedProvenance(c, files);
  validateAtrocitySeeds(c, files);
  return { problems: c.problems, states };
}
