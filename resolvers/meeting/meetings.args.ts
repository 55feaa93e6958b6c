import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { MeetingFilter } from "./meeting.filter.input";
import { MeetingOrder } from "./meeting.order.input";

@ArgsType()
export class MeetingsArgs extends ConnectionArgs {
  @Field(() => MeetingFilter, { nullable: true, description: "Which meetings to return." })
  filter?: MeetingFilter;

  @Field(() => MeetingOrder, { nullable: true, description: "How to sort them (default: by start date, oldest first)." })
  orderBy?: MeetingOrder;
}
