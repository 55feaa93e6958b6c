import type { DataSource } from "typeorm";
import { grantLabel } from "./roles";

/** A key as listings show it: never the token, never its hash. */
export interface KeySummary {
  prefix: string;
  label: string | null;
  partner: PartnerSummary;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  revokedReason: string | null;
  lastUsedAt: string | null;
}

export interface PartnerSummary {
  id: number;
  /** The actor's natural key: `state:GH`, `organisation:gcr2p`. */
  key: string;
  name: string;
  createdAt: string;
  /** `ADMIN`, `READER`, `CONTRIBUTOR@network:<slug>`, … */
  roles: string[];
}

const PARTNERS = `SELECT p.id, p.name, p.created_at, s.alpha2 AS state_code, o.key AS organisation_key
  FROM partner p LEFT JOIN state s ON s.id = p.state_id LEFT JOIN organisation o ON o.id = p.organisation_id`;

/** Grants with their scopes' natural keys, for the partners named by `ids` (one statement). */
const GRANTS = `SELECT g.partner_id, g.role, g.scope_type, g.scope_id, COALESCE(n.slug, s.alpha2, o.key) AS scope_key
  FROM partner_grant g
  LEFT JOIN network n ON g.scope_type = 'Network' AND n.id = g.scope_id
  LEFT JOIN state s ON g.scope_type = 'State' AND s.id = g.scope_id
  LEFT JOIN organisation o ON g.scope_type = 'Organisation' AND o.id = g.scope_id
  WHERE g.partner_id IN (:...ids) ORDER BY g.id`;

/** Every partner (or one), with roles; two statements. */
export async function listPartners(ds: DataSource, partnerId?: number): Promise<PartnerSummary[]> {
  const [sql, params] = ds.driver.escapeQueryWithParameters(`${PARTNERS}${partnerId === undefined ? "" : " WHERE p.id = :partnerId"} ORDER BY p.id`, { partnerId });
  const rows: Record<string, any>[] = await ds.query(sql, params);
  if (!rows.length) return [];
  const [gsql, gparams] = ds.driver.escapeQueryWithParameters(GRANTS, { ids: rows.map((r) => Number(r.id)) });
  const grants: Record<string, any>[] = await ds.query(gsql, gparams);
  return rows.map((r) => ({
    id: Number(r.id),
    key: r.state_code != null ? `state:${r.state_code}` : `organisation:${r.organisation_key}`,
    name: r.name,
    createdAt: r.created_at,
    roles: grants
      .filter((g) => Number(g.partner_id) === Number(r.id))
      .map((g) => grantLabel({ role: g.role, scopeType: g.scope_type ?? null, scopeId: g.scope_id ?? null, scopeKey: g.scope_key ?? undefined })),
  }));
}

/** Keys, newest first, of one partner, one prefix, or all; three statements at most. */
export async function listKeys(ds: DataSource, filter: { partnerId?: number; prefix?: string; stateId?: number; organisationId?: number } = {}): Promise<KeySummary[]> {
  const where =
    filter.prefix !== undefined ? " WHERE k.prefix = :prefix"
    : filter.partnerId !== undefined ? " WHERE k.partner_id = :partnerId"
    : filter.stateId !== undefined ? " WHERE k.partner_id IN (SELECT id FROM partner WHERE state_id = :stateId)"
    : filter.organisationId !== undefined ? " WHERE k.partner_id IN (SELECT id FROM partner WHERE organisation_id = :organisationId)"
    : "";
  const [sql, params] = ds.driver.escapeQueryWithParameters(
    `SELECT k.prefix, k.label, k.partner_id, k.created_at, k.expires_at, k.revoked_at, k.revoked_reason, k.last_used_at FROM api_key k${where} ORDER BY k.id DESC`,
    filter,
  );
  const rows: Record<string, any>[] = await ds.query(sql, params);
  if (!rows.length) return [];
  const ids = [...new Set(rows.map((r) => Number(r.partner_id)))];
  const partners = new Map((await listPartners(ds, ids.length === 1 ? ids[0] : undefined)).map((p) => [p.id, p]));
  return rows.map((r) => ({
    prefix: r.prefix,
    label: r.label,
    partner: partners.get(Number(r.partner_id))!,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    revokedReason: r.revoked_reason,
    lastUsedAt: r.last_used_at,
  }));
}
