/**
 * Bounds on what a client may send as argument values, in one place: the schema descriptions, the
 * argument check and the README all quote these numbers.
 */

/** Items in any list argument (filters such as `codes`, `kinds`, `ids`…): the page cap, so no filter asks for more than a page can show. */
export const MAX_LIST_ITEMS = 100;

/**
 * Representations in one `_entities` call. A router sends one call per plan step for every entity
 * of a list it joins (a page of 100 states each pointing at several organisations), so this is
 * higher than MAX_LIST_ITEMS; one value per representation becomes a bind parameter, far below the
 * drivers' caps.
 */
export const MAX_ENTITY_REPRESENTATIONS = 1_000;

/**
 * Characters in any string argument. Well above any real value (names are at most 500 characters,
 * cursors a few hundred) and far below what would cost the database or the logs anything.
 */
export const MAX_STRING_LENGTH = 10_000;

/** Database keys are PostgreSQL `integer`s: a larger number in an id or a cursor can match nothing. */
export const MAX_DATABASE_KEY = 2 ** 31 - 1;

/** Text a database can store as given: no NUL (PostgreSQL refuses it in text) and no lone UTF-16 surrogate (not Unicode). */
export function isStorableText(value: string): boolean {
  return !value.includes("\0") && !/\p{Cs}/u.test(value);
}
