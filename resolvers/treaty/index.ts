import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import { TreatyAction } from "../../entities/treaty-action.entity";
import { SourcedResolver } from "../source/sourced.resolver";
import { TreatyProposalResolver } from "./treaty-proposal.resolver";
import { TreatyProposalLinksResolver } from "./treaty-proposal-links.resolver";
import { TreatyProposalLifecycleResolver } from "./treaty-proposal-lifecycle.resolver";
import { TreatyProposalStandingResolver } from "./treaty-proposal-standing.resolver";
import { TreatyActionsConnectionResolver } from "./treaty-actions-connection.resolver";
import { TreatyStandingConnectionsResolver } from "./treaty-standing-connections.resolver";
import { OrganisationTreatyActionsConnectionResolver, StateTreatyActionsConnectionResolver } from "./actor-treaty-actions-connection.resolver";
import { TreatyProponentResolver } from "./treaty-proponent.resolver";
import { TreatyMilestoneResolver } from "./treaty-milestone.resolver";
import { TreatyActionResolver } from "./treaty-action.resolver";
import { TreatySignatoryResolver } from "./treaty-signatory.resolver";
import { TreatyPartyResolver } from "./treaty-party.resolver";
import { StateTreatyActionsResolver } from "./state-treaty-actions.resolver";
import { OrganisationTreatyActionsResolver } from "./organisation-treaty-actions.resolver";

/** The treaty resolvers: proposals, their lifecycle, actions and the standing derived from them. */
export const TREATY_RESOLVERS: Function[] = [
  TreatyProposalResolver,
  TreatyProposalLinksResolver,
  TreatyProposalLifecycleResolver,
  TreatyProposalStandingResolver,
  TreatyActionsConnectionResolver,
  TreatyStandingConnectionsResolver,
  StateTreatyActionsConnectionResolver,
  OrganisationTreatyActionsConnectionResolver,
  TreatyProponentResolver,
  TreatyMilestoneResolver,
  TreatyActionResolver,
  TreatySignatoryResolver,
  TreatyPartyResolver,
  StateTreatyActionsResolver,
  OrganisationTreatyActionsResolver,
  SourcedResolver(TreatyProposal, "TreatyProposal", { observations: true }),
  SourcedResolver(TreatyAction, "TreatyAction"),
];
