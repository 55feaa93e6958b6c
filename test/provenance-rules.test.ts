import { describe, expect, it } from "vitest";
import { readSeedFiles, type SeedFiles } from "../seeds/loader/read-seed-files";
import { validateSeeds } from "../seeds/loader/validate";
import { SEED_DATA_DIR } from "../seeds/seed.loader";
import { inheritedSources, missingQuotePieces, passageQuote, passageSources } from "../seeds/loader/derived-sources";

/**
 * The seed validator's provenance rules: citation URLs are web addresses (a repository copy goes in
 * `storedCopy`), and participations, people and passages cannot lose their sources. No database:
 * the rules run on the real seed files, changed in memory.
 */
function problemsAfter(edit: (files: SeedFiles) => void): string[] {
  const files = readSeedFiles(SEED_DATA_DIR);
  edit(files);
  return validateSeeds(files).problems;
}
const record = (files: SeedFiles, kind: keyof SeedFiles, key: string) => files[kind].find((l) => l.record.key === key)!.record;

describe("seed validation of provenance", () => {
  it("accepts the seed data as it is", () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it("rejects a citation whose url is a repository path, and a storedCopy that is not a stored text", () => {
    const problems = problemsAfter((files) => {
      const c = record(files, "citations", "r2p-belgium-iid-2014-statement-text");
      c.url = c.storedCopy;
      record(files, "citations", "r2p-gcr2p-focal-points-page").storedCopy = "seeds/texts/missing.txt";
      record(files, "citations", "r2p-gcr2p-fp-2011-summary").storedCopy = "https://example.org/copy";
    });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain("(r2p-belgium-iid-2014-statement-text): url must be an http(s) address");
    expect(problems[1]).toContain("storedCopy seeds/texts/missing.txt does not exist");
    expect(problems[2]).toContain("storedCopy must be a file under seeds/texts/");
  });

  it("requires a source on every meeting participation and every person", () => {
    const problems = problemsAfter((files) => {
      delete record(files, "meetings", "unga-iid-r2p-2012").participants[1].sources;
      record(files, "people", "ban-ki-moon").sources = [];
    });
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toContain("(ban-ki-moon): sources needs at least one citation");
    expect(problems.join("\n")).toContain("(unga-iid-r2p-2012): participants[1].sources needs at least one citation");
  });

  it("requires a source on every passage: its own, or its document's textSource with words the text holds", () => {
    const problems = problemsAfter((files) => {
      delete record(files, "documents", "r2p-gof-statement-iid-2014").commitments[0].sources;
      record(files, "documents", "r2p-belgium-statement-iid-2014").commitments[0].text = "Belgium proposes words it never said.";
      record(files, "documents", "r2p-ministerial-2011-joint-statement").textSource = "r2p-gcr2p-focal-points-page";
    });
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toContain("(r2p-gof-statement-iid-2014): commitments[0].sources needs at least one citation (or the document needs a textSource)");
    expect(problems.join("\n")).toContain("(r2p-belgium-statement-iid-2014): commitments[0].sources: the passage's words are not in the document's text");
    expect(problems.join("\n")).toContain('textSource "r2p-gcr2p-focal-points-page" must be one of the document\'s sources');
  });

  it("checks the citations that nested rows name", () => {
    const problems = problemsAfter((files) => {
      record(files, "networks", "r2p-focal-points").founders[0].sources = ["no-such-citation"];
    });
    expect(problems).toEqual([expect.stringContaining('founders[0].sources[0] refers to unknown citation "no-such-citation"')]);
  });
});

describe("the loader's provenance rules", () => {
  it("quotes a passage without its editorial brackets, and finds it in a text with other line breaks and dashes", () => {
    expect(passageQuote("[The participants] resolved to hold periodic meetings on the matter.")).toBe("resolved to hold periodic meetings on the matter.");
    expect(passageQuote("Thirdly, impunity. [...] Firstly, a treaty. [A note.]")).toBe("Thirdly, impunity. … Firstly, a treaty.");
    expect(missingQuotePieces("Brussels (31st of March – 1st of April 2014): the UN Secretary-General", "Brussels (31st of March\n\n– 1st of April 2014): the \n\nUN Secretary-\n\nGeneral")).toEqual([]);
    expect(missingQuotePieces("a … b", "a then c")).toEqual(["b"]);
  });

  it("cites a passage to its document's text, and a nested row to its parent, saying so", () => {
    expect(passageSources({ textSource: "doc" }, { text: "[X] said it." })).toEqual([{ citation: "doc", quote: "said it.", note: "The passage is quoted from the document itself." }]);
    expect(passageSources({ textSource: "doc" }, { text: "t", sources: ["own"] })).toEqual(["own"]);
    expect(passageSources({}, { text: "t" })).toEqual([]);
    expect(inheritedSources(undefined, ["a", { citation: "b", quote: "q", note: "n" }], "network")).toEqual([
      { citation: "a", quote: null, note: "Inherited from the network this row belongs to: a source of that seed record." },
      { citation: "b", quote: "q", note: "Inherited from the network this row belongs to: a source of that seed record. n" },
    ]);
    expect(inheritedSources(["own"], ["a"], "network")).toEqual(["own"]);
  });
});
