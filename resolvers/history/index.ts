import { ChangeActorResolver, ChangeResolver } from "./change.resolver";
import { ChangesFeedResolver, HistoryResolver } from "./history.resolver";

/** The change log: `history` on every node, the `changes` feed, and the `Change` type (issue 10 §4, §6). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes resolver classes
export const HISTORY_RESOLVERS: Function[] = [HistoryResolver, ChangesFeedResolver, ChangeResolver, ChangeActorResolver];
