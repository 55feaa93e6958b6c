import { Field, ID, InputType, Int } from "type-graphql";
import { ObservationMetric } from "../../entities/enums/observation-metric.enum";
import { ObservationQualifier } from "../../entities/enums/observation-qualifier.enum";
import { Visibility } from "../../entities/enums/visibility.enum";
import type { ObservationValues } from "../../src/writes/kinds/observation.writer";
import { SourceInput } from "./source.input";

/** A new observation: a count one source reported about a meeting, network, document or treaty. */
@InputType({ description: "A new observation (a count as one source reported it), written as a DRAFT in your own scope (your state or organisation) and published by your own STEWARD." })
export class CreateObservationInput implements ObservationValues {
  @Field(() => ID, { description: "What is counted about: the global id of a Meeting, Network, Document or TreatyProposal." })
  subject: string;

  @Field(() => ObservationMetric, { description: "What is counted." })
  metric: ObservationMetric;

  @Field(() => Int, { description: "The number reported (0 or more)." })
  value: number;

  @Field(() => ObservationQualifier, { nullable: true, description: "How exact the number is; EXACT when omitted." })
  qualifier?: ObservationQualifier | null;

  @Field(() => String, { nullable: true, description: "The date the count refers to, as a partial date (`2024-01-18`, `2024-01`, `2024`)." })
  asOf?: string | null;

  @Field(() => String, { nullable: true, description: "The source's own words; the first source's `quote` when omitted." })
  text?: string | null;

  @Field(() => String, { nullable: true, description: "A note, e.g. on how this count compares with others." })
  note?: string | null;

  @Field(() => Visibility, { nullable: true, description: "Who may read it once published: PUBLIC (default) or PARTNERS." })
  visibility?: Visibility | null;

  @Field(() => [SourceInput], { description: "Who reported the count: at least one. The first becomes the observation's `source`." })
  sources: SourceInput[];
}

/** Changes to an observation; absent fields stay as they are. */
@InputType({ description: "Changes to an observation: give only what changes. The subject cannot change." })
export class UpdateObservationInput implements ObservationValues {
  @Field(() => ObservationMetric, { nullable: true, description: "What is counted." })
  metric?: ObservationMetric | null;

  @Field(() => Int, { nullable: true, description: "The number reported." })
  value?: number | null;

  @Field(() => ObservationQualifier, { nullable: true, description: "How exact the number is." })
  qualifier?: ObservationQualifier | null;

  @Field(() => String, { nullable: true, description: "The date the count refers to (partial date); null clears it." })
  asOf?: string | null;

  @Field(() => String, { nullable: true, description: "The source's own words; null clears them." })
  text?: string | null;

  @Field(() => String, { nullable: true, description: "A note; null clears it." })
  note?: string | null;

  @Field(() => [SourceInput], { nullable: true, description: "More sources, added to those it has (its `source` stays the first)." })
  sources?: SourceInput[] | null;
}
