import type { DataSource } from "typeorm";
import { tokenMatches, tokenPrefix } from "./api-token";
import { lookupKey, type KeyRecord } from "./key-lookup";
import type { PartnerViewer } from "./viewer";

/** A token that names a live key: the partner it speaks for and the key's record. */
export interface AcceptedToken {
  viewer: PartnerViewer;
  record: KeyRecord;
}

/**
 * The one check of a partner API token, for the HTTP middleware and the CLIs alike: well-formed,
 * known, matching hash, not revoked, not expired. One statement (the key lookup) when well-formed.
 * Returns the reason, for the client, when the token is refused.
 */
export async function checkToken(ds: DataSource, token: string, now: Date): Promise<AcceptedToken | { refused: string }> {
  const prefix = tokenPrefix(token);
  if (prefix === null) return { refused: "The Authorization header must be `Bearer <partner API key>`." };
  const record = await lookupKey(ds, prefix);
  if (!record || !tokenMatches(token, record.hash)) return { refused: "This API key is not valid." };
  if (record.revokedAt) return { refused: "This API key has been revoked." };
  if (Date.parse(record.expiresAt) <= now.getTime()) return { refused: `This API key expired at ${record.expiresAt}.` };
  const viewer: PartnerViewer = {
    kind: "partner",
    partnerId: record.partnerId,
    partnerName: record.partnerName,
    partnerCreatedAt: record.partnerCreatedAt,
    keyId: record.keyId,
    keyPrefix: record.prefix,
    keyLabel: record.label,
    keyCreatedAt: record.createdAt,
    keyExpiresAt: record.expiresAt,
    actor: record.actor,
    grants: record.grants,
  };
  return { viewer, record };
}
