import { SNIPPET_CLOSE, SNIPPET_OPEN } from "./search-engine";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const MARKED = new RegExp(`${SNIPPET_OPEN}([^${SNIPPET_OPEN}${SNIPPET_CLOSE}]*)${SNIPPET_CLOSE}`, "g");
const STRAY = new RegExp(`[${SNIPPET_OPEN}${SNIPPET_CLOSE}]`, "g");

/**
 * A snippet as safe HTML: everything from the database is escaped, and only the engine's sentinel
 * pairs become <mark>…</mark>. Unpaired sentinels are dropped, so the markup is always balanced.
 */
export function snippetHtml(raw: string): string {
  const escaped = raw.replace(/[&<>"']/g, (c) => ESCAPES[c]);
  return escaped.replace(MARKED, "<mark>$1</mark>").replace(STRAY, "");
}
