import type { DataSource } from "typeorm";
import { checkToken } from "../auth/token-check";
import type { PartnerViewer } from "../auth/viewer";

/**
 * The partner behind an API token, checked exactly as the HTTP path checks `Authorization: Bearer`
 * (src/auth/token-check.ts, shared with the middleware). The CLI imports as that partner, so its
 * roles and reads are the same as over HTTP. Returns the reason when the token is refused.
 */
export async function partnerForToken(ds: DataSource, token: string, now = new Date()): Promise<PartnerViewer | { refused: string }> {
  const checked = await checkToken(ds, token.trim(), now);
  if ("refused" in checked) return { refused: checked.refused.startsWith("The Authorization header") ? "--token must be a partner API key (apg_…)" : checked.refused };
  return checked.viewer;
}
