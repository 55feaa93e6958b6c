import { registerEnumType } from "type-graphql";

/** The kind of an organisation. */
export enum OrganisationKind {
  REGIONAL_ORGANISATION = "REGIONAL_ORGANISATION",
  INTERGOVERNMENTAL_ORGANISATION = "INTERGOVERNMENTAL_ORGANISATION",
  UN_ENTITY = "UN_ENTITY",
  INSTITUTION = "INSTITUTION",
  NGO = "NGO",
  RESEARCH_CENTRE = "RESEARCH_CENTRE",
  TRAINING_CENTRE = "TRAINING_CENTRE",
  GOVERNMENT_AGENCY = "GOVERNMENT_AGENCY",
  OTHER = "OTHER",
}

registerEnumType(OrganisationKind, {
  name: "OrganisationKind",
  description: "The kind of an organisation.",
  valuesConfig: {
    REGIONAL_ORGANISATION: { description: "A regional or sub-regional intergovernmental organisation (EU, AU, ECOWAS, OAS…)." },
    INTERGOVERNMENTAL_ORGANISATION: { description: "A global intergovernmental organisation or alliance (NATO, the United Nations)." },
    UN_ENTITY: { description: "An office, agency or organ of the United Nations system (UN Women, OSAPG, the Secretariat)." },
    INSTITUTION: { description: "An institution or body of another organisation (the EEAS, the European Commission)." },
    NGO: { description: "A non-governmental or civil-society organisation." },
    RESEARCH_CENTRE: { description: "A think tank, research or policy centre." },
    TRAINING_CENTRE: { description: "A training or education centre (KAIPTC)." },
    GOVERNMENT_AGENCY: { description: "A national government body, ministry or mission." },
    OTHER: { description: "Any other kind of organisation." },
  },
});
