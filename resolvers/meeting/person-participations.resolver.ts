import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Person } from "../../entities/person.entity";
import { MeetingParticipation } from "../../entities/meeting-participation.entity";
import type { Context } from "../../src/context";
import { participationsByPerson } from "../../src/loaders/meeting.loaders";
import { participationArgs } from "./participation-args";

@Resolver(() => Person)
export class PersonParticipationsResolver {
  @FieldResolver(() => [MeetingParticipation], { description: "The meetings this person took part in, with the actor they represented and their role, oldest meeting first." })
  participations(@Root() person: Person, @Ctx() ctx: Context) {
    return ctx.loaders.get(participationsByPerson).load({ id: person.pk, args: participationArgs() });
  }
}
