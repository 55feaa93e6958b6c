import { Field, InputType } from "type-graphql";
import type { ContactSpec } from "../../src/writes/kinds/focal-point-contact.writer";

/** A focal point's contact, replaced as a whole. */
@InputType({ description: "How to reach a member's focal point: replaces the stored contact as a whole (an omitted field is cleared). At least one field is required." })
export class FocalPointContactInput implements ContactSpec {
  @Field(() => String, { nullable: true, description: "The focal point's office email (name@ministry.example)." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "The office telephone in international format: + and the country code (`+233 30 266 4951`)." })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "The office and postal address (at most 500 characters)." })
  office?: string | null;
}
