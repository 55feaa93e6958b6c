import type { DataSource } from "typeorm";
import { ApiKey } from "../../entities/api-key.entity";
import { Partner } from "../../entities/partner.entity";
import { PartnerGrant } from "../../entities/partner-grant.entity";
import { generateToken } from "./api-token";
import { findTarget, KeyInputError, type Target } from "./actor-spec";
import { ROLES, roleTakesScope, type Role } from "./roles";
import { listKeys, type KeySummary } from "./key-listing";

/** Keys last this long unless asked otherwise (never longer than the configured maximum). */
export const DEFAULT_KEY_DAYS = 90;

export interface CreateKeyInput {
  /** The partner's actor: `state:GH`, `org:<key>`, a bare ISO code or a global id. */
  partner: string;
  /** Granted to the partner if it does not hold it yet; a new partner without one becomes READER. */
  role?: string;
  /** `network:<slug>`, `state:<code>` or `org:<key>`, for CONTRIBUTOR and STEWARD. */
  scope?: string;
  expiresInDays?: number;
  label?: string;
}

export interface CreatedKey {
  /** The token: shown once, never stored. */
  token: string;
  key: KeySummary;
}

/** Partners, grants and keys: what the CLI (src/cli/keys.ts) and the admin API share. */
export class KeyStore {
  constructor(private readonly ds: DataSource, private readonly maxDays: number, private readonly now: () => Date = () => new Date()) {}

  async createKey(input: CreateKeyInput): Promise<CreatedKey> {
    const days = input.expiresInDays ?? Math.min(DEFAULT_KEY_DAYS, this.maxDays);
    if (!Number.isInteger(days) || days < 1 || days > this.maxDays) throw new KeyInputError("expiresInDays", `must be a whole number of days from 1 to ${this.maxDays}`);
    const label = input.label?.trim() || null;
    if (label && label.length > 200) throw new KeyInputError("label", "must be at most 200 characters");
    const actor = await findTarget(this.ds, "partner", input.partner, ["State", "Organisation"]);
    const partner = await this.findOrCreatePartner(actor);
    if (input.role || input.scope) await this.grant(partner, input.role ?? "READER", input.scope);
    else if (!(await this.ds.getRepository(PartnerGrant).countBy({ partnerId: partner.pk }))) await this.grant(partner, "READER");
    const now = this.now();
    const { token, prefix, hash } = generateToken();
    await this.ds.getRepository(ApiKey).insert({
      partnerId: partner.pk,
      prefix,
      hash,
      label,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString(),
      revokedAt: null,
      revokedReason: null,
      lastUsedAt: null,
    });
    const [key] = await listKeys(this.ds, { prefix });
    return { token, key };
  }

  /** Revokes a key by its prefix; revoking twice keeps the first time and reason. Null when no key has it. */
  async revokeKey(prefix: string, reason?: string): Promise<KeySummary | null> {
    const text = reason?.trim() || null;
    if (text && text.length > 500) throw new KeyInputError("reason", "must be at most 500 characters");
    const repo = this.ds.getRepository(ApiKey);
    const row = await repo.findOneBy({ prefix });
    if (!row) return null;
    if (!row.revokedAt) await repo.update({ pk: row.pk }, { revokedAt: this.now().toISOString(), revokedReason: text });
    return (await listKeys(this.ds, { prefix }))[0] ?? null;
  }

  /** Gives a partner (found by its actor) a role; returns false when it already held it. */
  async grantTo(partnerSpec: string, role: string, scope?: string): Promise<boolean> {
    const partner = await this.findOrCreatePartner(await findTarget(this.ds, "partner", partnerSpec, ["State", "Organisation"]));
    return this.grant(partner, role, scope);
  }

  /** Takes a role away; returns false when the partner did not hold it. */
  async revokeGrant(partnerSpec: string, role: string, scope?: string): Promise<boolean> {
    const actor = await findTarget(this.ds, "partner", partnerSpec, ["State", "Organisation"]);
    const partner = await this.findPartner(actor);
    if (!partner) return false;
    const { checked, target } = await this.checkGrant(role, scope);
    const result = await this.ds.getRepository(PartnerGrant).delete({ partnerId: partner.pk, role: checked, ...(target ? { scopeType: target.type, scopeId: target.id } : {}) });
    return (result.affected ?? 0) > 0;
  }

  private async grant(partner: Partner, role: string, scope?: string): Promise<boolean> {
    const { checked, target } = await this.checkGrant(role, scope);
    const repo = this.ds.getRepository(PartnerGrant);
    const existing = await repo.find({ where: { partnerId: partner.pk, role: checked } });
    if (existing.some((g) => g.scopeType === (target?.type ?? null) && g.scopeId === (target?.id ?? null))) return false;
    await repo.insert({ partnerId: partner.pk, role: checked, scopeType: target?.type ?? null, scopeId: target?.id ?? null });
    return true;
  }

  private async checkGrant(role: string, scope?: string): Promise<{ checked: Role; target?: Target }> {
    const checked = role.toUpperCase() as Role;
    if (!ROLES.includes(checked)) throw new KeyInputError("role", `must be one of ${ROLES.join(", ")}`);
    if (!scope) return { checked };
    if (!roleTakesScope(checked)) throw new KeyInputError("scope", `${checked} is never limited to a scope; give a scope to CONTRIBUTOR or STEWARD only`);
    return { checked, target: await findTarget(this.ds, "scope", scope, ["Network", "State", "Organisation"]) };
  }

  private async findPartner(actor: Target): Promise<Partner | null> {
    return this.ds.getRepository(Partner).findOneBy(actor.type === "State" ? { actor: { stateId: actor.id } } : { actor: { organisationId: actor.id } });
  }

  private async findOrCreatePartner(actor: Target): Promise<Partner> {
    const found = await this.findPartner(actor);
    if (found) return found;
    const repo = this.ds.getRepository(Partner);
    const partner = repo.create({
      actor: { stateId: actor.type === "State" ? actor.id : null, organisationId: actor.type === "Organisation" ? actor.id : null },
      name: actor.name.slice(0, 200),
      createdAt: this.now().toISOString(),
    });
    try {
      return await repo.save(partner);
    } catch (error) {
      // Another admin created this actor's partner at the same moment: the unique index kept one; use it.
      const winner = await this.findPartner(actor);
      if (winner) return winner;
      throw error;
    }
  }
}
