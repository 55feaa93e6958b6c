import { DocumentKind } from "../../../entities/enums/document-kind.enum";
import { CommitmentKind } from "../../../entities/enums/commitment-kind.enum";
import { Visibility } from "../../../entities/enums/visibility.enum";
import type { InputProblems } from "../input-problems";
import type { SourceSpec } from "../sources";
import { int, items, oneOf, partialDate, recordKey, sources, text, texts, type Fields } from "./record.fields";

/** The lists of actors named on a document, by the role each list gives them (document_actor rows). */
export const ACTOR_LISTS = { authors: "AUTHOR", signatories: "SIGNATORY", dissociations: "DISSOCIATION" } as const;
export type ActorList = keyof typeof ACTOR_LISTS;

/** One passage (a proposal, commitment, call…) as written; references resolved by passage.writer.ts. */
export interface PassageSpec {
  at: string;
  kind: CommitmentKind;
  text: string;
  treatyProposal: string | null;
  meeting: string | null;
  network: string | null;
  actors: string[];
  sources: SourceSpec[] | undefined;
}

/** A document as written: the column values given (null clears), references still to resolve. */
export interface DocumentSpec {
  values: Record<string, unknown>;
  refs: { meeting?: string | null; deliveredBy?: string | null; deliveredByPerson?: string | null; onBehalfOfNetwork?: string | null; onBehalfOfOrganisation?: string | null };
  /** Each list given replaces the document's actors in that role; an absent one keeps them. */
  actors: Partial<Record<ActorList, string[]>>;
  /** The new passages; undefined keeps the document's. */
  passages: PassageSpec[] | undefined;
  sources: SourceSpec[] | undefined;
  visibility: Visibility | null | undefined;
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A list of actor references (`GH`, `organisation:gcr2p`, global ids), each checked at `name[i]`. */
function actorList(problems: InputProblems, r: Fields, name: string): string[] | undefined {
  const list = texts(problems, r, name, 200);
  return list ?? (r[name] === null ? [] : undefined);
}

function readPassage(problems: InputProblems, r: Fields, at: string): PassageSpec | null {
  const p = problems.at(at);
  const before = problems.list.length;
  const kind = oneOf(p, r, "kind", CommitmentKind, true);
  const body = text(p, r, "text", 10_000, true);
  const treatyProposal = text(p, r, "treatyProposal", 200);
  const meeting = text(p, r, "meeting", 200);
  const network = text(p, r, "network", 200);
  const actors = actorList(p, r, "actors") ?? [];
  const own = sources(p, r, "sources", false);
  if (problems.list.length > before || !kind || !body) return null;
  return { at, kind, text: body, treatyProposal: treatyProposal ?? null, meeting: meeting ?? null, network: network ?? null, actors, sources: own };
}

/**
 * Checks a document's fields (the names of `DocumentInput`), without the database. `creating`
 * makes key, title, kind and sources required; on an update every field is optional, an absent one
 * keeps its value and null clears it. Problems at the field names (the caller's prefix first).
 */
export function readDocument(problems: InputProblems, r: Fields, creating: boolean): DocumentSpec {
  const values: Record<string, unknown> = {};
  const set = (name: string, value: unknown) => {
    if (value !== undefined) values[name] = value;
  };
  set("key", recordKey(problems, r, "key", 120, creating));
  set("title", text(problems, r, "title", 500, creating));
  if (!creating && r.title === null) problems.add("title", "cannot be cleared");
  set("kind", oneOf(problems, r, "kind", DocumentKind, creating));
  const date = partialDate(problems, r, "date");
  set("dateAt", date === null ? { earliest: null, latest: null, precision: null, qualifier: null, label: null } : date);
  const language = text(problems, r, "language", 10);
  if (language && !LANGUAGE.test(language)) problems.add("language", "must be a BCP 47 language tag (e.g. `en`, `fr`, `es-419`)");
  set("language", language === null ? "en" : language ?? (creating ? "en" : undefined));
  set("text", text(problems, r, "text", 10_000));
  set("summary", text(problems, r, "summary", 5000));
  const symbols = texts(problems, r, "unSymbols", 100);
  set("unSymbols", symbols === null ? [] : symbols ?? (creating ? [] : undefined));
  const urls = texts(problems, r, "urls", 1000);
  (urls ?? []).forEach((u, i) => /^https?:\/\/[^\s/?#]+\.[^\s]*$/i.test(u) || problems.add(`urls[${i}]`, "must be a public http(s) address"));
  set("urls", urls === null ? [] : urls ?? (creating ? [] : undefined));
  set("onBehalfOfMemberCount", int(problems, r, "onBehalfOfMemberCount", 1, 1000));
  set("onBehalfOfNote", text(problems, r, "onBehalfOfNote", 5000));
  const refs: DocumentSpec["refs"] = {};
  for (const name of ["meeting", "deliveredBy", "deliveredByPerson", "onBehalfOfNetwork", "onBehalfOfOrganisation"] as const) {
    const v = text(problems, r, name, 200);
    if (v !== undefined) refs[name] = v;
  }
  const actors: DocumentSpec["actors"] = {};
  for (const name of Object.keys(ACTOR_LISTS) as ActorList[]) {
    const list = actorList(problems, r, name);
    if (list) actors[name] = list;
  }
  const passages = items(problems, r, "passages");
  return {
    values,
    refs,
    actors,
    passages: passages == null ? (r.passages === null ? [] : undefined) : passages.flatMap((p, i) => readPassage(problems, p, `passages[${i}].`) ?? []),
    sources: sources(problems, r, "sources", creating),
    visibility: oneOf(problems, r, "visibility", Visibility),
  };
}
