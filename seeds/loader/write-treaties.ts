import { parsePartialDate as d } from "./partial-date";
import { upsertByKey, syncRows } from "./sync";
import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import { TreatyProponent } from "../../entities/treaty-proponent.entity";
import { TreatyMilestone } from "../../entities/treaty-milestone.entity";
import { TreatyCrime } from "../../entities/treaty-crime.entity";
import { TreatyAction } from "../../entities/treaty-action.entity";
import { TreatyDeclaration } from "../../entities/treaty-declaration.entity";
import type { SeedWriter } from "./seed-writer";
import { inheritedSources } from "./derived-sources";

/** Treaty proposals with proponents, milestones, crimes, actions and declarations. */
export async function writeTreaties(w: SeedWriter): Promise<void> {
  const { m, stats, all, cite, observe, actor, noActor, ids } = w;
  const treaties = all("treaty-proposals");
  const treatyIds = (w.ids.treaty = await upsertByKey(m, TreatyProposal, "slug", treaties.map((t) => ({
    slug: t.key, name: t.name, shortName: t.shortName ?? null, aliases: t.aliases ?? [], description: t.description,
    networkId: t.network ? ids.network.get(t.network)! : null, depositary: t.depositary ? actor(t.depositary) : noActor,
    depositaryUrl: t.depositaryUrl ?? null, adoptionMode: t.adoptionMode ?? null, entryIntoForceRule: t.entryIntoForceRule ?? null,
    signatureOpenAt: d(t.signatureOpenFrom), signatureUntilAt: d(t.signatureOpenUntil), signaturePlace: t.signaturePlace ?? null,
  })), stats));

  for (const t of treaties) {
    cite("TreatyProposal", treatyIds.get(t.key)!, t.sources);
    observe("TreatyProposal", treatyIds.get(t.key)!, t.observations);
  }
  const proponents = treaties.flatMap((t) => (t.proponents ?? []).map((p: any, i: number) => ({ t, p, i })));
  (await syncRows(m, TreatyProponent, proponents.map(({ t, p, i }) => ({
    treatyProposalId: treatyIds.get(t.key)!, actor: actor(p.actor), joinedAt: d(p.start), position: i + 1, note: p.note ?? null,
  })), stats)).forEach((pk, k) => cite("TreatyProponent", pk, inheritedSources(proponents[k].p.sources, proponents[k].t.sources, "treaty proposal")));
  const stages = treaties.flatMap((t) => (t.stages ?? []).map((s: any) => ({ t, s })));
  (await syncRows(m, TreatyMilestone, stages.map(({ t, s }) => ({
    treatyProposalId: treatyIds.get(t.key)!, stage: s.stage, startAt: d(s.start), endAt: d(s.end), meetingId: s.meeting ? ids.meeting.get(s.meeting)! : null, note: s.note ?? null,
  })), stats)).forEach((pk, i) => cite("TreatyMilestone", pk, stages[i].s.sources));
  const crimes = treaties.flatMap((t) => (t.crimes ?? []).map((x: any) => ({ t, x })));
  (await syncRows(m, TreatyCrime, crimes.map(({ t, x }) => ({
    treatyProposalId: treatyIds.get(t.key)!, crime: x.crime, scope: x.scope, annex: x.annex ?? null, article: x.article ?? null, note: x.note ?? null,
  })), stats)).forEach((pk, k) => cite("TreatyCrime", pk, inheritedSources(crimes[k].x.sources, crimes[k].t.sources, "treaty proposal")));
  const actions = treaties.flatMap((t) => (t.actions ?? []).map((a: any) => ({ t, a })));
  const actionIds = await syncRows(m, TreatyAction, actions.map(({ t, a }) => ({
    treatyProposalId: treatyIds.get(t.key)!, actor: actor(a.actor), type: a.type, dateAt: d(a.date), entryIntoForce: a.entryIntoForce ?? null,
    meetingId: a.meeting ? ids.meeting.get(a.meeting)! : null, note: a.note ?? null,
  })), stats);
  actionIds.forEach((pk, i) => cite("TreatyAction", pk, actions[i].a.sources));
  const declarations = actions.flatMap(({ a }, i) => (a.declarations ?? []).map((x: any) => ({ a, x, i })));
  (await syncRows(m, TreatyDeclaration, declarations.map(({ x, i }) => ({
    actionId: actionIds[i], kind: x.kind, article: x.article ?? null, text: x.text ?? null,
  })), stats)).forEach((pk, k) => cite("TreatyDeclaration", pk, inheritedSources(declarations[k].x.sources, declarations[k].a.sources, "treaty action")));
}
