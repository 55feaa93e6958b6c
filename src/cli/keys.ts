import "reflect-metadata";
import { parseArgs } from "node:util";
import { loadConfig } from "../config";
import { createDataSource } from "../db/data-source";
import { KeyInputError } from "../auth/actor-spec";
import { KeyStore } from "../auth/key-store";
import { listKeys } from "../auth/key-listing";
import { findTarget } from "../auth/actor-spec";

const USAGE = `usage: npm run keys -- <command> [options]
  create --partner state:GH|org:<key> [--role ADMIN|READER|CONTRIBUTOR|STEWARD]
         [--scope network:<slug>|state:<code>|org:<key>] [--expires-in 90d] [--label text]
                            creates a key (and the partner, if new) and prints its token once
  list [--partner state:GH|org:<key>]
                            lists keys: prefix, label, partner, roles, dates (never tokens)
  revoke <prefix> [--reason text]
                            revokes a key; it is refused from the next request on
  grant --partner … --role … [--scope …]         gives a partner a role
  revoke-grant --partner … --role … [--scope …]  takes a role away
Works on DATABASE_URL (or the embedded SQLite file), like npm run migrate.`;

const OPTIONS = {
  partner: { type: "string" },
  role: { type: "string" },
  scope: { type: "string" },
  "expires-in": { type: "string" },
  label: { type: "string" },
  reason: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** `90d` or `90`: whole days. */
function days(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)d?$/.exec(value.trim());
  if (!m) throw new KeyInputError("--expires-in", "must be a number of days, e.g. 90d");
  return Number(m[1]);
}

/** `npm run keys -- …`: manages partners' API keys (README, "Partners and keys"). */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const config = loadConfig();
  const ds = createDataSource(config.database);
  await ds.initialize();
  try {
    const store = new KeyStore(ds, config.apiKeyMaxDays);
    const need = (name: keyof typeof values) => {
      const value = values[name];
      if (typeof value !== "string" || !value) throw new KeyInputError(`--${name}`, "is required");
      return value;
    };
    switch (command) {
      case "create": {
        const { token, key } = await store.createKey({ partner: need("partner"), role: values.role, scope: values.scope, expiresInDays: days(values["expires-in"]), label: values.label });
        console.error(`created key ${key.prefix} for ${key.partner.key} (${key.partner.roles.join(", ")}), expires ${key.expiresAt}`);
        console.error("the token is shown this once and never stored; keep it now:");
        console.log(token);
        return 0;
      }
      case "list": {
        const filter = values.partner ? await findTarget(ds, "--partner", values.partner, ["State", "Organisation"]) : undefined;
        const keys = await listKeys(ds, filter ? (filter.type === "State" ? { stateId: filter.id } : { organisationId: filter.id }) : {});
        const status = (k: (typeof keys)[number]) => (k.revokedAt ? `revoked ${k.revokedAt}${k.revokedReason ? ` (${k.revokedReason})` : ""}` : Date.parse(k.expiresAt) <= Date.now() ? "expired" : "active");
        for (const k of keys) {
          console.log([k.prefix, k.partner.key, k.partner.roles.join(",") || "-", JSON.stringify(k.label ?? ""), `created ${k.createdAt}`, `expires ${k.expiresAt}`, `last used ${k.lastUsedAt ?? "never"}`, status(k)].join("\t"));
        }
        if (!keys.length) console.error("no keys");
        return 0;
      }
      case "revoke": {
        if (rest.length !== 1) throw new KeyInputError("<prefix>", "give exactly one key prefix");
        const key = await store.revokeKey(rest[0], values.reason);
        if (!key) throw new KeyInputError("<prefix>", `names no key (${JSON.stringify(rest[0])})`);
        console.log(`revoked ${key.prefix} (${key.partner.key}) at ${key.revokedAt}`);
        return 0;
      }
      case "grant":
      case "revoke-grant": {
        const changed = command === "grant" ? await store.grantTo(need("partner"), need("role"), values.scope) : await store.revokeGrant(need("partner"), need("role"), values.scope);
        console.log(changed ? `${command === "grant" ? "granted" : "revoked"} ${values.role?.toUpperCase()}${values.scope ? ` on ${values.scope}` : ""}` : "nothing to change");
        return 0;
      }
      default:
        console.error(`unknown command ${JSON.stringify(command)}\n${USAGE}`);
        return 2;
    }
  } finally {
    await ds.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof KeyInputError) console.error(`${error.argumentName} ${error.message}`);
    else console.error(error instanceof Error ? error.message : error);
    process.exit(error instanceof KeyInputError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") ? 2 : 1);
  },
);
