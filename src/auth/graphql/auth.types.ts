import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

/** The roles of issue 10, as the admin API takes them (src/auth/roles.ts holds the same list). */
export enum PartnerRole {
  READER = "READER",
  CONTRIBUTOR = "CONTRIBUTOR",
  STEWARD = "STEWARD",
  ADMIN = "ADMIN",
}

registerEnumType(PartnerRole, {
  name: "PartnerRole",
  description: "What a partner's keys may do. ADMIN implies every other role.",
  valuesConfig: {
    READER: { description: "Reads the graph as a known partner (its own budget); never limited to a scope." },
    CONTRIBUTOR: { description: "Drafts changes within its scope (e.g. its own state or its network)." },
    STEWARD: { description: "Publishes and retracts within its scope (e.g. a network's secretariat)." },
    ADMIN: { description: "Manages partners and keys; never limited to a scope." },
  },
});

@ObjectType({ description: "An organisation or state that holds API keys for the graph. Shown to administrators and to the partner itself." })
export class Partner {
  @Field({ description: "The actor the partner is, by natural key: `state:GH` or `organisation:gcr2p`." })
  key: string;

  @Field({ description: "The partner's name (the actor's English name when it was created)." })
  name: string;

  @Field({ description: "When the partner was created (ISO 8601, UTC)." })
  createdAt: string;

  @Field(() => [String], { description: "The partner's roles: `ROLE`, or `ROLE@kind:key` for a scoped role (e.g. `STEWARD@network:r2p-focal-points`)." })
  roles: string[];
}

@ObjectType({ description: "A partner's API key, without its token: the token is shown once, when the key is created, and never stored." })
export class ApiKey {
  @Field({ description: "The key's public prefix: the 8 characters after `apg_` in its token. Names the key in listings and for `revokeApiKey`." })
  prefix: string;

  @Field(() => String, { nullable: true, description: "A label given when the key was created." })
  label: string | null;

  @Field(() => Partner, { description: "The partner that holds the key." })
  partner: Partner;

  @Field({ description: "When the key was created (ISO 8601, UTC)." })
  createdAt: string;

  @Field({ description: "When the key stops working (ISO 8601, UTC)." })
  expiresAt: string;

  @Field(() => String, { nullable: true, description: "When the key was revoked (ISO 8601, UTC); null while it is not." })
  revokedAt: string | null;

  @Field(() => String, { nullable: true, description: "Why the key was revoked, as given." })
  revokedReason: string | null;

  @Field(() => String, { nullable: true, description: "When the key was last used (ISO 8601, UTC, recorded at most once a minute); null if never." })
  lastUsedAt: string | null;
}

@ObjectType({ description: "Who is asking: anonymous (no `Authorization` header), or the partner whose key the request carried." })
export class Viewer {
  @Field({ description: "True when the request carried no key: it sees published data only." })
  anonymous: boolean;

  @Field(() => Partner, { nullable: true, description: "The partner whose key the request carried; null when anonymous." })
  partner: Partner | null;

  @Field(() => ApiKey, { nullable: true, description: "The key the request carried; null when anonymous." })
  apiKey: ApiKey | null;
}

@ObjectType({ description: "A new API key. The token is shown here once and never again: store it now." })
export class CreatedApiKey {
  @Field({ description: "The token to send as `Authorization: Bearer <token>`. Shown once; the hub keeps only its SHA-256." })
  token: string;

  @Field(() => ApiKey, { description: "The key as listings show it." })
  apiKey: ApiKey;
}

@InputType({ description: "A key to create for a partner (created too, if it does not exist yet)." })
export class CreateApiKeyInput {
  @Field(() => ID, { description: "The partner's actor: a state code (`GH`), `state:GH`, `organisation:gcr2p`, or a State or Organisation global id." })
  partner: string;

  @Field(() => PartnerRole, { nullable: true, description: "A role to grant the partner if it does not hold it yet. A new partner without one becomes READER." })
  role?: PartnerRole;

  @Field(() => String, { nullable: true, description: "The role's scope, for CONTRIBUTOR and STEWARD: `network:<slug>`, `state:<code>` or `organisation:<key>`." })
  scope?: string;

  @Field(() => Int, { nullable: true, description: "Days until the key expires: 90 by default, at most `API_KEY_MAX_DAYS` (365 by default)." })
  expiresInDays?: number;

  @Field(() => String, { nullable: true, description: "A label for listings (who uses the key, where). At most 200 characters." })
  label?: string;
}
