import { ArgsType, Field } from "type-graphql";
import { DocumentActorRole } from "../../entities/enums/document-actor-role.enum";

@ArgsType()
export class ActorDocumentsArgs {
  @Field(() => [DocumentActorRole], { nullable: true, description: "Only documents naming the actor in one of these roles (default: any role)." })
  roles?: DocumentActorRole[];
}
