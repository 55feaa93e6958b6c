import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../src/pagination/order-direction.enum";

export enum DocumentOrderField {
  DATE = "DATE",
  TITLE = "TITLE",
}

registerEnumType(DocumentOrderField, {
  name: "DocumentOrderField",
  description: "What to sort documents by.",
  valuesConfig: {
    DATE: { description: "The document's date, by the earliest day it can mean (undated documents sort as 9999-12-31)." },
    TITLE: { description: "The title." },
  },
});

@InputType({ description: "How to sort documents." })
export class DocumentOrder {
  @Field(() => DocumentOrderField, { description: "The field to sort by." })
  field: DocumentOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction." })
  direction: OrderDirection;
}
