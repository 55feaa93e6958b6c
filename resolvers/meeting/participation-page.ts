import type { GraphQLResolveInfo } from "graphql";
import type { ConnectionArgs } from "../../src/pagination/connection-args";
import { nestedPageRequest, type NestedPageRequest } from "../../src/pagination/nested-page";
import { selectsNodeField } from "../../src/pagination/selects-node-field";
import { OrderDirection } from "../../src/pagination/order-direction.enum";
import { MeetingParticipationOrderField } from "./participation.order.input";

/** A page of participations: LISTED sorts by a position (a number), MEETING_START by a day (text). */
export const participationPageRequest = (page: ConnectionArgs, field: MeetingParticipationOrderField, direction = OrderDirection.ASC): NestedPageRequest =>
  nestedPageRequest(page, field, direction, field === MeetingParticipationOrderField.LISTED);

/** The rows the client's selection will read next, loaded with the page (see `includes`). */
export const participationIncludes = (info: GraphQLResolveInfo): string[] => ["actor", "meeting"].filter((name) => selectsNodeField(info, name));
