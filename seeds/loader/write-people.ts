import { parsePartialDate as d } from "./partial-date";
import { upsertByKey, syncRows } from "./sync";
import { Person } from "../../entities/person.entity";
import { Position } from "../../entities/position.entity";
import type { SeedWriter } from "./seed-writer";

/** People and the positions they held. */
export async function writePeople(w: SeedWriter): Promise<void> {
  const { m, stats, all, cite, actor, noActor } = w;
  const people = all("people");
  const personIds = (w.ids.person = await upsertByKey(m, Person, "key", people.map((p) => ({ key: p.key, name: p.name, honorific: p.honorific ?? null, aliases: p.aliases ?? [] })), stats));
  const positions = people.flatMap((p) => (p.positions ?? []).map((x: any) => ({ p, x })));
  (await syncRows(m, Position, positions.map(({ p, x }) => ({
    personId: personIds.get(p.key)!, title: x.title, affiliation: x.affiliation ? actor(x.affiliation) : noActor, startAt: d(x.start), endAt: d(x.end),
  })), stats)).forEach((pk, i) => cite("Position", pk, positions[i].x.sources));
  for (const p of people) cite("Person", personIds.get(p.key)!, p.sources);
}
