import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { Node } from "../../entities/node.interface";
import { RecordStatus } from "../../entities/enums/record-status.enum";
import { Visibility } from "../../entities/enums/visibility.enum";
import type { Context } from "../../src/context";
import { loadNode } from "../../src/node-types";
import { changePublication } from "../../src/writes/publication-flow";

const ID_ARG = "The global id of a record partners write (Meeting, Document, Observation, NetworkMembership, LeadershipTerm, TreatyAction, Citation).";
const VERSION_ARG = "The `publication.version` you read; a stale one is refused with code CONFLICT and the current version.";

/** Publishing, retracting and visibility, the same for every kind of record partners write. */
@Resolver()
export class PublicationResolver {
  @Mutation(() => Node, { description: "STEWARD of the record's scope: publishes a draft (or a retracted record again), with the draft citations it was written with. Returns the record." })
  async publishRecord(@Ctx() ctx: Context, @Arg("id", () => ID, { description: ID_ARG }) id: string, @Arg("version", () => Int, { description: VERSION_ARG }) version: number) {
    const done = await changePublication(ctx, id, version, { status: RecordStatus.PUBLISHED });
    return loadNode(ctx, done.type, done.pk);
  }

  @Mutation(() => Node, { description: "STEWARD of the record's scope: retracts a record with a reason. It and its history are kept, visible to its author, the scope's stewards and administrators only." })
  async retractRecord(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: ID_ARG }) id: string,
    @Arg("version", () => Int, { description: VERSION_ARG }) version: number,
    @Arg("reason", { description: "Why it is retracted (at most 1000 characters); kept with the record." }) reason: string,
  ) {
    const done = await changePublication(ctx, id, version, { status: RecordStatus.RETRACTED, reason });
    return loadNode(ctx, done.type, done.pk);
  }

  @Mutation(() => Node, { description: "Sets who may read a record once published: PUBLIC, or PARTNERS (partner keys only). Its author (for a draft) or a STEWARD of its scope." })
  async setRecordVisibility(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: ID_ARG }) id: string,
    @Arg("version", () => Int, { description: VERSION_ARG }) version: number,
    @Arg("visibility", () => Visibility, { description: "PUBLIC or PARTNERS." }) visibility: Visibility,
  ) {
    const done = await changePublication(ctx, id, version, { visibility });
    return loadNode(ctx, done.type, done.pk);
  }
}
