import { Change } from "../../entities/change.entity";

/** A `change` row read as raw columns (any prefix), as a Change entity. */
export function changeFromRaw(raw: Record<string, unknown>, prefix = ""): Change {
  const c = new Change();
  c.pk = Number(raw[`${prefix}id`]);
  c.at = String(raw[`${prefix}at`]);
  c.actorKind = String(raw[`${prefix}actor_kind`]);
  c.partnerId = raw[`${prefix}partner_id`] == null ? null : Number(raw[`${prefix}partner_id`]);
  c.apiKeyId = raw[`${prefix}api_key_id`] == null ? null : Number(raw[`${prefix}api_key_id`]);
  c.subjectType = String(raw[`${prefix}subject_type`]);
  c.subjectId = Number(raw[`${prefix}subject_id`]);
  c.action = String(raw[`${prefix}action`]);
  c.previous = (raw[`${prefix}previous`] as string | null) ?? null;
  c.next = (raw[`${prefix}next`] as string | null) ?? null;
  return c;
}

export const CHANGE_COLUMNS = ["id", "at", "actor_kind", "partner_id", "api_key_id", "subject_type", "subject_id", "action", "previous", "next"];
