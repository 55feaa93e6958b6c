/**
 * Sample records for the example registry. They are illustrative, not an authoritative register:
 * a real partner reads its own database here. The keys (`stateAlpha3`, organisation and meeting
 * keys) are the hub's stable keys, which is all a partner needs to join the two graphs.
 */
export interface MechanismRecord {
  id: string;
  name: string;
  kind: "NATIONAL_COMMITTEE" | "R2P_FOCAL_POINT" | "PEACE_COUNCIL" | "EARLY_WARNING_SYSTEM";
  establishedYear: number | null;
  stateAlpha3: string;
  supportedBy: string[];
  presentedAt: string | null;
}

export const MECHANISMS: MechanismRecord[] = [
  { id: "gha-npc", name: "National Peace Council", kind: "PEACE_COUNCIL", establishedYear: 2011, stateAlpha3: "GHA", supportedBy: ["kaiptc"], presentedAt: "r2p-fp-2013-accra" },
  { id: "gha-fp", name: "R2P focal point, Ministry of Foreign Affairs", kind: "R2P_FOCAL_POINT", establishedYear: null, stateAlpha3: "GHA", supportedBy: ["gcr2p"], presentedAt: "r2p-fp-2011-new-york" },
  { id: "ken-nc", name: "National Committee for the Prevention and Punishment of Genocide, War Crimes and Crimes against Humanity", kind: "NATIONAL_COMMITTEE", establishedYear: 2012, stateAlpha3: "KEN", supportedBy: ["auschwitz-institute"], presentedAt: null },
  { id: "tza-nc", name: "National Committee for the Prevention and Punishment of Genocide, War Crimes, Crimes against Humanity and All Forms of Discrimination", kind: "NATIONAL_COMMITTEE", establishedYear: 2012, stateAlpha3: "TZA", supportedBy: ["auschwitz-institute", "au"], presentedAt: null },
  { id: "bwa-fp", name: "R2P focal point", kind: "R2P_FOCAL_POINT", establishedYear: null, stateAlpha3: "BWA", supportedBy: ["gcr2p"], presentedAt: "r2p-fp-2014-gaborone" },
  { id: "dnk-fp", name: "R2P focal point, Ministry of Foreign Affairs", kind: "R2P_FOCAL_POINT", establishedYear: 2010, stateAlpha3: "DNK", supportedBy: ["gcr2p"], presentedAt: "r2p-fp-2011-new-york" },
  { id: "cri-ews", name: "National early-warning and response mechanism", kind: "EARLY_WARNING_SYSTEM", establishedYear: 2015, stateAlpha3: "CRI", supportedBy: ["auschwitz-institute", "oas"], presentedAt: null },
];
