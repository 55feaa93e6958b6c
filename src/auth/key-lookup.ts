import type { DataSource } from "typeorm";
import type { Grant, Role, ScopeType } from "./roles";

/** A key's row with its partner, actor and grants, as one statement returns them. */
export interface KeyRecord {
  keyId: number;
  prefix: string;
  hash: string;
  label: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  partnerId: number;
  partnerName: string;
  partnerCreatedAt: string;
  actor: { stateId: number | null; organisationId: number | null; key: string };
  grants: Grant[];
}

/** One indexed statement (api_key.prefix is unique): the key, its partner and every grant (one row each). */
const LOOKUP = `SELECT k.id AS key_id, k.hash, k.label, k.created_at, k.expires_at, k.revoked_at, k.last_used_at,
  p.id AS partner_id, p.name AS partner_name, p.created_at AS partner_created_at,
  p.state_id, p.organisation_id, s.alpha2 AS state_code, o.key AS organisation_key,
  g.role, g.scope_type, g.scope_id, COALESCE(gn.slug, gs.alpha2, go.key) AS scope_key
  FROM api_key k JOIN partner p ON p.id = k.partner_id
  LEFT JOIN state s ON s.id = p.state_id LEFT JOIN organisation o ON o.id = p.organisation_id
  LEFT JOIN partner_grant g ON g.partner_id = p.id
  LEFT JOIN network gn ON g.scope_type = 'Network' AND gn.id = g.scope_id
  LEFT JOIN state gs ON g.scope_type = 'State' AND gs.id = g.scope_id
  LEFT JOIN organisation go ON g.scope_type = 'Organisation' AND go.id = g.scope_id
  WHERE k.prefix = :prefix ORDER BY g.id`;

/** `ds` should be the request's view (the statement counts into its SqlStats); it reads the primary. */
export async function lookupKey(ds: DataSource, prefix: string): Promise<KeyRecord | null> {
  const [sql, params] = ds.driver.escapeQueryWithParameters(LOOKUP, { prefix });
  const rows: Record<string, any>[] = await ds.query(sql, params);
  if (!rows.length) return null;
  const r = rows[0];
  const stateId = r.state_id == null ? null : Number(r.state_id);
  return {
    keyId: Number(r.key_id),
    prefix,
    hash: r.hash,
    label: r.label,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
    partnerId: Number(r.partner_id),
    partnerName: r.partner_name,
    partnerCreatedAt: r.partner_created_at,
    actor: {
      stateId,
      organisationId: r.organisation_id == null ? null : Number(r.organisation_id),
      key: stateId !== null ? `state:${r.state_code}` : `organisation:${r.organisation_key}`,
    },
    grants: rows
      .filter((g) => g.role != null)
      .map((g) => ({ role: g.role as Role, scopeType: (g.scope_type ?? null) as ScopeType | null, scopeId: g.scope_id == null ? null : Number(g.scope_id), scopeKey: g.scope_key ?? undefined })),
  };
}

/** Records a key's use at most once a minute, outside the request (its failure is only logged). */
export function touchKey(ds: DataSource, record: KeyRecord, now: Date, onError: (error: unknown) => void): void {
  if (record.lastUsedAt && now.getTime() - Date.parse(record.lastUsedAt) < 60_000) return;
  const [sql, params] = ds.driver.escapeQueryWithParameters(`UPDATE api_key SET last_used_at = :now WHERE id = :id`, { now: now.toISOString(), id: record.keyId });
  ds.query(sql, params).catch(onError);
}
