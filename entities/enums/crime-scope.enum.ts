import { registerEnumType } from "type-graphql";

/** Whether a treaty covers a crime by default or by opt-in. */
export enum CrimeScope {
  CORE = "CORE",
  OPTIONAL_ANNEX = "OPTIONAL_ANNEX",
}

registerEnumType(CrimeScope, {
  name: "CrimeScope",
  description: "Whether a treaty covers a crime by default or by opt-in.",
  valuesConfig: {
    CORE: { description: "Covered by the treaty itself." },
    OPTIONAL_ANNEX: { description: "Covered only for states that opt in by declaration." },
  },
});
