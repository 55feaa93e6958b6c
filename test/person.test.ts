import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

describe("person(id)", () => {
  it("gives Ban Ki-moon's post as UN Secretary-General, with its dates, affiliation and sources", async () => {
    const found = await hub.gql(`{ people(filter: { name: "ban ki" }) { nodes { id name honorific } } }`);
    expect(found.errors).toBeUndefined();
    expect(found.data.people.nodes).toHaveLength(1);
    expect(found.data.people.nodes[0]).toMatchObject({ name: "Ban Ki-moon", honorific: "H.E. Mr." });
    expect(found.statements).toBe(1);

    const r = await hub.gql(
      `query($id: ID!) {
        person(id: $id) {
          name
          positions {
            title start { iso qualifier text } end { iso qualifier }
            affiliation { __typename name ... on Organisation { key } }
            person { name }
            sources { quote citation { publisher } }
          }
        }
      }`,
      { id: found.data.people.nodes[0].id },
    );
    expect(r.errors).toBeUndefined();
    const [post, ...others] = r.data.person.positions;
    expect(others).toEqual([]);
    expect(post).toMatchObject({
      title: "Secretary-General of the United Nations",
      start: { iso: "2011-09-23", qualifier: "ON_OR_BEFORE" },
      end: { iso: "2015-09-08", qualifier: "ON_OR_AFTER" },
      affiliation: { __typename: "Organisation", name: "United Nations", key: "un" },
      person: { name: "Ban Ki-moon" },
    });
    expect(post.sources).toHaveLength(4);
    expect(post.sources.some((s: any) => /Ban Ki-moon/.test(s.quote ?? ""))).toBe(true);
    // person, positions, affiliation organisations, the person again (cached: no), source links, citations
    expect(r.statements).toBe(5);
  });

  it("narrows positions to a day and returns null for an unknown or foreign id", async () => {
    const found = await hub.gql(`{ people(filter: { name: "Ban Ki-moon" }) { nodes { id } } }`);
    const id = found.data.people.nodes[0].id;
    const r = await hub.gql(
      `query($id: ID!) { person(id: $id) { in2013: positions(asOf: "2013-01-01") { title } in2010: positions(asOf: "2010-01-01") { title } } }`,
      { id },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.person.in2013).toEqual([{ title: "Secretary-General of the United Nations" }]);
    expect(r.data.person.in2010).toEqual([]);
    expect(r.statements).toBe(3);

    const state = await hub.gql(`{ state(code: "NL") { id } }`);
    const foreign = await hub.gql(`query($id: ID!) { person(id: $id) { name } nothing: person(id: "bm90LWFuLWlk") { name } }`, { id: state.data.state.id });
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data).toEqual({ person: null, nothing: null });
    expect(foreign.statements).toBe(0);

    const node = await hub.gql(`query($id: ID!) { node(id: $id) { __typename ... on Person { name } } }`, { id });
    expect(node.data.node).toEqual({ __typename: "Person", name: "Ban Ki-moon" });
    expect(node.statements).toBe(1);
  });
});

describe("people", () => {
  it("filters by name or another spelling, and by affiliation", async () => {
    const ids = await hub.gql(`{ nl: state(code: "NLD") { id } un: organisation(key: "un") { id } }`);
    const r = await hub.gql(
      `query($nl: ID!, $un: ID!) {
        all: people(first: 3) { totalCount nodes { name } }
        svarc: people(filter: { name: "svarc" }) { nodes { name } }
        dutch: people(filter: { affiliation: $nl }) { nodes { name } }
        un: people(filter: { affiliation: $un }, orderBy: { field: NAME, direction: DESC }) { nodes { name positions { affiliation { name } } } }
      }`,
      { nl: ids.data.nl.id, un: ids.data.un.id },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.all.totalCount).toBe(38);
    expect(r.data.all.nodes.map((p: any) => p.name)).toEqual(["Achim Steiner", "Adama Dieng", "Alex Bellamy"]);
    expect(r.data.svarc.nodes).toEqual([{ name: "Dominika Švarc Pipan" }]);
    expect(r.data.dutch.nodes.map((p: any) => p.name)).toEqual(["Bert Koenders", "Dilan Yeşilgöz-Zegerius", "Uri Rosenthal"]);
    // Only posts held for the UN itself, not for its organs (the General Assembly, OSAPG).
    expect(r.data.un.nodes.map((p: any) => p.name)).toEqual(["Jan Eliasson", "Ban Ki-moon", "António Guterres", "Achim Steiner"]);
    expect(r.data.un.nodes.every((p: any) => p.positions.every((x: any) => x.affiliation.name === "United Nations"))).toBe(true);
    // four pages + one count + positions + their organisations
    expect(r.statements).toBe(7);
  });

  it("rejects an affiliation that is neither an id nor a key, naming it", async () => {
    const r = await hub.gql(`{ people(filter: { affiliation: "<not-an-id>" }) { nodes { name } } }`);
    expect(r.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0].extensions?.argumentName).toBe("filter.affiliation");
    expect(r.statements).toBe(0);
  });
});
