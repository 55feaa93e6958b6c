import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Partner API keys: `apg_<prefix>_<secret>`. The prefix (8 base62 characters) is public: it finds
 * the row and names the key in listings. The secret is 43 base62 characters drawn from
 * crypto.randomBytes, about 256 bits. Only SHA-256 of the whole token is stored: for a random
 * token of that size a fast hash is enough (nothing to guess, nothing to precompute), as GitHub
 * does for its tokens; password hashes (bcrypt, scrypt) exist for low-entropy secrets.
 */
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const TOKEN_SHAPE = /^apg_([0-9A-Za-z]{8})_([0-9A-Za-z]{43})$/;
export const PREFIX_SHAPE = /^[0-9A-Za-z]{8}$/;

/** `length` base62 characters, unbiased (bytes of 248 and above are drawn again). */
function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

export interface NewToken {
  token: string;
  prefix: string;
  hash: string;
}

export function generateToken(): NewToken {
  const prefix = randomBase62(8);
  const token = `apg_${prefix}_${randomBase62(43)}`;
  return { token, prefix, hash: hashToken(token) };
}

/** Hex SHA-256 of the whole token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The prefix of a well-formed token; null for anything else (never looked up). */
export function tokenPrefix(token: string): string | null {
  return TOKEN_SHAPE.exec(token)?.[1] ?? null;
}

/** Compares the token's hash with the stored one in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const actual = Buffer.from(hashToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return stored.length === actual.length && timingSafeEqual(actual, stored);
}
