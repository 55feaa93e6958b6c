import { GraphQLError } from "graphql";
import { FocalPointContact } from "../../../entities/focal-point-contact.entity";
import { NetworkMembership } from "../../../entities/network-membership.entity";
import { hasRole } from "../../auth/viewer";
import { ErrorCode } from "../../errors/error-codes";
import { ConflictError } from "../../errors/conflict.error";
import { changedValues, rowValues } from "../../history/change-set";
import { badInput, type InputProblems } from "../input-problems";
import { loadVisible } from "../versioned-row";
import type { WriteTx } from "../write-tx";
import { readText } from "./network-references";
import { networkScope } from "./network-membership.writer";

/** How to reach a focal point; the whole contact is replaced by what is given (null clears a field). */
export interface ContactSpec {
  email?: string | null;
  phone?: string | null;
  office?: string | null;
}

// A deliberately plain shape check: one @, no spaces, a dot in the domain. Deliverability is the
// network's business; this catches pasted names, phone numbers and missing domains.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
// International format (E.164 with the usual separators): +, country code, 6 to 15 digits in all.
const PHONE = /^\+[1-9](?:[ .-]?\(?\d\)?){5,14}$/;

/** The contact's values, checked; problems name `email`, `phone`, `office`. */
export function checkContact(problems: InputProblems, spec: ContactSpec): { email: string | null; phone: string | null; office: string | null } {
  const email = readText(problems, "email", spec.email, 320);
  if (email && !EMAIL.test(email)) problems.add("email", "must be an email address (name@ministry.example)");
  const phone = readText(problems, "phone", spec.phone, 40);
  if (phone && (!PHONE.test(phone) || phone.replace(/\D/g, "").length > 15)) problems.add("phone", "must be in international format: + and the country code, then the number (+233 30 266 4951)");
  const office = readText(problems, "office", spec.office, 500);
  if (!email && !phone && !office) problems.add("email", "give at least one of email, phone or office");
  return { email, phone, office };
}

/**
 * Who may set a member's focal point contact: a CONTRIBUTOR over the member itself (its own
 * State or Organisation keeps its contact current) or a STEWARD of the network.
 */
function requireCanSetContact(tx: WriteTx, membership: NetworkMembership): void {
  const own = membership.member.stateId !== null ? { type: "State" as const, id: membership.member.stateId } : { type: "Organisation" as const, id: membership.member.organisationId! };
  if (hasRole(tx.partner, "CONTRIBUTOR", own) || hasRole(tx.partner, "STEWARD", networkScope(membership.networkId))) return;
  throw new GraphQLError("Setting a focal point contact needs the role CONTRIBUTOR over the member state or organisation, or STEWARD over the network.", {
    extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
  });
}

/**
 * Sets the focal point contact of a membership the writer can see: creates it (`version`
 * omitted) or replaces it at the version read (CONFLICT when stale). The contact is guarded by
 * membership, so a writer allowed to set it may still be unable to read it (a contributor over a
 * state whose membership is not yet published); such a writer cannot state a version, and an
 * existing contact it cannot read is refused rather than silently overwritten.
 */
export async function setContact(tx: WriteTx, problems: InputProblems, membershipPk: number, version: number | null | undefined, spec: ContactSpec): Promise<void> {
  const membership = await loadVisible(tx, NetworkMembership, membershipPk, "membership");
  requireCanSetContact(tx, membership);
  const values = checkContact(problems.at("input."), spec);
  if (version != null && version < 1) problems.add("version", "must be 1 or more (omit it to create the contact)");
  problems.throwIfAny();
  const repo = tx.manager.getRepository(FocalPointContact);
  const current = await repo.findOneBy({ networkMembershipId: membershipPk });
  if (!current) {
    if (version != null) badInput("version", "there is no contact you can see to update: omit version to create one");
    // The read above is guarded; this UPDATE is not (only reads are), and changes nothing: it
    // tells whether a contact the writer may not read is already stored.
    const probe = await tx.manager.createQueryBuilder().update(FocalPointContact).set({ version: () => "version" }).where("network_membership_id = :id", { id: membershipPk }).execute();
    if (probe.affected) {
      throw new GraphQLError("This membership already has a focal point contact that your key cannot read; a STEWARD of the network or a member partner can change it.", {
        extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
      });
    }
    await tx.insert(FocalPointContact, { networkMembershipId: membershipPk, ...values, version: 1, partnerId: tx.partner.partnerId });
    return;
  }
  if (version == null || version !== current.version) throw new ConflictError("version", current.version);
  const next = { ...values, version: version + 1, partnerId: tx.partner.partnerId };
  const result = await repo.createQueryBuilder().update().set(next).where("id = :id AND version = :version", { id: current.pk, version }).execute();
  if (!result.affected) throw new ConflictError("version", version + 1);
  const diff = changedValues(rowValues(tx.manager, FocalPointContact, current), rowValues(tx.manager, FocalPointContact, Object.assign(new FocalPointContact(), current, next)));
  if (diff) tx.changes.updated("FocalPointContact", current.pk, diff.previous, diff.next);
}
